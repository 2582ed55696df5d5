#include "core/crypto.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

uint32_t fnv(const std::string& s) {
  return mlw::fnv1a32(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

// Vectors from the FNV reference (draft-eastlake-fnv, test suite).
TEST(CryptoHash, Fnv1a32Vectors) {
  EXPECT_EQ(fnv(""), 0x811c9dc5u);
  EXPECT_EQ(fnv("a"), 0xe40c292cu);
  EXPECT_EQ(fnv("foobar"), 0xbf9cf968u);
  EXPECT_EQ(fnv(std::string("\0", 1)), 0x050c5d1fu);
}

}  // namespace
