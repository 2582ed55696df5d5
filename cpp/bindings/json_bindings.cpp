// embind glue for the json_ family. Every call returns the address of a JsonCallResult
// (ten 32-bit words, read by js/wasm/json.js) that owns the buffers it points to;
// json_free_result releases all of it. 0 means even that small allocation failed.
#include <emscripten/bind.h>

#include <cstdlib>

#include "core/alloc.hpp"
#include "core/json.hpp"
#include "core/json_stringify.hpp"

namespace {

struct JsonCallResult {
  uint32_t status;     // mlw::Status
  uint32_t errorKind;  // mlw::JsonErrorKind
  uint32_t position;   // syntax error position, or the mismatching value's (extract)
  uint32_t aPtr, aLen;  // tape words / extracted numbers / stringified text
  uint32_t bPtr, bLen;  // tape numbers
  uint32_t cPtr, cLen;  // tape strings
  uint32_t flag;        // tape: an escaped surrogate was decoded; extract: mismatch tag
};
static_assert(sizeof(JsonCallResult) == 40, "js/wasm/json.js reads ten words");

// Through the core's allocator, so a failure is recorded like a kernel's (status_bindings.cpp).
JsonCallResult* newResult() { return static_cast<JsonCallResult*>(mlw::allocateZeroed(1, sizeof(JsonCallResult))); }

template <class T>
uint32_t addr(T* p) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(p)); }

void setError(JsonCallResult* r, mlw::Status st, const mlw::JsonError& e) {
  r->status = static_cast<uint32_t>(st);
  r->errorKind = static_cast<uint32_t>(e.kind);
  r->position = static_cast<uint32_t>(e.position);
}

uintptr_t jsonParseBinding(uintptr_t text, size_t n) {
  JsonCallResult* r = newResult();
  if (!r) return 0;
  mlw::JsonTape tape;
  mlw::JsonError error;
  const mlw::Status st = mlw::jsonParse(reinterpret_cast<const uint16_t*>(text), n, tape, error);
  setError(r, st, error);
  if (st == mlw::Status::Ok) {
    r->aLen = static_cast<uint32_t>(tape.tape.size());
    r->bLen = static_cast<uint32_t>(tape.numbers.size());
    r->cLen = static_cast<uint32_t>(tape.strings.size());
    r->aPtr = addr(tape.tape.release());
    r->bPtr = addr(tape.numbers.release());
    r->cPtr = addr(tape.strings.release());
    r->flag = tape.escapedSurrogate ? 1 : 0;
  }
  return reinterpret_cast<uintptr_t>(r);
}

uintptr_t jsonValidateBinding(uintptr_t text, size_t n) {
  JsonCallResult* r = newResult();
  if (!r) return 0;
  mlw::JsonError error;
  setError(r, mlw::jsonValidate(reinterpret_cast<const uint16_t*>(text), n, error), error);
  return reinterpret_cast<uintptr_t>(r);
}

uintptr_t jsonExtractNumbersBinding(uintptr_t text, size_t n, uintptr_t field, size_t fieldLen) {
  JsonCallResult* r = newResult();
  if (!r) return 0;
  mlw::JsonExtractResult out;
  mlw::JsonError error;
  const mlw::Status st = mlw::jsonExtractNumbers(reinterpret_cast<const uint16_t*>(text), n,
                                                 reinterpret_cast<const uint16_t*>(field), fieldLen, out, error);
  setError(r, st, error);
  if (st == mlw::Status::InvalidArgument) {
    r->position = static_cast<uint32_t>(out.mismatchPosition);
    r->flag = out.mismatchTag;
  }
  if (st == mlw::Status::Ok) {
    r->aLen = static_cast<uint32_t>(out.values.size());
    r->aPtr = addr(out.values.release());
  }
  return reinterpret_cast<uintptr_t>(r);
}

uintptr_t jsonStringifyBinding(uintptr_t tape, size_t tapeLen, uintptr_t numbers, size_t numbersLen,
                               uintptr_t strings, size_t stringsLen) {
  JsonCallResult* r = newResult();
  if (!r) return 0;
  mlw::GrowBuffer<uint16_t> out;
  const mlw::Status st = mlw::jsonStringifyTape(
      reinterpret_cast<const uint32_t*>(tape), tapeLen, reinterpret_cast<const double*>(numbers), numbersLen,
      reinterpret_cast<const uint16_t*>(strings), stringsLen, out);
  r->status = static_cast<uint32_t>(st);
  if (st == mlw::Status::Ok) {
    r->aLen = static_cast<uint32_t>(out.size());
    r->aPtr = addr(out.release());
  }
  return reinterpret_cast<uintptr_t>(r);
}

void jsonFreeResult(uintptr_t result) {
  auto* r = reinterpret_cast<JsonCallResult*>(result);
  if (!r) return;
  std::free(reinterpret_cast<void*>(static_cast<uintptr_t>(r->aPtr)));
  std::free(reinterpret_cast<void*>(static_cast<uintptr_t>(r->bPtr)));
  std::free(reinterpret_cast<void*>(static_cast<uintptr_t>(r->cPtr)));
  std::free(r);
}

}  // namespace

EMSCRIPTEN_BINDINGS(json) {
  emscripten::function("json_parse", &jsonParseBinding);
  emscripten::function("json_validate", &jsonValidateBinding);
  emscripten::function("json_extract_numbers", &jsonExtractNumbersBinding);
  emscripten::function("json_stringify", &jsonStringifyBinding);
  emscripten::function("json_free_result", &jsonFreeResult);
}
