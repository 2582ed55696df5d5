#include "core/json_stringify.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "core/json.hpp"

namespace {

std::string fmt(double v) {
  char buf[32];
  return std::string(buf, mlw::formatJsNumber(v, buf));
}

TEST(FormatJsNumber, FollowsNumberToString) {
  EXPECT_EQ(fmt(0), "0");
  EXPECT_EQ(fmt(-0.0), "0");
  EXPECT_EQ(fmt(1), "1");
  EXPECT_EQ(fmt(-42), "-42");
  EXPECT_EQ(fmt(0.1), "0.1");
  EXPECT_EQ(fmt(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(fmt(1.5e-7), "1.5e-7");
  EXPECT_EQ(fmt(1e-7), "1e-7");
  EXPECT_EQ(fmt(0.000001), "0.000001");
  EXPECT_EQ(fmt(123e-20), "1.23e-18");
  EXPECT_EQ(fmt(1e21), "1e+21");
  EXPECT_EQ(fmt(1e20), "100000000000000000000");
  EXPECT_EQ(fmt(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(fmt(9007199254740992.0), "9007199254740992");
  EXPECT_EQ(fmt(5e-324), "5e-324");
  EXPECT_EQ(fmt(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(fmt(2.2250738585072014e-308), "2.2250738585072014e-308");
  EXPECT_EQ(fmt(123.456), "123.456");
  EXPECT_EQ(fmt(-1.25e100), "-1.25e+100");
  EXPECT_EQ(fmt(NAN), "NaN");
  EXPECT_EQ(fmt(-INFINITY), "-Infinity");
}

TEST(FormatJsNumber, ShortestDigitsReadBackExactly) {
  uint64_t s = 0x9E3779B97F4A7C15ULL;
  for (int i = 0; i < 50000; ++i) {
    s ^= s << 13; s ^= s >> 7; s ^= s << 17;
    double v;
    std::memcpy(&v, &s, 8);
    if (!std::isfinite(v)) continue;
    const std::string text = fmt(v);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
  }
}

// The printf-free path for short decimals must give what the printf path gives.
TEST(FormatJsNumber, ShortDecimalsMatchTheGeneralPath) {
  uint64_t s = 0x853C49E6748FEA9BULL;
  for (int i = 0; i < 200000; ++i) {
    s ^= s << 13; s ^= s >> 7; s ^= s << 17;
    const int digits = 1 + int(s % 15);
    const int k = int((s >> 8) % 23);
    uint64_t c = (s >> 16) % 1000000000000000ULL;
    for (int d = digits; d < 15; ++d) c /= 10;
    if (c == 0) continue;
    const double v = static_cast<double>(c) / std::pow(10.0, k);
    char general[40];
    const std::string got = fmt(v);
    // Reference: the shortest %.{p}e that reads back, reformatted by strtod comparison.
    int p = 0;
    for (; p < 17; ++p) {
      std::snprintf(general, sizeof general, "%.*e", p, v);
      if (std::strtod(general, nullptr) == v) break;
    }
    EXPECT_EQ(std::strtod(got.c_str(), nullptr), v) << got;
    // Significant digits of our text: no sign, point, leading or trailing zeros.
    std::string digitsOnly;
    for (char ch : got.substr(0, got.find('e'))) {
      if (ch >= '0' && ch <= '9') digitsOnly += ch;
    }
    digitsOnly.erase(0, digitsOnly.find_first_not_of('0'));
    digitsOnly.erase(digitsOnly.find_last_not_of('0') + 1);
    const size_t sig = digitsOnly.size();
    EXPECT_EQ(sig, size_t(p + 1)) << got << " vs " << general;
  }
}

std::u16string stringify(const std::u16string& json) {
  mlw::JsonTape t;
  mlw::JsonError e;
  EXPECT_EQ(mlw::jsonParse(reinterpret_cast<const uint16_t*>(json.data()), json.size(), t, e), mlw::Status::Ok);
  mlw::GrowBuffer<uint16_t> out;
  EXPECT_EQ(mlw::jsonStringifyTape(t.tape.data(), t.tape.size(), t.numbers.data(), t.numbers.size(), t.strings.data(),
                                   t.strings.size(), out),
            mlw::Status::Ok);
  return std::u16string(reinterpret_cast<const char16_t*>(out.data()), out.size());
}

TEST(JsonStringifyTape, RoundTripsCompactJson) {
  EXPECT_EQ(stringify(u"{\"a\":[1,2.5,true,false,null,{}],\"b\":[],\"c\":\"x\"}"),
            u"{\"a\":[1,2.5,true,false,null,{}],\"b\":[],\"c\":\"x\"}");
  EXPECT_EQ(stringify(u" [ 1e3 , -0 , 0.10 ] "), u"[1000,0,0.1]");
}

TEST(JsonStringifyTape, EscapesLikeWellFormedJsonStringify) {
  EXPECT_EQ(stringify(u"\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\""), u"\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\"");
  EXPECT_EQ(stringify(u"\"\\ud83d\\ude00 \\ud800 \\udc00\\ud800\""), u"\"😀 \\ud800 \\udc00\\ud800\"");
  EXPECT_EQ(stringify(u"\"é\u2028\""), u"\"é\u2028\"");
}

TEST(JsonStringifyTape, RejectsMalformedTapes) {
  mlw::GrowBuffer<uint16_t> out;
  const uint32_t unbalanced[] = {mlw::kJsonArray};
  EXPECT_EQ(mlw::jsonStringifyTape(unbalanced, 1, nullptr, 0, nullptr, 0, out), mlw::Status::InvalidArgument);
  const uint32_t noNumber[] = {mlw::kJsonNumber};
  EXPECT_EQ(mlw::jsonStringifyTape(noNumber, 1, nullptr, 0, nullptr, 0, out), mlw::Status::InvalidArgument);
  const uint32_t longString[] = {mlw::kJsonString | (5u << 4)};
  const uint16_t two[] = {'a', 'b'};
  EXPECT_EQ(mlw::jsonStringifyTape(longString, 1, nullptr, 0, two, 2, out), mlw::Status::InvalidArgument);
  const uint32_t keyInArray[] = {mlw::kJsonArray, mlw::kJsonKey, mlw::kJsonEnd};
  EXPECT_EQ(mlw::jsonStringifyTape(keyInArray, 3, nullptr, 0, nullptr, 0, out), mlw::Status::InvalidArgument);
  const uint32_t twoValues[] = {mlw::kJsonNull, mlw::kJsonNull};
  EXPECT_EQ(mlw::jsonStringifyTape(twoValues, 2, nullptr, 0, nullptr, 0, out), mlw::Status::InvalidArgument);
  const double inf = INFINITY;
  EXPECT_EQ(mlw::jsonStringifyTape(noNumber, 1, &inf, 1, nullptr, 0, out), mlw::Status::InvalidArgument);
  EXPECT_EQ(mlw::jsonStringifyTape(nullptr, 0, nullptr, 0, nullptr, 0, out), mlw::Status::InvalidArgument);
}

TEST(JsonStringifyTape, DeepNesting) {
  std::u16string deep(100000, u'[');
  deep.append(100000, u']');
  EXPECT_EQ(stringify(deep), deep);
}

}  // namespace
