// The C++ half of json_stringify: js/ walks the JS value (toJSON, skipped members,
// cycles: only JS can do that) into a tape of the json.hpp format; this formats
// it as JSON.stringify would: numbers as JS's Number::toString, strings escaped like
// well-formed JSON.stringify (lone surrogates as \udxxx).
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/json_buffer.hpp"
#include "core/status.hpp"

namespace mlw {

// JS Number::toString(v): shortest digits that round-trip, JS's exponent rules.
// `buf` needs 32 bytes; returns the length written (no NUL).
size_t formatJsNumber(double v, char* buf);

// Appends the JSON string literal for `s` (quotes included).
bool appendJsonString(const uint16_t* s, size_t n, GrowBuffer<uint16_t>& out);

// Tape -> JSON text (UTF-16). Status::InvalidArgument if the tape is malformed
// (unbalanced, lengths or numbers out of range, a non-finite number).
Status jsonStringifyTape(const uint32_t* tape, size_t tapeLen, const double* numbers, size_t numbersLen,
                         const uint16_t* strings, size_t stringsLen, GrowBuffer<uint16_t>& out);

}  // namespace mlw
