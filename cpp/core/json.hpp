// The json_ family's parser (json_stringify has files of its own).
//
// RFC 8259 JSON parsing over UTF-16 code units (the units of a JS string, so that
// positions are JSON.parse's positions and lone surrogates survive unchanged).
//
// Three entry points share one iterative parser (explicit stack: any depth):
//   jsonParse          -> a tape that js/wasm/json.js turns into JS values in one pass
//   jsonValidate       -> only the verdict
//   jsonExtractNumbers -> the numbers under every member with a given name
// Errors are a kind and a position; js/fallbacks/json_errors.js words them (one text for
// both backends).
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/json_buffer.hpp"
#include "core/status.hpp"

namespace mlw {

// Keep in sync with js/fallbacks/json_errors.js.
enum class JsonErrorKind : int32_t {
  None = 0,
  UnexpectedEnd = 1,           // input ended where more was required
  UnexpectedCharacter = 2,     // a value was expected here
  ExpectedCommaOrBracket = 3,  // after an array element
  ExpectedCommaOrBrace = 4,    // after a member value
  ExpectedColon = 5,           // after a member name
  ExpectedPropertyName = 6,    // after '{' or ',' in an object
  BadEscape = 7,               // the character after '\'
  BadUnicodeEscape = 8,        // a non-hex digit in \uXXXX
  ControlCharacter = 9,        // U+0000..U+001F unescaped in a string
  NoDigitAfterMinus = 10,
  NoDigitAfterPoint = 11,
  NoDigitInExponent = 12,
  TrailingData = 13,           // non-whitespace after the value
  UnterminatedString = 14,     // input ended inside a string
};

struct JsonError {
  JsonErrorKind kind = JsonErrorKind::None;
  size_t position = 0;  // UTF-16 index into the text
};

// Tape words: tag in the low 4 bits; for strings and keys the length in code units
// above it (kLongLength there means the length is the next word). Strings are stored
// back to back in `strings`; numbers in order in `numbers`.
enum JsonTag : uint32_t {
  kJsonNull = 0,
  kJsonFalse = 1,
  kJsonTrue = 2,
  kJsonNumber = 3,
  kJsonString = 4,
  kJsonKey = 5,
  kJsonArray = 6,   // start; closed by kJsonEnd
  kJsonObject = 7,  // start; members are kJsonKey + value; closed by kJsonEnd
  kJsonEnd = 8,
};
constexpr uint32_t kJsonTagBits = 4;
constexpr uint32_t kJsonLongLength = (1u << 28) - 1;

struct JsonTape {
  GrowBuffer<uint32_t> tape;
  GrowBuffer<double> numbers;
  GrowBuffer<uint16_t> strings;
  bool escapedSurrogate = false;  // some \uD800-\uDFFF escape was decoded
};

// Status::Ok, Status::SyntaxError (error filled) or Status::OutOfMemory.
Status jsonParse(const uint16_t* text, size_t n, JsonTape& out, JsonError& error);
Status jsonValidate(const uint16_t* text, size_t n, JsonError& error);

// The value of every member named `field` (compared after unescaping), at any depth, in
// document order (duplicates included). A member whose value is not a number stops the
// scan with Status::InvalidArgument, `mismatchPosition` at that value and
// `mismatchTag` its kind (kJsonString, kJsonObject, …; true/false as kJsonTrue).
struct JsonExtractResult {
  GrowBuffer<double> values;
  size_t mismatchPosition = 0;
  JsonTag mismatchTag = kJsonNull;
};
Status jsonExtractNumbers(const uint16_t* text, size_t n, const uint16_t* field, size_t fieldLen,
                          JsonExtractResult& out, JsonError& error);

// Correctly rounded value of a JSON number token (already checked against the grammar);
// false if a scratch allocation failed.
bool jsonNumberValue(const uint16_t* token, size_t len, double* value);

}  // namespace mlw
