// Registry rows for the json_ family (see js/registry/crypto.js for the row format).
import * as jsImpl from '../fallbacks/json.js';
import * as wasmImpl from '../wasm/json.js';
import { readable } from '../boundary.js';
import { arity, describe, fail } from '../validate.js';

function textArgument(operation, args, count) {
  arity(operation, args, count);
  if (typeof args[0] !== 'string') fail(operation, 'text', `must be a string, got ${describe(args[0])}`);
  return args[0];
}

export default [
  {
    name: 'json_parse',
    aliases: ['parse_json'],
    signature: '(text: string) => unknown',
    description: 'JSON text -> the value JSON.parse gives (key order, duplicates, __proto__, surrogates, rounding); JsonSyntaxError with the position otherwise',
    complexity: 'O(n), any nesting depth',
    validate: (args) => ({ text: textArgument('json_parse', args, 1) }),
    size: ({ text }) => text.length,
    js: ({ text }) => jsImpl.jsonParse(text),
    jsPath: () => 'JSON.parse',
    wasm: (instance, { text }) => wasmImpl.jsonParse(instance, 'json_parse', text),
    sample: () => ['{"a":[1,2.5,"x",true,null]}'],
  },
  {
    name: 'json_validate',
    signature: '(text: string) => true',
    description: 'true if the text is JSON (RFC 8259), else JsonSyntaxError with the position; builds no value',
    complexity: 'O(n), O(depth) memory',
    validate: (args) => ({ text: textArgument('json_validate', args, 1) }),
    size: ({ text }) => text.length,
    js: ({ text }) => jsImpl.jsonValidate(text),
    wasm: (instance, { text }) => wasmImpl.jsonValidate(instance, 'json_validate', text),
    sample: () => ['{"a":[1,2.5,"x",true,null]}'],
  },
  {
    name: 'json_extract_numbers',
    signature: '(text: string, field: string) => Float64Array',
    description:
      'the numbers of every object member named `field`, at any depth, in document order (duplicate members included); a member of that name holding a non-number is an InvalidArgumentError naming its position',
    complexity: 'O(n), O(depth) memory',
    validate(args) {
      const text = textArgument('json_extract_numbers', args, 2);
      if (typeof args[1] !== 'string') fail('json_extract_numbers', 'field', `must be a string, got ${describe(args[1])}`);
      return { text, field: args[1] };
    },
    size: ({ text }) => text.length,
    js: ({ text, field }) => jsImpl.jsonExtractNumbers(text, field, 'json_extract_numbers'),
    wasm: (instance, { text, field }) => wasmImpl.jsonExtractNumbers(instance, 'json_extract_numbers', text, field),
    sample: () => ['[{"x":1},{"x":2.5}]', 'x'],
  },
  {
    name: 'json_stringify',
    aliases: ['stringify_json'],
    signature: '(value: unknown) => string | undefined',
    description:
      'the string JSON.stringify gives (toJSON, skipped members, escapes, number formatting); a cycle or a BigInt is an InvalidArgumentError; any depth',
    complexity: 'O(size of the value)',
    validate(args) {
      arity('json_stringify', args, 1);
      // (A revoked Proxy deeper inside the value throws the engine's TypeError, on both
      // backends, as JSON.stringify does.)
      return { value: readable('json_stringify', 'value', args[0]) };
    },
    // The value's size is only known by walking it; AUTO routes on a constant.
    size: () => 1,
    js: ({ value }) => jsImpl.jsonStringify(value, 'json_stringify'),
    jsPath: () => 'JSON.stringify',
    wasm: (instance, { value }) => wasmImpl.jsonStringify(instance, 'json_stringify', value),
    sample: () => [{ a: [1, 2.5, 'x', true, null] }],
  },
];
