// Result codes shared by every kernel. The core never throws and never aborts on bad
// input: it reports one of these, and js/ turns it into the matching typed error.
#pragma once
#include <cstdint>

namespace mlw {

enum class Status : int32_t {
  Ok = 0,
  InvalidArgument = 1,  // input the JS-side validation could not rule out
  OutOfMemory = 2,      // an allocation the kernel needed failed
  SyntaxError = 3,      // JSON / expression text; the kernel also reports a position
};

}  // namespace mlw
