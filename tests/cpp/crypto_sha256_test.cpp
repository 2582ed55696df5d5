#include "core/crypto_sha256.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace {

std::string hex(const std::string& s) {
  uint8_t d[32];
  mlw::sha256(reinterpret_cast<const uint8_t*>(s.data()), s.size(), d);
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (uint8_t b : d) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// FIPS 180-4 examples and the NIST long-message vector.
TEST(CryptoSha256, NistVectors) {
  EXPECT_EQ(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),  // 56 bytes
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  EXPECT_EQ(hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// sha256Hex writes exactly the 64 characters of the digest's lowercase hex, nothing after.
TEST(CryptoSha256, HexMatchesDigest) {
  for (size_t n : {0, 1, 55, 56, 63, 64, 65, 1024, 4097}) {
    std::string s(n, '\0');
    for (size_t i = 0; i < n; ++i) s[i] = char((i * 2654435761u) >> 24);
    char out[66];
    std::memset(out, '#', sizeof out);
    mlw::sha256Hex(reinterpret_cast<const uint8_t*>(s.data()), n, out);
    EXPECT_EQ(std::string(out, 64), hex(s)) << n << " bytes";
    EXPECT_EQ(out[64], '#');
    EXPECT_EQ(out[65], '#');
  }
  char abc[64];
  mlw::sha256Hex(reinterpret_cast<const uint8_t*>("abc"), 3, abc);
  EXPECT_EQ(std::string(abc, 64), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// Fed in pieces (whole blocks, then the last bytes), the digest is the one-shot one, for
// every split, including an empty last piece and a message of whole blocks only.
TEST(CryptoSha256, StreamMatchesOneShot) {
  std::string s(5000, '\0');
  for (size_t i = 0; i < s.size(); ++i) s[i] = char((i * 2654435761u) >> 24);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (size_t n : {0, 1, 63, 64, 65, 119, 120, 128, 1000, 4096, 5000}) {
    for (size_t fedBlocks : {size_t(0), size_t(1), size_t(7), n / 64}) {
      if (fedBlocks * 64 > n) continue;
      mlw::Sha256Stream st;
      mlw::sha256Begin(st);
      // Two update calls where there are blocks to split.
      const size_t first = fedBlocks / 2;
      mlw::sha256Update(st, p, first);
      mlw::sha256Update(st, p + 64 * first, fedBlocks - first);
      char out[64];
      mlw::sha256FinishHex(st, p + 64 * fedBlocks, n - 64 * fedBlocks, out);
      EXPECT_EQ(std::string(out, 64), hex(s.substr(0, n))) << n << " bytes, " << fedBlocks << " blocks fed first";
    }
  }
}

// Padding boundaries: 55 bytes fit one final block, 56 need two, 64 is one full block.
TEST(CryptoSha256, PaddingBoundaries) {
  EXPECT_EQ(hex(std::string(55, 'a')), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(hex(std::string(56, 'a')), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

}  // namespace
