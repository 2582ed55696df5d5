// Wording of JSON errors, shared by both backends: the C++ parser and the JS scanner
// (json_scan.js) each report only a kind and a position; the text is made here once,
// so the two backends cannot word an error differently.
import { InvalidArgumentError, JsonSyntaxError } from '../errors.js';

// Kinds: the numbering of mlw::JsonErrorKind in cpp/core/json.hpp.
export const JSON_ERROR = Object.freeze({
  UNEXPECTED_END: 1,
  UNEXPECTED_CHARACTER: 2,
  EXPECTED_COMMA_OR_BRACKET: 3,
  EXPECTED_COMMA_OR_BRACE: 4,
  EXPECTED_COLON: 5,
  EXPECTED_PROPERTY_NAME: 6,
  BAD_ESCAPE: 7,
  BAD_UNICODE_ESCAPE: 8,
  CONTROL_CHARACTER: 9,
  NO_DIGIT_AFTER_MINUS: 10,
  NO_DIGIT_AFTER_POINT: 11,
  NO_DIGIT_IN_EXPONENT: 12,
  TRAILING_DATA: 13,
  UNTERMINATED_STRING: 14,
});

const WORDING = {
  1: () => 'Unexpected end of JSON input',
  2: (c) => `Unexpected character ${c} where a JSON value was expected`,
  3: (c) => `Expected ',' or ']' after an array element, got ${c}`,
  4: (c) => `Expected ',' or '}' after a property value, got ${c}`,
  5: (c) => `Expected ':' after a property name, got ${c}`,
  6: (c) => `Expected a double-quoted property name, got ${c}`,
  7: (c) => `Bad escape character ${c} in string`,
  8: (c) => `Bad Unicode escape: expected a hex digit, got ${c}`,
  9: (c) => `Bad control character ${c} in string (escape it)`,
  10: (c) => `No digit after the minus sign, got ${c}`,
  11: (c) => `No digit after the decimal point, got ${c}`,
  12: (c) => `No digit in the exponent, got ${c}`,
  13: (c) => `Unexpected character ${c} after the JSON value`,
  14: () => 'Unterminated string in JSON',
};

/** The character at `position`, shown so that invisible ones are visible. */
function show(text, position) {
  const c = text.charCodeAt(position);
  if (c > 0x20 && c < 0x7f) return `'${text[position]}'`;
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The JsonSyntaxError for an error `kind` at `position` of `text`. */
export function jsonSyntaxError(kind, text, position) {
  const word = WORDING[kind];
  if (!word) throw new Error(`internal: unknown JSON error kind ${kind}`);
  return new JsonSyntaxError(word(position < text.length ? show(text, position) : ''), position);
}

// Value kinds for json_extract_numbers' mismatch (tags of the C++ tape).
const VALUE_NAMES = { 0: 'null', 1: 'a boolean', 2: 'a boolean', 4: 'a string', 6: 'an array', 7: 'an object' };

/** json_extract_numbers found `field` holding something other than a number. */
export function notANumberError(operation, field, tag, position) {
  return new InvalidArgumentError(
    `member ${JSON.stringify(field)} at position ${position} holds ${VALUE_NAMES[tag]}, not a number`,
    { operation, argument: 'text' },
  );
}
