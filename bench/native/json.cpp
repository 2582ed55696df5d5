// Native workloads of the json_ family: mlw::jsonParse (to the tape, as the binding does
// before js/ materialises it), mlw::jsonValidate and mlw::jsonExtractNumbers on the very
// document jsonText(bytes, 3) of bench/checks.mjs builds, as UTF-16 code units.
#include "harness.hpp"

#if __has_include("core/json.hpp") && __has_include("core/crypto_sha256.hpp")
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "core/crypto_sha256.hpp"
#include "core/json.hpp"
#ifdef MLW_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace {

// SHA-256 of jsonText(n, 3)'s UTF-16LE code units, from node:crypto: the check that the
// document generated here is the JS workload's, unit for unit.
const char* const kText1Mb = "1e913156ecc418c4df9f7055004085b79235437fa3c4ae2ea8f52a3da2ed4b54";
const char* const kText10Mb = "417057bf6d9d9db8d326644c1a3ce1fc65393e4e126b9bf2e687e993fa6e00e1";

struct Document {
  std::u16string text;
  std::vector<double> values;  // each record's "value", what json_extract_numbers must give
  size_t numbers = 0;          // number tokens in the document, what the tape must hold
};

// Math.round: the nearest integer, halves towards +infinity (x - floor(x) is exact).
double jsRound(double x) {
  const double f = std::floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

// JSON.stringify of a finite number. The generator's numbers all lie in [1e-6, 1e21)
// in magnitude or are zero, where JS prints the shortest round-trip digits in plain
// decimal notation: exactly to_chars' shortest fixed form. -0 prints as "0".
void appendNumber(std::u16string& out, double v) {
  if (v == 0) {
    out += u'0';
    return;
  }
  char buf[64];
  const auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed).ptr;
  out.append(buf, end);
}

void appendAscii(std::u16string& out, const char* s) {
  while (*s) out += static_cast<char16_t>(*s++);
}

// jsonText(bytes, seed): the same draws in the same order (the order the JS object
// literal evaluates its members), the same JSON.stringify text.
Document jsonText(size_t bytes, uint32_t seed) {
  mlwbench::Rng r(seed);
  // The words as JSON.stringify writes them inside quotes: 'na\\"ive' is na\"ive.
  const std::u16string words[10] = {u"alpha", u"beta", u"gamma", u"delta", u"epsilon",
                                    u"zeta",  u"eta",  u"theta", u"caf\u00e9", uR"(na\\\"ive)"};
  Document doc;
  doc.text = u"[";
  size_t size = 2;
  std::u16string rec;
  for (uint64_t id = 0; size < bytes; id++) {
    rec.clear();
    appendAscii(rec, "{\"id\":");
    appendAscii(rec, std::to_string(id).c_str());
    appendAscii(rec, ",\"name\":\"");
    rec += words[static_cast<int>(r.next() * 10)];
    rec += u'-';
    appendAscii(rec, std::to_string(id).c_str());
    appendAscii(rec, "\",\"value\":");
    const double value = jsRound(r.next() * 2e6 - 1e6) / 1000;
    appendNumber(rec, value);
    doc.values.push_back(value);
    appendAscii(rec, ",\"score\":");
    if (r.next() < 0.1) {
      appendAscii(rec, "null");
    } else {
      appendNumber(rec, jsRound(r.next() * 1e9) / 1e6);
      doc.numbers++;
    }
    appendAscii(rec, r.next() < 0.5 ? ",\"active\":true" : ",\"active\":false");
    appendAscii(rec, ",\"tags\":[\"");
    rec += words[static_cast<int>(r.next() * 8)];
    appendAscii(rec, "\",\"");
    rec += words[static_cast<int>(r.next() * 8)];
    appendAscii(rec, "\"],\"point\":{\"x\":");
    appendNumber(rec, jsRound(r.next() * 1e4) / 100);
    appendAscii(rec, ",\"y\":");
    appendNumber(rec, -jsRound(r.next() * 1e4) / 100);
    appendAscii(rec, ",\"z\":[1,2.5,-3e-7]}}");
    doc.numbers += 7;  // id, value, x, y and the three of z
    if (id) doc.text += u',';
    doc.text += rec;
    size += rec.size() + 1;
  }
  doc.text += u']';
  return doc;
}

bool sameText(const std::u16string& text, bool quick) {
  std::vector<uint8_t> bytes;
  bytes.reserve(text.size() * 2);
  for (char16_t u : text) {
    bytes.push_back(static_cast<uint8_t>(u & 0xff));
    bytes.push_back(static_cast<uint8_t>(u >> 8));
  }
  uint8_t digest[32];
  mlw::sha256(bytes.data(), bytes.size(), digest);
  char hex[65];
  for (int i = 0; i < 32; i++) std::snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  return std::string(hex) == (quick ? kText1Mb : kText10Mb);
}

const uint16_t* units(const std::u16string& s) { return reinterpret_cast<const uint16_t*>(s.data()); }

#ifdef MLW_HAVE_SIMDJSON
// UTF-16 to UTF-8 (the generator writes no surrogates: every unit is one code point).
std::string toUtf8(const std::u16string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char16_t u : text) {
    if (u < 0x80) {
      out += static_cast<char>(u);
    } else if (u < 0x800) {
      out += static_cast<char>(0xc0 | (u >> 6));
      out += static_cast<char>(0x80 | (u & 0x3f));
    } else {
      out += static_cast<char>(0xe0 | (u >> 12));
      out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (u & 0x3f));
    }
  }
  return out;
}
#endif

using Setup = std::function<void(bool, std::function<void()>&, std::function<bool()>&)>;

// Sizes as in bench/workloads.mjs: 10 MB, 1 MB with --quick.
std::shared_ptr<const Document> makeDocument(bool quick) {
  return std::make_shared<const Document>(jsonText(quick ? 1 << 20 : 10 << 20, 3));
}

const bool registered = [] {
  mlwbench::Register("json-parse-10mb", Setup([](bool quick, auto& call, auto& check) {
    auto doc = makeDocument(quick);
    auto tape = std::make_shared<std::unique_ptr<mlw::JsonTape>>();
    auto status = std::make_shared<mlw::Status>(mlw::Status::Ok);
    call = [=] {
      // A fresh tape per call, as the binding builds one (its growth is part of the cost).
      *tape = std::make_unique<mlw::JsonTape>();
      mlw::JsonError error;
      *status = mlw::jsonParse(units(doc->text), doc->text.size(), **tape, error);
    };
    check = [=] {
      if (*status != mlw::Status::Ok || !sameText(doc->text, quick)) return false;
      const auto& t = (*tape)->tape;
      return t.size() > 2 && (t.data()[0] & 15) == mlw::kJsonArray && (t.data()[t.size() - 1] & 15) == mlw::kJsonEnd &&
             (*tape)->numbers.size() == doc->numbers;
    };
  }));
  const Setup validate = [](bool quick, auto& call, auto& check) {
    auto doc = makeDocument(quick);
    auto status = std::make_shared<mlw::Status>(mlw::Status::Ok);
    call = [=] {
      mlw::JsonError error;
      *status = mlw::jsonValidate(units(doc->text), doc->text.size(), error);
    };
    check = [=] { return *status == mlw::Status::Ok && sameText(doc->text, quick); };
  };
  mlwbench::Register("json-validate-10mb", validate);
  mlwbench::Register("json-extract-10mb", Setup([](bool quick, auto& call, auto& check) {
    auto doc = makeDocument(quick);
    auto out = std::make_shared<std::unique_ptr<mlw::JsonExtractResult>>();
    auto status = std::make_shared<mlw::Status>(mlw::Status::Ok);
    call = [=] {
      *out = std::make_unique<mlw::JsonExtractResult>();
      mlw::JsonError error;
      const std::u16string field = u"value";
      *status = mlw::jsonExtractNumbers(units(doc->text), doc->text.size(), units(field), field.size(), **out, error);
    };
    check = [=] {
      if (*status != mlw::Status::Ok || !sameText(doc->text, quick)) return false;
      const auto& v = (*out)->values;
      if (v.size() != doc->values.size()) return false;
      // Bit for bit: the generator's doubles against the parser's correctly rounded ones.
      for (size_t i = 0; i < v.size(); i++)
        if (std::memcmp(&v.data()[i], &doc->values[i], sizeof(double)) != 0) return false;
      return true;
    };
  }));
  // The peers table (bench --peers): ours again under the peers id, and simdjson's
  // validation (its DOM parser: simdjson validates fully while building the tape) of the
  // same document as UTF-8, converted once outside the timing.
  mlwbench::Register("peers-json-validate:ours", validate);
#ifdef MLW_HAVE_SIMDJSON
  mlwbench::Register("peers-json-validate:simdjson", Setup([](bool quick, auto& call, auto& check) {
    auto doc = makeDocument(quick);
    auto utf8 = std::make_shared<simdjson::padded_string>(toUtf8(doc->text));
    auto parser = std::make_shared<simdjson::dom::parser>();
    auto code = std::make_shared<simdjson::error_code>(simdjson::SUCCESS);
    auto records = std::make_shared<size_t>(0);
    call = [=] {
      simdjson::dom::element root;
      *code = parser->parse(*utf8).get(root);
      simdjson::dom::array array;
      if (!*code) *code = root.get_array().get(array);
      if (!*code) *records = array.size();
    };
    check = [=] { return *code == simdjson::SUCCESS && *records == doc->values.size() && sameText(doc->text, quick); };
  }));
#endif
  return true;
}();

}  // namespace
#endif
