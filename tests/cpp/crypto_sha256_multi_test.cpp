// The multi-message kernel (four messages per pass, one per lane) gives sha256()'s
// digests: the NIST vectors in every lane position, and random messages of unequal
// lengths (lanes finishing at different blocks, the 55/56/64 padding boundaries, empty
// messages, a long message left alone at the end).
#include "core/crypto_sha256_multi.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "core/crypto_sha256.hpp"

namespace {

struct Messages {
  std::vector<uint8_t> data;
  std::vector<uint32_t> offsets{0};
  void add(const std::string& s) { add(reinterpret_cast<const uint8_t*>(s.data()), s.size()); }
  void add(const uint8_t* p, size_t n) {
    data.insert(data.end(), p, p + n);
    offsets.push_back(uint32_t(data.size()));
  }
  size_t count() const { return offsets.size() - 1; }
  std::vector<uint8_t> digests() const {
    std::vector<uint8_t> out(32 * count() + 1, 0xee);  // one guard byte past the end
    mlw::sha256Multi(data.data(), offsets.data(), count(), out.data());
    EXPECT_EQ(out.back(), 0xee) << "wrote past the last digest";
    out.pop_back();
    return out;
  }
};

std::string hex(const uint8_t* d) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 32; ++i) {
    out += digits[d[i] >> 4];
    out += digits[d[i] & 15];
  }
  return out;
}

// Every digest equals the single-message kernel's.
void expectSameAsSingle(const Messages& m) {
  const std::vector<uint8_t> got = m.digests();
  for (size_t i = 0; i < m.count(); ++i) {
    uint8_t want[32];
    mlw::sha256(m.data.data() + m.offsets[i], m.offsets[i + 1] - m.offsets[i], want);
    ASSERT_EQ(hex(got.data() + 32 * i), hex(want)) << "item " << i << " of " << m.count() << ", "
                                                   << m.offsets[i + 1] - m.offsets[i] << " bytes";
  }
}

const std::pair<std::string, const char*> kNist[] = {
    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
    {std::string(55, 'a'), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
    {std::string(56, 'a'), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
    {std::string(64, 'a'), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
    {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

TEST(CryptoSha256Multi, NistVectorsInEveryLane) {
  // The vectors in order, then rotated so each one also runs in other lane positions
  // and next to messages of other lengths.
  const size_t n = sizeof kNist / sizeof kNist[0];
  for (size_t shift = 0; shift < n; shift += 3) {
    Messages m;
    for (size_t i = 0; i < n; ++i) m.add(kNist[(i + shift) % n].first);
    const std::vector<uint8_t> got = m.digests();
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(hex(got.data() + 32 * i), kNist[(i + shift) % n].second) << "shift " << shift << ", item " << i;
  }
}

TEST(CryptoSha256Multi, FewerMessagesThanLanes) {
  for (size_t count = 0; count <= 5; ++count) {
    Messages m;
    for (size_t i = 0; i < count; ++i) m.add(kNist[i].first);
    const std::vector<uint8_t> got = m.digests();
    for (size_t i = 0; i < count; ++i) EXPECT_EQ(hex(got.data() + 32 * i), kNist[i].second) << count << " messages, item " << i;
  }
}

TEST(CryptoSha256Multi, RandomLengthsMatchSingleKernel) {
  std::mt19937 rng(20261202);
  for (int round = 0; round < 20; ++round) {
    Messages m;
    const int count = 1 + int(rng() % 40);
    for (int i = 0; i < count; ++i) {
      std::vector<uint8_t> bytes(rng() % 5001);  // 0 .. 5000
      for (uint8_t& b : bytes) b = uint8_t(rng());
      m.add(bytes.data(), bytes.size());
    }
    expectSameAsSingle(m);
  }
}

TEST(CryptoSha256Multi, LengthsAroundPaddingBoundaries) {
  // Every length from 0 to 200 (the one-block/two-block tail switch at 56 and 120, full
  // blocks at 64, 128, 192), in an order that keeps the lanes out of step.
  std::mt19937 rng(55);
  Messages m;
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 200; ++n) lengths.push_back(n);
  for (size_t n : {247, 248, 255, 256, 257, 311, 312, 319, 320, 4095, 4096, 4097}) lengths.push_back(n);
  std::shuffle(lengths.begin(), lengths.end(), rng);
  for (size_t n : lengths) {
    std::vector<uint8_t> bytes(n);
    for (uint8_t& b : bytes) b = uint8_t(rng());
    m.add(bytes.data(), bytes.size());
  }
  expectSameAsSingle(m);
}

TEST(CryptoSha256Multi, OneLongMessageFinishesAlone) {
  // The long message outlives every other lane: it finishes on the single kernel, from
  // the middle of its full blocks and from inside its tail.
  std::mt19937 rng(9);
  for (size_t longLen : {size_t(3000), size_t(3000 + 60), size_t(64 * 40)}) {
    Messages m;
    std::vector<uint8_t> bytes(longLen);
    for (uint8_t& b : bytes) b = uint8_t(rng());
    m.add(bytes.data(), bytes.size());
    for (size_t n : {10, 70, 130, 0, 1000, 56}) m.add(bytes.data(), n);
    expectSameAsSingle(m);
  }
}

TEST(CryptoSha256Multi, ManyEqualMessages) {
  // The suite's shape: equal-length items, all lanes in step (1 KB: 16 full blocks and a
  // one-block tail), a count that is not a multiple of four.
  std::mt19937 rng(1);
  Messages m;
  std::vector<uint8_t> bytes(1024);
  for (int i = 0; i < 103; ++i) {
    for (uint8_t& b : bytes) b = uint8_t(rng());
    m.add(bytes.data(), bytes.size());
  }
  expectSameAsSingle(m);
}

}  // namespace
