#include "core/crypto_xor.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

std::vector<uint8_t> reference(const std::vector<uint8_t>& d, const std::vector<uint8_t>& k) {
  std::vector<uint8_t> out(d.size());
  for (size_t i = 0; i < d.size(); ++i) out[i] = d[i] ^ k[i % k.size()];
  return out;
}

std::vector<uint8_t> run(const std::vector<uint8_t>& d, const std::vector<uint8_t>& k) {
  std::vector<uint8_t> out(d.size());
  mlw::cryptoXor(d.data(), d.size(), k.data(), k.size(), out.data());
  return out;
}

std::vector<uint8_t> bytes(size_t n, uint32_t seed) {
  std::vector<uint8_t> v(n);
  for (auto& b : v) { seed = seed * 1664525u + 1013904223u; b = uint8_t(seed >> 24); }
  return v;
}

TEST(CryptoXor, EmptyDataGivesEmptyResult) {
  EXPECT_TRUE(run({}, {1, 2, 3}).empty());
}

TEST(CryptoXor, KeyLongerThanData) {
  EXPECT_EQ(run({0x10, 0x20}, {1, 2, 3, 4, 5}), (std::vector<uint8_t>{0x11, 0x22}));
}

TEST(CryptoXor, MatchesReferenceForEveryKeyLengthAndOddSizes) {
  for (size_t keyLen : {1u, 2u, 3u, 7u, 8u, 13u, 64u, 65u, 300u}) {
    for (size_t n : {0u, 1u, 63u, 64u, 65u, 511u, 512u, 513u, 4099u}) {
      auto d = bytes(n, uint32_t(n * 31 + keyLen));
      auto k = bytes(keyLen, uint32_t(keyLen));
      EXPECT_EQ(run(d, k), reference(d, k)) << "n=" << n << " keyLen=" << keyLen;
    }
  }
}

TEST(CryptoXor, IsItsOwnInverseAndWorksInPlace) {
  auto d = bytes(10000, 7);
  auto k = bytes(5, 9);
  auto enc = run(d, k);
  mlw::cryptoXor(enc.data(), enc.size(), k.data(), k.size(), enc.data());
  EXPECT_EQ(enc, d);
}

}  // namespace
