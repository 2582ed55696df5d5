// libFuzzer target for the JSON kernels (scripts/fuzz.sh json). The input's bytes are
// read as UTF-16 code units, the parser's native input. Beyond "no crash, no leak, no
// UB" it checks that the entry points agree: parse, validate and extract report the
// same verdict and error, and a parsed value stringified and parsed again gives back
// the same text.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/json.hpp"
#include "core/json_stringify.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<uint16_t> text(size / 2);
  if (!text.empty()) std::memcpy(text.data(), data, text.size() * 2);
  const uint16_t* s = text.data();
  const size_t n = text.size();

  mlw::JsonTape tape;
  mlw::JsonError parseError;
  const mlw::Status parsed = mlw::jsonParse(s, n, tape, parseError);
  check(parsed == mlw::Status::Ok || parsed == mlw::Status::SyntaxError);

  mlw::JsonError validateError;
  check(mlw::jsonValidate(s, n, validateError) == parsed);
  check(validateError.kind == parseError.kind && validateError.position == parseError.position);
  if (parsed == mlw::Status::SyntaxError) check(parseError.position <= n);

  static const uint16_t field[] = {'a'};
  mlw::JsonExtractResult extracted;
  mlw::JsonError extractError;
  const mlw::Status st = mlw::jsonExtractNumbers(s, n, field, 1, extracted, extractError);
  if (st == mlw::Status::SyntaxError) {
    check(extractError.kind == parseError.kind && extractError.position == parseError.position);
  } else {
    check(st == mlw::Status::Ok || st == mlw::Status::InvalidArgument);
    if (st == mlw::Status::Ok) check(parsed == mlw::Status::Ok);
  }

  if (parsed != mlw::Status::Ok) return 0;
  // The tape may hold non-finite numbers (1e400); the stringifier refuses those, as
  // JSON.stringify would write null. Only round-trip tapes without them.
  for (size_t i = 0; i < tape.numbers.size(); ++i) {
    const double v = tape.numbers.data()[i];
    if (v - v != 0) return 0;
  }
  mlw::GrowBuffer<uint16_t> once;
  check(mlw::jsonStringifyTape(tape.tape.data(), tape.tape.size(), tape.numbers.data(), tape.numbers.size(),
                               tape.strings.data(), tape.strings.size(), once) == mlw::Status::Ok);
  mlw::JsonTape again;
  mlw::JsonError againError;
  check(mlw::jsonParse(once.data(), once.size(), again, againError) == mlw::Status::Ok);
  mlw::GrowBuffer<uint16_t> twice;
  check(mlw::jsonStringifyTape(again.tape.data(), again.tape.size(), again.numbers.data(), again.numbers.size(),
                               again.strings.data(), again.strings.size(), twice) == mlw::Status::Ok);
  check(once.size() == twice.size() && std::memcmp(once.data(), twice.data(), once.size() * 2) == 0);
  check(again.tape.size() == tape.tape.size() && again.numbers.size() == tape.numbers.size());
  for (size_t i = 0; i < tape.numbers.size(); ++i) {
    // == and not bits: -0 is written "0", as JSON.stringify does.
    check(again.numbers.data()[i] == tape.numbers.data()[i]);
  }
  return 0;
}
