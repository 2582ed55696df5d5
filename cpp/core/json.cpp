#include "core/alloc.hpp"
#include "core/json.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace mlw {
namespace {

inline bool isWhitespace(uint16_t c) { return c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09; }
inline bool isDigit(uint16_t c) { return static_cast<unsigned>(c) - '0' < 10u; }
inline int hexValue(uint16_t c) {
  if (isDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Exactly representable powers of ten: Clinger's fast path multiplies or divides an
// exact mantissa by one of these, one correctly rounded operation.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

enum Container : uint8_t { kInArray = 0, kInObject = 1 };

#if defined(__SIZEOF_INT128__)
using Uint128 = unsigned __int128;

int leadingZeros64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }

// (q + a nonzero fraction if `sticky`) × 2^exp2, rounded once to the nearest double
// (ties to even). Only for results in the normal range.
double roundToDouble(Uint128 q, bool sticky, int exp2) {
  const uint64_t high = static_cast<uint64_t>(q >> 64);
  if (high != 0) {
    const int shift = 64 - leadingZeros64(high);
    sticky = sticky || (q & ((static_cast<Uint128>(1) << shift) - 1)) != 0;
    q >>= shift;
    exp2 += shift;
  }
  uint64_t x = static_cast<uint64_t>(q);
  const int lz = leadingZeros64(x);
  x <<= lz;
  exp2 -= lz;
  uint64_t mantissa = x >> 11;  // 53 bits
  const bool roundBit = (x >> 10) & 1;
  const bool rest = (x & 0x3FF) != 0 || sticky;
  if (roundBit && (rest || (mantissa & 1))) {
    if (++mantissa == (1ULL << 53)) {
      mantissa >>= 1;
      ++exp2;
    }
  }
  return std::ldexp(static_cast<double>(mantissa), exp2 + 11);
}

// Correctly rounded mantissa × 10^e10 for a mantissa too wide for Clinger's fast path
// (up to 19 digits) and |e10| <= 19, in exact 128-bit integer arithmetic: a product
// that fits, or a quotient with a sticky remainder. Avoids strtod, which is slow in
// WebAssembly, for the common 16-17 digit numbers (what JS prints for most doubles).
bool wideMantissaValue(uint64_t mantissa, int e10, double* value) {
  static constexpr uint64_t kPow10Int[] = {1ULL,
                                           10ULL,
                                           100ULL,
                                           1000ULL,
                                           10000ULL,
                                           100000ULL,
                                           1000000ULL,
                                           10000000ULL,
                                           100000000ULL,
                                           1000000000ULL,
                                           10000000000ULL,
                                           100000000000ULL,
                                           1000000000000ULL,
                                           10000000000000ULL,
                                           100000000000000ULL,
                                           1000000000000000ULL,
                                           10000000000000000ULL,
                                           100000000000000000ULL,
                                           1000000000000000000ULL,
                                           10000000000000000000ULL};
  if (mantissa == 0 || e10 < -19 || e10 > 19) return false;
  if (e10 >= 0) {
    *value = roundToDouble(static_cast<Uint128>(mantissa) * kPow10Int[e10], false, 0);
    return true;
  }
  // Put the mantissa's top bit at bit 127 so the quotient keeps at least 64 bits.
  const int lz = leadingZeros64(mantissa);
  const Uint128 scaled = static_cast<Uint128>(mantissa) << (64 + lz);
  const uint64_t divisor = kPow10Int[-e10];
  const Uint128 quotient = scaled / divisor;
  const bool sticky = scaled % divisor != 0;
  *value = roundToDouble(quotient, sticky, -(64 + lz));
  return true;
}
#else
bool wideMantissaValue(uint64_t, int, double*) { return false; }
#endif

// One iterative parser; the Handler decides what is kept. Handler calls return false
// on allocation failure, except value(), which returns a Status (extract can refuse).
template <class Handler>
class Parser {
 public:
  Parser(const uint16_t* s, size_t n, Handler& h, JsonError& e) : s_(s), n_(n), h_(h), error_(e) {}

  Status run() {
    skipWhitespace();
    for (;;) {
      // A value is expected at i_ (whitespace already skipped).
      if (i_ >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
      const uint16_t c = s_[i_];
      Status st = Status::Ok;
      switch (c) {
        case '{':
          if ((st = h_.value(kJsonObject, i_)) != Status::Ok) return st;
          if (!stack_.push(kInObject) || !h_.beginObject()) return Status::OutOfMemory;
          ++i_;
          skipWhitespace();
          if (i_ < n_ && s_[i_] == '}') {
            ++i_;
            stack_.popBack();
            if (!h_.end()) return Status::OutOfMemory;
            break;
          }
          if ((st = memberName()) != Status::Ok) return st;
          continue;
        case '[':
          if ((st = h_.value(kJsonArray, i_)) != Status::Ok) return st;
          if (!stack_.push(kInArray) || !h_.beginArray()) return Status::OutOfMemory;
          ++i_;
          skipWhitespace();
          if (i_ < n_ && s_[i_] == ']') {
            ++i_;
            stack_.popBack();
            if (!h_.end()) return Status::OutOfMemory;
            break;
          }
          continue;
        case '"':
          if ((st = h_.value(kJsonString, i_)) != Status::Ok) return st;
          if ((st = string(false)) != Status::Ok) return st;
          break;
        case 't':
          if ((st = h_.value(kJsonTrue, i_)) != Status::Ok) return st;
          if ((st = literal("true", 4, kJsonTrue)) != Status::Ok) return st;
          break;
        case 'f':
          if ((st = h_.value(kJsonTrue, i_)) != Status::Ok) return st;
          if ((st = literal("false", 5, kJsonFalse)) != Status::Ok) return st;
          break;
        case 'n':
          if ((st = h_.value(kJsonNull, i_)) != Status::Ok) return st;
          if ((st = literal("null", 4, kJsonNull)) != Status::Ok) return st;
          break;
        default:
          if (c == '-' || isDigit(c)) {
            if ((st = h_.value(kJsonNumber, i_)) != Status::Ok) return st;
            if ((st = number()) != Status::Ok) return st;
            break;
          }
          return fail(JsonErrorKind::UnexpectedCharacter, i_);
      }
      // After a complete value: close containers, or find the next value.
      for (;;) {
        skipWhitespace();
        if (stack_.empty()) {
          if (i_ < n_) return fail(JsonErrorKind::TrailingData, i_);
          return Status::Ok;
        }
        if (i_ >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
        const uint16_t d = s_[i_];
        const bool inArray = stack_.back() == kInArray;
        if (d == ',') {
          ++i_;
          skipWhitespace();
          if (!inArray && (st = memberName()) != Status::Ok) return st;
          break;  // next value
        }
        if (d == (inArray ? ']' : '}')) {
          ++i_;
          stack_.popBack();
          if (!h_.end()) return Status::OutOfMemory;
          continue;
        }
        return fail(inArray ? JsonErrorKind::ExpectedCommaOrBracket : JsonErrorKind::ExpectedCommaOrBrace, i_);
      }
    }
  }

 private:
  Status fail(JsonErrorKind kind, size_t pos) {
    error_.kind = kind;
    error_.position = pos;
    return Status::SyntaxError;
  }

  void skipWhitespace() {
    while (i_ < n_ && isWhitespace(s_[i_])) ++i_;
  }

  // At a member name (whitespace skipped): the string, ':' and the whitespace after it.
  Status memberName() {
    if (i_ >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
    if (s_[i_] != '"') return fail(JsonErrorKind::ExpectedPropertyName, i_);
    Status st = string(true);
    if (st != Status::Ok) return st;
    skipWhitespace();
    if (i_ >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
    if (s_[i_] != ':') return fail(JsonErrorKind::ExpectedColon, i_);
    ++i_;
    skipWhitespace();
    return Status::Ok;
  }

  Status literal(const char* word, size_t len, JsonTag tag) {
    for (size_t k = 0; k < len; ++k) {
      if (i_ + k >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
      if (s_[i_ + k] != static_cast<uint16_t>(word[k])) return fail(JsonErrorKind::UnexpectedCharacter, i_ + k);
    }
    i_ += len;
    return h_.literal(tag) ? Status::Ok : Status::OutOfMemory;
  }

  Status string(bool isKey) {
    size_t i = i_ + 1;
    if (!h_.stringBegin(isKey)) return Status::OutOfMemory;
    for (;;) {
      const size_t runStart = i;
      while (i < n_) {
        const uint16_t c = s_[i];
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++i;
      }
      if (i > runStart && !h_.stringChars(s_ + runStart, i - runStart, isKey)) return Status::OutOfMemory;
      if (i >= n_) return fail(JsonErrorKind::UnterminatedString, n_);
      const uint16_t c = s_[i];
      if (c == '"') {
        i_ = i + 1;
        return h_.stringEnd(isKey) ? Status::Ok : Status::OutOfMemory;
      }
      if (c < 0x20) return fail(JsonErrorKind::ControlCharacter, i);
      if (i + 1 >= n_) return fail(JsonErrorKind::UnterminatedString, n_);
      uint16_t unit;
      switch (s_[i + 1]) {
        case '"': unit = '"'; break;
        case '\\': unit = '\\'; break;
        case '/': unit = '/'; break;
        case 'b': unit = 0x08; break;
        case 'f': unit = 0x0C; break;
        case 'n': unit = 0x0A; break;
        case 'r': unit = 0x0D; break;
        case 't': unit = 0x09; break;
        case 'u': {
          uint32_t v = 0;
          for (size_t k = 0; k < 4; ++k) {
            if (i + 2 + k >= n_) return fail(JsonErrorKind::UnterminatedString, n_);
            const int d = hexValue(s_[i + 2 + k]);
            if (d < 0) return fail(JsonErrorKind::BadUnicodeEscape, i + 2 + k);
            v = v * 16 + static_cast<uint32_t>(d);
          }
          // Each escape is one code unit: a pair of escapes makes a pair, a lone one
          // stays lone, exactly as JSON.parse does.
          if (!h_.stringUnit(static_cast<uint16_t>(v), isKey)) return Status::OutOfMemory;
          i += 6;
          continue;
        }
        default:
          return fail(JsonErrorKind::BadEscape, i + 1);
      }
      if (!h_.stringUnit(unit, isKey)) return Status::OutOfMemory;
      i += 2;
    }
  }

  Status number() {
    const size_t start = i_;
    size_t i = i_;
    const bool negative = s_[i] == '-';
    if (negative) {
      ++i;
      if (i >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
      if (!isDigit(s_[i])) return fail(JsonErrorKind::NoDigitAfterMinus, i);
    }
    uint64_t mantissa = 0;
    int digits = 0;        // significant digits in mantissa (leading zeros not counted)
    bool inexact = false;  // more significant digits than fit the fast path
    auto addDigit = [&](uint16_t c) {
      const unsigned d = c - '0';
      if (mantissa == 0 && d == 0) return;
      if (digits < 19) {
        mantissa = mantissa * 10 + d;
        ++digits;
      } else {
        inexact = true;
      }
    };
    int fractionDigits = 0;
    if (s_[i] == '0') {
      ++i;
    } else {
      while (i < n_ && isDigit(s_[i])) addDigit(s_[i++]);
    }
    if (i < n_ && s_[i] == '.') {
      ++i;
      if (i >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
      if (!isDigit(s_[i])) return fail(JsonErrorKind::NoDigitAfterPoint, i);
      while (i < n_ && isDigit(s_[i])) {
        addDigit(s_[i++]);
        if (fractionDigits < 100000) ++fractionDigits;
      }
    }
    int exponent = 0;
    if (i < n_ && (s_[i] == 'e' || s_[i] == 'E')) {
      ++i;
      bool expNegative = false;
      if (i < n_ && (s_[i] == '+' || s_[i] == '-')) expNegative = s_[i++] == '-';
      if (i >= n_) return fail(JsonErrorKind::UnexpectedEnd, n_);
      if (!isDigit(s_[i])) return fail(JsonErrorKind::NoDigitInExponent, i);
      while (i < n_ && isDigit(s_[i])) {
        if (exponent < 100000) exponent = exponent * 10 + (s_[i] - '0');
        ++i;
      }
      if (expNegative) exponent = -exponent;
    }
    i_ = i;
    if (!h_.wantsNumber()) return Status::Ok;
    double value;
    const int e10 = exponent - fractionDigits;
    if (mantissa == 0 && !inexact) {
      value = 0.0;
    } else if (!inexact && mantissa <= (1ULL << 53) && e10 >= -22 && e10 <= 22) {
      const double m = static_cast<double>(mantissa);  // exact: at most 2^53
      value = e10 >= 0 ? m * kPow10[e10] : m / kPow10[-e10];
    } else if (!inexact && wideMantissaValue(mantissa, e10, &value)) {
      // done
    } else {
      const size_t skip = negative ? 1 : 0;
      if (!jsonNumberValue(s_ + start + skip, i - start - skip, &value)) return Status::OutOfMemory;
    }
    return h_.number(negative ? -value : value) ? Status::Ok : Status::OutOfMemory;
  }

  const uint16_t* s_;
  size_t n_;
  size_t i_ = 0;
  Handler& h_;
  JsonError& error_;
  GrowBuffer<uint8_t> stack_;
};

// Builds the tape for jsParse.
class TapeHandler {
 public:
  explicit TapeHandler(JsonTape& t) : t_(t) {}
  Status value(JsonTag, size_t) { return Status::Ok; }
  bool wantsNumber() const { return true; }
  bool number(double v) { return t_.tape.push(kJsonNumber) && t_.numbers.push(v); }
  bool literal(JsonTag tag) { return t_.tape.push(tag); }
  bool beginArray() { return t_.tape.push(kJsonArray); }
  bool beginObject() { return t_.tape.push(kJsonObject); }
  bool end() { return t_.tape.push(kJsonEnd); }
  bool stringBegin(bool) {
    start_ = t_.strings.size();
    return true;
  }
  bool stringChars(const uint16_t* p, size_t n, bool) { return t_.strings.append(p, n); }
  bool stringUnit(uint16_t u, bool) {
    if (u >= 0xD800 && u <= 0xDFFF) t_.escapedSurrogate = true;
    return t_.strings.push(u);
  }
  bool stringEnd(bool isKey) {
    const size_t len = t_.strings.size() - start_;
    const uint32_t tag = isKey ? kJsonKey : kJsonString;
    if (len < kJsonLongLength) return t_.tape.push(tag | static_cast<uint32_t>(len) << kJsonTagBits);
    return t_.tape.push(tag | kJsonLongLength << kJsonTagBits) && t_.tape.push(static_cast<uint32_t>(len));
  }

 private:
  JsonTape& t_;
  size_t start_ = 0;
};

class ValidateHandler {
 public:
  Status value(JsonTag, size_t) { return Status::Ok; }
  bool wantsNumber() const { return false; }
  bool number(double) { return true; }
  bool literal(JsonTag) { return true; }
  bool beginArray() { return true; }
  bool beginObject() { return true; }
  bool end() { return true; }
  bool stringBegin(bool) { return true; }
  bool stringChars(const uint16_t*, size_t, bool) { return true; }
  bool stringUnit(uint16_t, bool) { return true; }
  bool stringEnd(bool) { return true; }
};

// Decodes member names only, and keeps the numbers that follow a matching one.
class ExtractHandler {
 public:
  ExtractHandler(const uint16_t* field, size_t fieldLen, JsonExtractResult& out)
      : field_(field), fieldLen_(fieldLen), out_(out) {}
  Status value(JsonTag tag, size_t pos) {
    if (!matched_ || tag == kJsonNumber) return Status::Ok;
    out_.mismatchPosition = pos;
    out_.mismatchTag = tag;
    return Status::InvalidArgument;
  }
  bool wantsNumber() const { return matched_; }
  bool number(double v) {
    matched_ = false;
    return out_.values.push(v);
  }
  bool literal(JsonTag) { return true; }
  bool beginArray() { return true; }
  bool beginObject() { return true; }
  bool end() { return true; }
  // Names are compared with the field as they are scanned: no copy, no allocation.
  bool stringBegin(bool isKey) {
    if (isKey) {
      keyPos_ = 0;
      keyOk_ = true;
      matched_ = false;
    }
    return true;
  }
  bool stringChars(const uint16_t* p, size_t n, bool isKey) {
    if (isKey && keyOk_) {
      // Most names differ in length or in their first unit: decide those without memcmp.
      keyOk_ = n <= fieldLen_ - keyPos_ && p[0] == field_[keyPos_] &&
               std::memcmp(field_ + keyPos_, p, n * sizeof(uint16_t)) == 0;
      keyPos_ += n;
    }
    return true;
  }
  bool stringUnit(uint16_t u, bool isKey) {
    if (isKey && keyOk_) keyOk_ = keyPos_ < fieldLen_ && field_[keyPos_++] == u;
    return true;
  }
  bool stringEnd(bool isKey) {
    if (isKey) matched_ = keyOk_ && keyPos_ == fieldLen_;
    return true;
  }

 private:
  const uint16_t* field_;
  size_t fieldLen_;
  JsonExtractResult& out_;
  size_t keyPos_ = 0;   // units of the current name seen so far
  bool keyOk_ = false;  // they equal the field's first keyPos_ units
  bool matched_ = false;
};

}  // namespace

bool jsonNumberValue(const uint16_t* token, size_t len, double* value) {
  // strtod (musl's and glibc's) rounds correctly; it wants a NUL-terminated byte string.
  char local[128];
  char* buf = len < sizeof local ? local : static_cast<char*>(allocate(len + 1));
  if (!buf) return false;
  for (size_t k = 0; k < len; ++k) buf[k] = static_cast<char>(token[k]);
  buf[len] = '\0';
  *value = std::strtod(buf, nullptr);
  if (buf != local) release(buf);
  return true;
}

Status jsonParse(const uint16_t* text, size_t n, JsonTape& out, JsonError& error) {
  // One tape word per ~6 units of typical JSON: reserve up front to avoid regrowth.
  if (!out.tape.reserve(n / 6 + 16) || !out.strings.reserve(n / 2 + 16)) return Status::OutOfMemory;
  TapeHandler h(out);
  return Parser<TapeHandler>(text, n, h, error).run();
}

Status jsonValidate(const uint16_t* text, size_t n, JsonError& error) {
  ValidateHandler h;
  return Parser<ValidateHandler>(text, n, h, error).run();
}

Status jsonExtractNumbers(const uint16_t* text, size_t n, const uint16_t* field, size_t fieldLen,
                          JsonExtractResult& out, JsonError& error) {
  ExtractHandler h(field, fieldLen, out);
  return Parser<ExtractHandler>(text, n, h, error).run();
}

}  // namespace mlw
