#include "core/json.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace {

using mlw::JsonErrorKind;
using mlw::Status;

std::u16string u(const std::string& ascii) { return std::u16string(ascii.begin(), ascii.end()); }
const uint16_t* units(const std::u16string& s) { return reinterpret_cast<const uint16_t*>(s.data()); }

// The tape as readable text: n=number, s"..", k"..", [ { ] for containers.
std::string dump(const mlw::JsonTape& t) {
  std::string out;
  size_t num = 0, str = 0;
  for (size_t i = 0; i < t.tape.size(); ++i) {
    const uint32_t w = t.tape.data()[i];
    switch (w & 15) {
      case mlw::kJsonNull: out += "null "; break;
      case mlw::kJsonFalse: out += "false "; break;
      case mlw::kJsonTrue: out += "true "; break;
      case mlw::kJsonNumber: {
        char b[40];
        std::snprintf(b, sizeof b, "%.17g ", t.numbers.data()[num++]);
        out += b;
        break;
      }
      case mlw::kJsonString:
      case mlw::kJsonKey: {
        size_t len = w >> 4;
        out += (w & 15) == mlw::kJsonKey ? "k\"" : "s\"";
        for (size_t k = 0; k < len; ++k) {
          const uint16_t c = t.strings.data()[str + k];
          if (c >= 0x20 && c < 0x7f) out += static_cast<char>(c);
          else {
            char b[10];
            std::snprintf(b, sizeof b, "\\u%04x", c);
            out += b;
          }
        }
        str += len;
        out += "\" ";
        break;
      }
      case mlw::kJsonArray: out += "[ "; break;
      case mlw::kJsonObject: out += "{ "; break;
      case mlw::kJsonEnd: out += "] "; break;
    }
  }
  return out;
}

std::string parse(const std::u16string& text) {
  mlw::JsonTape t;
  mlw::JsonError e;
  const Status st = mlw::jsonParse(units(text), text.size(), t, e);
  if (st != Status::Ok) return "error " + std::to_string(int(e.kind)) + "@" + std::to_string(e.position);
  return dump(t);
}
std::string parse(const std::string& ascii) { return parse(u(ascii)); }

double number(const std::string& text) {
  mlw::JsonTape t;
  mlw::JsonError e;
  const auto s = u(text);
  EXPECT_EQ(mlw::jsonParse(units(s), s.size(), t, e), Status::Ok) << text;
  EXPECT_EQ(t.numbers.size(), 1u);
  return t.numbers.size() ? t.numbers.data()[0] : NAN;
}

mlw::JsonError error(const std::u16string& text) {
  mlw::JsonError e, v;
  mlw::JsonTape t;
  EXPECT_EQ(mlw::jsonParse(units(text), text.size(), t, e), Status::SyntaxError);
  // validate and extract find the same error
  EXPECT_EQ(mlw::jsonValidate(units(text), text.size(), v), Status::SyntaxError);
  EXPECT_EQ(v.kind, e.kind);
  EXPECT_EQ(v.position, e.position);
  return e;
}
mlw::JsonError error(const std::string& ascii) { return error(u(ascii)); }

std::string show(const std::string& s) { return s; }
std::string show(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) out += c < 0x7f ? static_cast<char>(c) : '?';
  return out;
}

#define EXPECT_JSON_ERROR(text, KIND, pos)                  \
  do {                                                      \
    const mlw::JsonError e_ = error(text);                  \
    EXPECT_EQ(e_.kind, JsonErrorKind::KIND) << show(text);       \
    EXPECT_EQ(e_.position, size_t(pos)) << show(text);           \
  } while (0)

TEST(JsonParse, ScalarsAndContainers) {
  EXPECT_EQ(parse("null"), "null ");
  EXPECT_EQ(parse(" true "), "true ");
  EXPECT_EQ(parse("\t\r\nfalse"), "false ");
  EXPECT_EQ(parse("[]"), "[ ] ");
  EXPECT_EQ(parse("{ }"), "{ ] ");
  EXPECT_EQ(parse("[1,\"a\",[null],{}]"), "[ 1 s\"a\" [ null ] { ] ] ");
  EXPECT_EQ(parse("{\"a\":1,\"a\":2}"), "{ k\"a\" 1 k\"a\" 2 ] ");  // duplicates kept on the tape
}

TEST(JsonParse, EscapesAndUnicode) {
  EXPECT_EQ(parse(R"("\"\\\/\b\f\n\r\t")"), "s\"\"\\/\\u0008\\u000c\\u000a\\u000d\\u0009\" ");
  EXPECT_EQ(parse(R"("\u00e9\u00E9")"), "s\"\\u00e9\\u00e9\" ");
  // A pair of escapes gives a pair; lone ones stay lone, as in JSON.parse.
  EXPECT_EQ(parse(R"("\ud83d\ude00")"), "s\"\\ud83d\\ude00\" ");
  EXPECT_EQ(parse(R"("\ud800")"), "s\"\\ud800\" ");
  EXPECT_EQ(parse(R"("\udc00x")"), "s\"\\udc00x\" ");
  // Raw non-ASCII and raw lone surrogates pass through as code units.
  std::u16string raw = u"\"é😀\"";
  raw.insert(raw.end() - 1, char16_t(0xD800));
  EXPECT_EQ(parse(raw), "s\"\\u00e9\\ud83d\\ude00\\ud800\" ");
  mlw::JsonTape t;
  mlw::JsonError e;
  const auto esc = u(R"(["\ud800"])");
  ASSERT_EQ(mlw::jsonParse(units(esc), esc.size(), t, e), Status::Ok);
  EXPECT_TRUE(t.escapedSurrogate);
}

TEST(JsonParse, NulBytesAreRejectedInsideAndOutsideStrings) {
  std::u16string inString = u"\"a\"";
  inString.insert(inString.begin() + 2, char16_t(0));
  EXPECT_JSON_ERROR(inString, ControlCharacter, 2);
  std::u16string after = u"1 ";
  after.push_back(0);
  EXPECT_JSON_ERROR(after, TrailingData, 2);
  EXPECT_EQ(parse(R"("\u0000")"), "s\"\\u0000\" ");
}

TEST(JsonParse, NumbersAreCorrectlyRounded) {
  EXPECT_EQ(number("0"), 0.0);
  EXPECT_TRUE(std::signbit(number("-0")));
  EXPECT_TRUE(std::signbit(number("-0.0e5")));
  EXPECT_EQ(number("1.5"), 1.5);
  EXPECT_EQ(number("-12.25e2"), -1225.0);
  EXPECT_EQ(number("0.1"), 0.1);
  EXPECT_EQ(number("9007199254740993"), 9007199254740992.0);  // ties to even
  EXPECT_EQ(number("9007199254740995"), 9007199254740996.0);
  EXPECT_EQ(number("2.2250738585072011e-308"), 2.2250738585072011e-308);
  EXPECT_EQ(number("2.2250738585072014e-308"), 2.2250738585072014e-308);
  EXPECT_EQ(number("4.9406564584124654e-324"), 4.9406564584124654e-324);
  EXPECT_EQ(number("2.4703282292062328e-324"), 4.9406564584124654e-324);  // just above half: rounds up
  EXPECT_EQ(number("2.4703282292062327e-324"), 0.0);
  EXPECT_EQ(number("1.7976931348623157e308"), 1.7976931348623157e308);
  EXPECT_TRUE(std::isinf(number("1e400")));  // JSON.parse gives Infinity too
  EXPECT_TRUE(std::isinf(number("-1.8e308")));
  EXPECT_EQ(number("1e-400"), 0.0);
  EXPECT_EQ(number("0e99999999999"), 0.0);
  EXPECT_EQ(number("123456789012345678901234567890"), 1.2345678901234568e29);
  EXPECT_EQ(number("0.30000000000000004"), 0.30000000000000004);
  EXPECT_EQ(number("1E22"), 1e22);
  EXPECT_EQ(number("1e23"), 1e23);
  EXPECT_EQ(number("8.41e21"), 8.41e21);
  EXPECT_EQ(number("3.14159265358979323846264338327950288"), 3.141592653589793);
  // Many digits, then an exponent that brings them back.
  EXPECT_EQ(number("0.00000000000000000000000000000000000000000000001e46"), 0.1);
}

TEST(JsonParse, NumbersAgreeWithStrtodOnManyRandomTokens) {
  uint64_t s = 88172645463325252ULL;
  auto next = [&] { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; };
  for (int i = 0; i < 20000; ++i) {
    double v;
    const uint64_t bits = next();
    std::memcpy(&v, &bits, 8);
    if (!std::isfinite(v)) continue;
    char text[64];
    std::snprintf(text, sizeof text, "%.*g", int(next() % 17) + 1, v);
    std::string token = text;
    if (token.find('.') == std::string::npos && token.find('e') == std::string::npos && token.size() > 300) continue;
    // %g may print "1e+10", which is JSON; "inf"/"nan" cannot occur here.
    EXPECT_EQ(number(token), std::strtod(text, nullptr)) << token;
  }
}

TEST(JsonParse, DeepNestingDoesNotUseTheCallStack) {
  const size_t depth = 100000;
  std::u16string text(depth, u'[');
  text.append(depth, u']');
  mlw::JsonTape t;
  mlw::JsonError e;
  ASSERT_EQ(mlw::jsonParse(units(text), text.size(), t, e), Status::Ok);
  EXPECT_EQ(t.tape.size(), 2 * depth);
  std::u16string objects;
  for (size_t i = 0; i < depth; ++i) objects += u"{\"a\":";
  objects += u"1";
  objects.append(depth, u'}');
  mlw::JsonError v;
  EXPECT_EQ(mlw::jsonValidate(units(objects), objects.size(), v), Status::Ok);
  std::u16string unclosed(depth, u'[');
  EXPECT_JSON_ERROR(unclosed, UnexpectedEnd, depth);
}

TEST(JsonParse, EveryErrorKindWithItsPosition) {
  EXPECT_JSON_ERROR("", UnexpectedEnd, 0);
  EXPECT_JSON_ERROR("   ", UnexpectedEnd, 3);
  EXPECT_JSON_ERROR("[1,", UnexpectedEnd, 3);
  EXPECT_JSON_ERROR("{\"a\"", UnexpectedEnd, 4);
  EXPECT_JSON_ERROR("{\"a\":", UnexpectedEnd, 5);
  EXPECT_JSON_ERROR("tr", UnexpectedEnd, 2);
  EXPECT_JSON_ERROR("-", UnexpectedEnd, 1);
  EXPECT_JSON_ERROR("1.", UnexpectedEnd, 2);
  EXPECT_JSON_ERROR("1e+", UnexpectedEnd, 3);
  EXPECT_JSON_ERROR("[1,]", UnexpectedCharacter, 3);
  EXPECT_JSON_ERROR("trUe", UnexpectedCharacter, 2);
  EXPECT_JSON_ERROR("+1", UnexpectedCharacter, 0);
  EXPECT_JSON_ERROR(".5", UnexpectedCharacter, 0);
  EXPECT_JSON_ERROR("'a'", UnexpectedCharacter, 0);
  EXPECT_JSON_ERROR("[1 2]", ExpectedCommaOrBracket, 3);
  EXPECT_JSON_ERROR("[01]", ExpectedCommaOrBracket, 2);
  EXPECT_JSON_ERROR("{\"a\":1 \"b\":2}", ExpectedCommaOrBrace, 7);
  EXPECT_JSON_ERROR("{\"a\" 1}", ExpectedColon, 5);
  EXPECT_JSON_ERROR("{\"a\":1,}", ExpectedPropertyName, 7);
  EXPECT_JSON_ERROR("{a:1}", ExpectedPropertyName, 1);
  EXPECT_JSON_ERROR(R"("\x")", BadEscape, 2);
  EXPECT_JSON_ERROR(R"("\u12G4")", BadUnicodeEscape, 5);
  EXPECT_JSON_ERROR("\"a\tb\"", ControlCharacter, 2);
  EXPECT_JSON_ERROR("-a", NoDigitAfterMinus, 1);
  EXPECT_JSON_ERROR("1.e3", NoDigitAfterPoint, 2);
  EXPECT_JSON_ERROR("1e+x", NoDigitInExponent, 3);
  EXPECT_JSON_ERROR("01", TrailingData, 1);
  EXPECT_JSON_ERROR("1 2", TrailingData, 2);
  EXPECT_JSON_ERROR("{} x", TrailingData, 3);
  EXPECT_JSON_ERROR("\"abc", UnterminatedString, 4);
  EXPECT_JSON_ERROR(R"("\u12)", UnterminatedString, 5);
  EXPECT_JSON_ERROR(R"("\)", UnterminatedString, 2);
}

TEST(JsonParse, WhitespaceIsOnlyTheFourRfcCharacters) {
  EXPECT_JSON_ERROR(u"\u00a01", UnexpectedCharacter, 0);
  EXPECT_JSON_ERROR(u"\u000b1", UnexpectedCharacter, 0);
  EXPECT_JSON_ERROR(u"\u20281", UnexpectedCharacter, 0);
  // JSON.parse rejects a byte order mark; so do we.
  EXPECT_JSON_ERROR(u"\ufeff{}", UnexpectedCharacter, 0);
}

TEST(JsonParse, EveryTruncationOfADocumentIsAnErrorAtItsEnd) {
  const std::u16string doc = u(R"({"a":[1,-2.5e3,true,false,null,"x\u00e9\n"],"b":{"c":{}}})");
  for (size_t len = 0; len < doc.size(); ++len) {
    const mlw::JsonError e = error(doc.substr(0, len));
    EXPECT_TRUE(e.kind == JsonErrorKind::UnexpectedEnd || e.kind == JsonErrorKind::UnterminatedString) << len;
    EXPECT_EQ(e.position, len);
  }
}

std::vector<double> extract(const std::string& text, const std::string& field, Status expect = Status::Ok) {
  mlw::JsonExtractResult r;
  mlw::JsonError e;
  const auto s = u(text), f = u(field);
  EXPECT_EQ(mlw::jsonExtractNumbers(units(s), s.size(), units(f), f.size(), r, e), expect) << text;
  return std::vector<double>(r.values.data(), r.values.data() + r.values.size());
}

TEST(JsonExtractNumbers, EveryMatchingMemberInDocumentOrder) {
  EXPECT_EQ(extract(R"([{"x":1,"y":{"x":2}},{"x":3,"x":4},{"xx":5,"X":6}])", "x"), (std::vector<double>{1, 2, 3, 4}));
  EXPECT_EQ(extract(R"({"2":{"x":1},"1":{"x":2}})", "x"), (std::vector<double>{1, 2}));  // document order
  EXPECT_EQ(extract(R"({"\u0078":7,"x\"":8})", "x"), (std::vector<double>{7}));           // names compared unescaped
  EXPECT_EQ(extract(R"({"":1.5})", ""), (std::vector<double>{1.5}));
  EXPECT_EQ(extract(R"(["x",{"a":"x"}])", "x"), (std::vector<double>{}));  // strings "x" are not names
  EXPECT_EQ(extract(R"({"x":1e400,"x":-0})", "x").size(), 2u);
}

TEST(JsonExtractNumbers, ANonNumberUnderTheFieldStopsWithItsPosition) {
  mlw::JsonExtractResult r;
  mlw::JsonError e;
  const auto s = u(R"([{"x":1},{"x":[2]}])"), f = u("x");
  EXPECT_EQ(mlw::jsonExtractNumbers(units(s), s.size(), units(f), f.size(), r, e), Status::InvalidArgument);
  EXPECT_EQ(r.mismatchPosition, 14u);
  EXPECT_EQ(r.mismatchTag, mlw::kJsonArray);
  // A syntax error before the mismatch wins; after it, the mismatch was found first.
  extract(R"([{"x":1},,{"x":"a"}])", "x", Status::SyntaxError);
  extract(R"([{"x":"a"},,])", "x", Status::InvalidArgument);
}

}  // namespace

namespace {

// The 128-bit path (16-19 digit mantissas, |exponent| <= 19) against strtod.
TEST(JsonParse, WideMantissasAreCorrectlyRounded) {
  uint64_t s = 0x2545F4914F6CDD1DULL;
  auto next = [&] { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; };
  for (int i = 0; i < 100000; ++i) {
    const int digits = 16 + int(next() % 4);
    std::string token;
    token += char('1' + next() % 9);
    for (int d = 1; d < digits; ++d) token += char('0' + next() % 10);
    const int point = int(next() % digits);  // digits before the '.'; digits = none
    if (point > 0 && point < digits) token.insert(size_t(point), ".");
    if (next() % 3 == 0) token += "e" + std::to_string(int(next() % 39) - 19);
    EXPECT_EQ(number(token), std::strtod(token.c_str(), nullptr)) << token;
  }
  // Halfway cases: 2^53 + 1 and its neighbours, written with 17-19 digits.
  EXPECT_EQ(number("9007199254740993.0"), 9007199254740992.0);
  EXPECT_EQ(number("9007199254740993.00001"), 9007199254740994.0);
  EXPECT_EQ(number("90071992547409930e-1"), 9007199254740992.0);
  EXPECT_EQ(number("18446744073709551615"), 18446744073709551616.0);
  EXPECT_EQ(number("0.1000000000000000055511151231257827"), 0.1);
}

}  // namespace
