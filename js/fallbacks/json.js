// JS fallbacks of the json_ family. Valid text goes through the engine's JSON.parse /
// JSON.stringify (the fastest JS there is); when those refuse, json_scan.js /
// json_walk.js say why in the words the WASM path uses, so both backends agree.
import { jsonSyntaxError, notANumberError } from './json_errors.js';
import { scanJson } from './json_scan.js';
import { formatTapeInJs, walkToTape } from './json_walk.js';
import { REFUSED, parseJsonJs } from './json_reader.js';

function syntaxErrorOf(text, original) {
  const found = scanJson(text);
  // The scanner accepts exactly what JSON.parse accepts; if it finds nothing, JSON.parse
  // failed for another reason (memory, string length): pass that on unchanged.
  return found.error ? jsonSyntaxError(found.error.kind, text, found.error.position) : original;
}

export function jsonParse(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw syntaxErrorOf(text, error);
  }
}

/** jsonParse in the package's own JS only (platformNatives: false); the same errors. */
export function jsonParseJs(text) {
  const value = parseJsonJs(text);
  if (value === REFUSED) throw syntaxErrorOf(text, new SyntaxError('json_parse: the JS parser refused the text'));
  return value;
}

export function jsonValidate(text) {
  const found = scanJson(text);
  if (found.error) throw jsonSyntaxError(found.error.kind, text, found.error.position);
  return true;
}

export function jsonExtractNumbers(text, field, operation) {
  const found = scanJson(text, field);
  if (found.error) throw jsonSyntaxError(found.error.kind, text, found.error.position);
  if (found.mismatch) throw notANumberError(operation, field, found.mismatch.tag, found.mismatch.position);
  return Float64Array.from(found.values);
}

export function jsonStringify(value, operation) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    // Cycles and BigInts (TypeError) and very deep values (RangeError; InternalError in
    // SpiderMonkey): the walk gives the typed error, or the text where only the engine's
    // recursion gave up. Anything else was thrown by the caller's own code (toJSON, a
    // getter, a Proxy trap) and goes back as it is, without running that code again.
    if (!isEngineRefusal(error)) throw error;
    const walked = walkToTape(value, operation);
    return walked === null ? undefined : formatTapeInJs(walked);
  }
}

// The engines' own refusals, by their messages (V8, SpiderMonkey, JavaScriptCore).
const REFUSAL = /circular|cyclic|bigint|call stack|recursion|string length|too long/i;

function isEngineRefusal(error) {
  if (!(error instanceof TypeError || error instanceof RangeError || error?.name === 'InternalError')) return false;
  return REFUSAL.test(String(error.message));
}
