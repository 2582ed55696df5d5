#include "core/json_stringify.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

#include "core/json.hpp"

namespace mlw {
namespace {

// Decimal digits (no leading/trailing zeros) and the point position n, value = 0.d × 10^n.
struct Decimal {
  char digits[20];
  int k = 0;
  int n = 0;
};

bool roundTrips(const char* text, double v) { return std::strtod(text, nullptr) == v; }

// Reads "%.*e" output ("d.ddde+XX") into a Decimal, dropping trailing zeros.
void readScientific(const char* text, Decimal& d) {
  d.k = 0;
  const char* p = text;
  for (; *p && *p != 'e'; ++p) {
    if (*p >= '0' && *p <= '9') d.digits[d.k++] = *p;
  }
  const int e = std::atoi(p + 1);
  while (d.k > 1 && d.digits[d.k - 1] == '0') --d.k;
  d.n = e + 1;
}

// Shortest digits that read back as v (v finite, > 0). 15 significant digits always
// read back to themselves (DBL_DIG), so if any ≤15-digit string rounds to v, %.14e
// finds it; 17 always suffice. At 16 the correctly rounded string may miss while a
// neighbour hits (the interval is asymmetric at powers of two), so try those too.
void shortestDigits(double v, Decimal& d) {
  char text[40];
  if (v < 2.2250738585072014e-308) {
    // Subnormals carry fewer bits, so the DBL_DIG argument fails: search upward.
    for (int p = 0; p < 17; ++p) {
      std::snprintf(text, sizeof text, "%.*e", p, v);
      if (roundTrips(text, v)) return readScientific(text, d);
    }
  }
  std::snprintf(text, sizeof text, "%.14e", v);
  if (roundTrips(text, v)) return readScientific(text, d);
  std::snprintf(text, sizeof text, "%.15e", v);
  if (roundTrips(text, v)) return readScientific(text, d);
  {
    Decimal c;
    readScientific(text, c);
    // As a 16-digit integer mantissa and its exponent.
    unsigned long long m = 0;
    for (int i = 0; i < 16; ++i) m = m * 10 + static_cast<unsigned>(i < c.k ? c.digits[i] - '0' : 0);
    const int e = c.n - 16;
    for (long long delta : {-1LL, 1LL}) {
      const unsigned long long cand = m + static_cast<unsigned long long>(delta);
      if (cand < 1000000000000000ULL || cand > 9999999999999999ULL) continue;
      char t[48];
      std::snprintf(t, sizeof t, "%llue%d", cand, e);
      if (roundTrips(t, v)) {
        std::snprintf(t, sizeof t, "%llu", cand);
        d.k = 16;
        std::memcpy(d.digits, t, 16);
        while (d.k > 1 && d.digits[d.k - 1] == '0') --d.k;
        d.n = c.n;
        return;
      }
    }
  }
  std::snprintf(text, sizeof text, "%.16e", v);
  readScientific(text, d);
}

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Short decimals (prices, measurements: at most 15 significant digits, 1e-7 <= v <
// 1e15) without printf/strtod, which are slow in WebAssembly (musl formats through
// software long double). Tries k = 0, 1, … fractional digits: c = round(v·10^k) is
// the only k-digit candidate (its error is < 0.25 for c < 10^15), and c / 10^k is
// correctly rounded (Clinger: both exact, one division), so equality proves the round
// trip; the first k that works gives the fewest digits, and ≤15 digits are unique.
bool shortDecimal(double v, Decimal& d) {
  if (!(v >= 1e-7 && v < 1e15)) return false;
  for (int k = 0; k <= 22; ++k) {
    const double x = v * kPow10[k];
    if (x >= 1e15) return false;
    const double c = std::nearbyint(x);
    if (c != 0 && c / kPow10[k] == v) {
      char text[24];
      const int len = std::snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(c));
      std::memcpy(d.digits, text, static_cast<size_t>(len));
      d.k = len;
      while (d.k > 1 && d.digits[d.k - 1] == '0') --d.k;
      d.n = len - k;
      return true;
    }
  }
  return false;
}

size_t writeExponent(char* out, int e) {
  size_t len = 0;
  out[len++] = 'e';
  out[len++] = e < 0 ? '-' : '+';
  char tmp[8];
  const int w = std::snprintf(tmp, sizeof tmp, "%d", e < 0 ? -e : e);
  std::memcpy(out + len, tmp, static_cast<size_t>(w));
  return len + static_cast<size_t>(w);
}

}  // namespace

size_t formatJsNumber(double v, char* buf) {
  if (std::isnan(v)) return std::memcpy(buf, "NaN", 3), 3;
  size_t len = 0;
  if (v < 0) {
    buf[len++] = '-';
    v = -v;
  }
  if (std::isinf(v)) return std::memcpy(buf + len, "Infinity", 8), len + 8;
  if (v == 0) return buf[0] = '0', 1;  // also -0, as JS prints it
  if (v < 9007199254740992.0 && v == std::floor(v)) {
    // Exact integers below 2^53: their decimal digits are the shortest form.
    return len + static_cast<size_t>(std::snprintf(buf + len, 24, "%llu", static_cast<unsigned long long>(v)));
  }
  Decimal d;
  if (!shortDecimal(v, d)) shortestDigits(v, d);
  const int k = d.k, n = d.n;
  // ECMA-262 Number::toString, steps for k digits and point position n.
  if (k <= n && n <= 21) {
    std::memcpy(buf + len, d.digits, static_cast<size_t>(k));
    len += static_cast<size_t>(k);
    for (int i = k; i < n; ++i) buf[len++] = '0';
  } else if (0 < n && n <= 21) {
    std::memcpy(buf + len, d.digits, static_cast<size_t>(n));
    len += static_cast<size_t>(n);
    buf[len++] = '.';
    std::memcpy(buf + len, d.digits + n, static_cast<size_t>(k - n));
    len += static_cast<size_t>(k - n);
  } else if (-6 < n && n <= 0) {
    buf[len++] = '0';
    buf[len++] = '.';
    for (int i = 0; i < -n; ++i) buf[len++] = '0';
    std::memcpy(buf + len, d.digits, static_cast<size_t>(k));
    len += static_cast<size_t>(k);
  } else {
    buf[len++] = d.digits[0];
    if (k > 1) {
      buf[len++] = '.';
      std::memcpy(buf + len, d.digits + 1, static_cast<size_t>(k - 1));
      len += static_cast<size_t>(k - 1);
    }
    len += writeExponent(buf + len, n - 1);
  }
  return len;
}

bool appendJsonString(const uint16_t* s, size_t n, GrowBuffer<uint16_t>& out) {
  static const char kHex[] = "0123456789abcdef";
  if (!out.push('"')) return false;
  size_t i = 0;
  while (i < n) {
    const size_t runStart = i;
    while (i < n) {
      const uint16_t c = s[i];
      if (c < 0x20 || c == '"' || c == '\\' || (c >= 0xD800 && c <= 0xDFFF)) break;
      ++i;
    }
    if (i > runStart && !out.append(s + runStart, i - runStart)) return false;
    if (i >= n) break;
    const uint16_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      if (!out.append(s + i, 2)) return false;  // a well-formed pair stays as is
      i += 2;
      continue;
    }
    uint16_t esc[6] = {'\\', 0, 0, 0, 0, 0};
    size_t escLen = 2;
    switch (c) {
      case '"': esc[1] = '"'; break;
      case '\\': esc[1] = '\\'; break;
      case 0x08: esc[1] = 'b'; break;
      case 0x09: esc[1] = 't'; break;
      case 0x0A: esc[1] = 'n'; break;
      case 0x0C: esc[1] = 'f'; break;
      case 0x0D: esc[1] = 'r'; break;
      default:  // other controls and lone surrogates: \uxxxx, lowercase like JSON.stringify
        esc[1] = 'u';
        esc[2] = static_cast<uint16_t>(kHex[c >> 12]);
        esc[3] = static_cast<uint16_t>(kHex[(c >> 8) & 15]);
        esc[4] = static_cast<uint16_t>(kHex[(c >> 4) & 15]);
        esc[5] = static_cast<uint16_t>(kHex[c & 15]);
        escLen = 6;
    }
    if (!out.append(esc, escLen)) return false;
    ++i;
  }
  return out.push('"');
}

Status jsonStringifyTape(const uint32_t* tape, size_t tapeLen, const double* numbers, size_t numbersLen,
                         const uint16_t* strings, size_t stringsLen, GrowBuffer<uint16_t>& out) {
  // Per open container: has it an element yet (a ',' goes before the next)?
  GrowBuffer<uint8_t> open;
  size_t num = 0, str = 0;
  bool afterKey = false;  // the value of a member follows its ':' directly
  bool done = false;
  for (size_t t = 0; t < tapeLen; ++t) {
    if (done) return Status::InvalidArgument;  // more than one top-level value
    const uint32_t word = tape[t];
    const uint32_t tag = word & ((1u << kJsonTagBits) - 1);
    if (tag == kJsonEnd) {
      if (open.empty() || afterKey) return Status::InvalidArgument;
      if (!out.push((open.back() & 2) ? '}' : ']')) return Status::OutOfMemory;
      open.popBack();
      done = open.empty();
      continue;
    }
    const bool inObject = !open.empty() && (open.back() & 2);
    if (tag == kJsonKey ? !inObject || afterKey : inObject && !afterKey) return Status::InvalidArgument;
    if (!afterKey && !open.empty()) {
      if ((open.back() & 1) && !out.push(',')) return Status::OutOfMemory;
      open.back() |= 1;
    }
    afterKey = false;
    char numText[32];
    switch (tag) {
      case kJsonNull:
        if (!out.append(reinterpret_cast<const uint16_t*>(u"null"), 4)) return Status::OutOfMemory;
        break;
      case kJsonFalse:
        if (!out.append(reinterpret_cast<const uint16_t*>(u"false"), 5)) return Status::OutOfMemory;
        break;
      case kJsonTrue:
        if (!out.append(reinterpret_cast<const uint16_t*>(u"true"), 4)) return Status::OutOfMemory;
        break;
      case kJsonNumber: {
        if (num >= numbersLen || !std::isfinite(numbers[num])) return Status::InvalidArgument;
        const size_t len = formatJsNumber(numbers[num++], numText);
        if (!out.reserve(out.size() + len)) return Status::OutOfMemory;
        for (size_t i = 0; i < len; ++i) out.push(static_cast<uint16_t>(numText[i]));
        break;
      }
      case kJsonString:
      case kJsonKey: {
        size_t len = word >> kJsonTagBits;
        if (len == kJsonLongLength) {
          if (++t >= tapeLen) return Status::InvalidArgument;
          len = tape[t];
        }
        if (len > stringsLen - str) return Status::InvalidArgument;
        if (!appendJsonString(strings + str, len, out)) return Status::OutOfMemory;
        str += len;
        if (tag == kJsonKey) {
          if (!out.push(':')) return Status::OutOfMemory;
          afterKey = true;
        }
        break;
      }
      case kJsonArray:
      case kJsonObject:
        if (!out.push(tag == kJsonArray ? '[' : '{') || !open.push(tag == kJsonArray ? 0 : 2)) {
          return Status::OutOfMemory;
        }
        continue;  // not done: the container is open
      default:
        return Status::InvalidArgument;
    }
    if (tag != kJsonKey && open.empty()) done = true;
  }
  return done ? Status::Ok : Status::InvalidArgument;
}

}  // namespace mlw
