#include "core/crypto_xor.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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

TEST(CryptoXor, PhaseContinuesTheKeyAcrossChunks) {
  // Streaming in chunks of any size with phase = offset % keyLen gives the one-shot answer.
  for (size_t keyLen : {1u, 3u, 16u, 64u, 65u, 1000u}) {
    auto d = bytes(20000, uint32_t(keyLen));
    auto k = bytes(keyLen, uint32_t(keyLen * 5));
    auto want = reference(d, k);
    for (size_t chunk : {1u, 7u, 256u, 4096u, 5000u}) {
      std::vector<uint8_t> out(d.size());
      for (size_t off = 0; off < d.size(); off += chunk) {
        size_t len = std::min(chunk, d.size() - off);
        mlw::cryptoXor(d.data() + off, len, k.data(), k.size(), out.data() + off, off % keyLen);
      }
      EXPECT_EQ(out, want) << "keyLen=" << keyLen << " chunk=" << chunk;
    }
  }
}

TEST(CryptoXor, PhaseLargerThanKeyWraps) {
  auto d = bytes(1000, 3);
  auto k = bytes(7, 4);
  std::vector<uint8_t> a(d.size()), b(d.size());
  mlw::cryptoXor(d.data(), d.size(), k.data(), k.size(), a.data(), 3);
  mlw::cryptoXor(d.data(), d.size(), k.data(), k.size(), b.data(), 3 + 7 * 11);
  EXPECT_EQ(a, b);
}

}  // namespace
