// Helpers for the rows' `badInputs` facts. One bad input is
//   { what, args: () => argument list, error: class name (or a list of allowed ones),
//     message: RegExp, huge?: true }
// `args` is a function so that 100 MB texts are only built by the test that sends them
// (`huge` ones are left out of the leak test's call stream). tests/js/errors.test.mjs
// sends every one to each backend; see docs/CONTRIBUTING.md.
export const IAE = 'InvalidArgumentError';
export const JSE = 'JsonSyntaxError';

export const bad = (what, args, message, error = IAE, extra = undefined) => ({ what, args, message, error, ...extra });
/** Any message of `name`'s own (it starts with the operation name). */
export const op = (name) => new RegExp(`^${name}: `);
/** A message of `name`'s that mentions one of `words`. */
export const mentions = (name, ...words) => new RegExp(`^${name}: .*(${words.join('|')})`, 'i');
