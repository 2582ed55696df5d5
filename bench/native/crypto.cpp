// Native workloads of the crypto_ family: the same mlw::cryptoXor and mlw::sha256 the
// bindings call.
#include "harness.hpp"

#if __has_include("core/crypto_xor.hpp")
#include <memory>

#include "core/crypto_xor.hpp"

namespace {

const uint8_t kKey[16] = {0x6d, 0x6c, 0x77, 0x21, 0x13, 0x37, 0xc0, 0xde, 0x5a, 0xa5, 0x01, 0xfe, 0x42, 0x99, 0x7e, 0x80};

void xorWorkload(const char* id, size_t bytes, size_t quickBytes) {
  mlwbench::Register(id, [bytes, quickBytes](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    auto data = std::make_shared<std::vector<uint8_t>>(mlwbench::randomBytes(quick ? quickBytes : bytes, 7));
    auto out = std::make_shared<std::vector<uint8_t>>(data->size());
    call = [data, out] { mlw::cryptoXor(data->data(), data->size(), kKey, sizeof kKey, out->data()); };
    check = [data, out] {
      for (size_t i = 0; i < data->size(); i++)
        if ((*out)[i] != ((*data)[i] ^ kKey[i % sizeof kKey])) return false;
      return true;
    };
  });
}

// Ids and sizes as in bench/workloads.mjs.
const bool registered = [] {
  xorWorkload("xor-1mb", 1 << 20, 1 << 20);
  xorWorkload("xor-10mb", 10 << 20, 2 << 20);
  xorWorkload("sweep-xor-1kb", 1 << 10, 1 << 10);
  xorWorkload("sweep-xor-16kb", 16 << 10, 16 << 10);
  xorWorkload("sweep-xor-256kb", 256 << 10, 256 << 10);
  xorWorkload("sweep-xor-1mb", 1 << 20, 1 << 20);
  xorWorkload("sweep-xor-10mb", 10 << 20, 10 << 20);
  return true;
}();

}  // namespace
#endif

#if __has_include("core/crypto_sha256.hpp")
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include "core/crypto_sha256.hpp"

namespace {

// SHA-256 of randomBytes(n, 13) from bench/checks.mjs, computed by node:crypto (an
// independent implementation): matching it proves both the input is the JS workload's
// and the digest is right.
const char* const kDigest1Mb = "d5bcd176117a7a7f855fa99ad0dce7e08ed174b4f085cdc525116d6756b50cad";
const char* const kDigest10Mb = "dce5bcbd16bf8c6fae5cc1d80e87e4680d5216d0def18976eb460d64f16bde96";

const bool registeredSha256 = [] {
  // Sizes as in bench/workloads.mjs: 10 MB, 1 MB with --quick.
  mlwbench::Register("sha256-10mb", [](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    auto data = std::make_shared<std::vector<uint8_t>>(mlwbench::randomBytes(quick ? 1 << 20 : 10 << 20, 13));
    auto digest = std::make_shared<std::array<uint8_t, 32>>();
    call = [data, digest] { mlw::sha256(data->data(), data->size(), digest->data()); };
    check = [digest, quick] {
      std::string hex;
      char two[3];
      for (uint8_t b : *digest) {
        std::snprintf(two, sizeof two, "%02x", b);
        hex += two;
      }
      return hex == (quick ? kDigest1Mb : kDigest10Mb);
    };
  });
  return true;
}();

}  // namespace
#endif
