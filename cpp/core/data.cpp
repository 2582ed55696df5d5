#include "core/alloc.hpp"
#include "core/data.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace mlw {
namespace {

// Keys are unsigned integers whose order is the wanted order of the values:
// signed ints flip the sign bit; floats flip the sign bit of positives and every bit of
// negatives (so -0 = 0x8000… becomes 0x7FFF… and sorts just before +0 = 0x8000…).
template <typename U> constexpr U topBit() { return U(1) << (sizeof(U) * 8 - 1); }
template <typename U> U signedKey(U bits) { return bits ^ topBit<U>(); }
template <typename U> U floatKey(U bits) { return (bits & topBit<U>()) ? U(~bits) : U(bits | topBit<U>()); }
template <typename U> U floatFromKey(U key) { return (key & topBit<U>()) ? U(key & ~topBit<U>()) : U(~key); }

template <typename U>
void insertionSort(U* a, size_t n) {
  for (size_t i = 1; i < n; ++i) {
    U v = a[i];
    size_t j = i;
    for (; j > 0 && a[j - 1] > v; --j) a[j] = a[j - 1];
    a[j] = v;
  }
}

// LSD radix sort on bytes; a pass whose byte is the same in every key is skipped (its
// histogram has one full bucket), which makes narrow value ranges cheap.
template <typename U>
Status radixSort(U* a, size_t n) {
  if (n < 48) {
    insertionSort(a, n);
    return Status::Ok;
  }
  constexpr size_t kBytes = sizeof(U);
  if (kBytes == 1) {
    size_t count[256] = {};
    for (size_t i = 0; i < n; ++i) ++count[a[i]];
    size_t k = 0;
    for (size_t v = 0; v < 256; ++v)
      for (size_t c = count[v]; c > 0; --c) a[k++] = U(v);
    return Status::Ok;
  }
  U* tmp = static_cast<U*>(allocate(checkedBytes(n, sizeof(U))));
  if (!tmp) return Status::OutOfMemory;
  // All histograms in one read of the data.
  size_t count[kBytes][256] = {};
  for (size_t i = 0; i < n; ++i) {
    U k = a[i];
    for (size_t b = 0; b < kBytes; ++b) ++count[b][(k >> (8 * b)) & 0xFF];
  }
  U* src = a;
  U* dst = tmp;
  for (size_t b = 0; b < kBytes; ++b) {
    size_t* c = count[b];
    if (c[(src[0] >> (8 * b)) & 0xFF] == n) continue;
    size_t sum = 0;
    for (size_t v = 0; v < 256; ++v) {
      size_t t = c[v];
      c[v] = sum;
      sum += t;
    }
    for (size_t i = 0; i < n; ++i) {
      U k = src[i];
      dst[c[(k >> (8 * b)) & 0xFF]++] = k;
    }
    std::swap(src, dst);
  }
  if (src != a) std::memcpy(a, src, n * sizeof(U));
  release(tmp);
  return Status::Ok;
}

template <typename U, U (*Fwd)(U), U (*Back)(U)>
Status sortIntegers(void* data, size_t n) {
  U* a = static_cast<U*>(data);
  for (size_t i = 0; i < n; ++i) a[i] = Fwd(a[i]);
  Status s = radixSort(a, n);
  for (size_t i = 0; i < n; ++i) a[i] = Back(a[i]);
  return s;
}

template <typename U> U identity(U v) { return v; }

// NaNs are taken out first (compacting the rest), the rest sorted on keys, and the
// NaNs put back at the end as the canonical quiet NaN, as TypedArray sort orders them.
template <typename U, typename F>
Status sortFloats(void* data, size_t n) {
  static_assert(sizeof(U) == sizeof(F), "key and float widths differ");
  U* a = static_cast<U*>(data);
  size_t kept = 0;
  for (size_t i = 0; i < n; ++i) {
    F f;
    std::memcpy(&f, &a[i], sizeof f);
    if (f != f) continue;
    a[kept++] = floatKey(a[i]);
  }
  Status s = radixSort(a, kept);
  for (size_t i = 0; i < kept; ++i) a[i] = floatFromKey(a[i]);
  const F nan = static_cast<F>(__builtin_nan(""));
  for (size_t i = kept; i < n; ++i) std::memcpy(&a[i], &nan, sizeof nan);
  return s;
}

}  // namespace

Status dataSortTyped(void* data, size_t n, ElementType type) {
  switch (type) {
    case ElementType::Int8: return sortIntegers<uint8_t, signedKey, signedKey>(data, n);
    case ElementType::Uint8: return sortIntegers<uint8_t, identity, identity>(data, n);
    case ElementType::Int16: return sortIntegers<uint16_t, signedKey, signedKey>(data, n);
    case ElementType::Uint16: return sortIntegers<uint16_t, identity, identity>(data, n);
    case ElementType::Int32: return sortIntegers<uint32_t, signedKey, signedKey>(data, n);
    case ElementType::Uint32: return sortIntegers<uint32_t, identity, identity>(data, n);
    case ElementType::BigInt64: return sortIntegers<uint64_t, signedKey, signedKey>(data, n);
    case ElementType::BigUint64: return sortIntegers<uint64_t, identity, identity>(data, n);
    case ElementType::Float32: return sortFloats<uint32_t, float>(data, n);
    case ElementType::Float64: return sortFloats<uint64_t, double>(data, n);
  }
  return Status::InvalidArgument;
}

Status dataSortStrings(const uint16_t* units, const uint32_t* offsets, size_t n, uint32_t* order) {
  // Each string gets a key of its first four code units (zero-padded), so most
  // comparisons are one integer compare on contiguous memory instead of a chase into the
  // text. Equal keys fall back to the full comparison: lexicographic on code units, a
  // proper prefix first, then input order (the stable permutation; equal strings are
  // interchangeable anyway). Zero padding is safe because the fallback decides ties.
  struct Entry {
    uint64_t key;
    uint32_t index;
  };
  Entry* entries = static_cast<Entry*>(allocate(checkedBytes(n ? n : 1, sizeof(Entry))));
  if (!entries) return Status::OutOfMemory;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t begin = offsets[i];
    const uint32_t len = offsets[i + 1] - begin;
    uint64_t key = 0;
    for (uint32_t j = 0; j < 4; ++j) key = (key << 16) | (j < len ? units[begin + j] : 0u);
    entries[i] = {key, static_cast<uint32_t>(i)};
  }
  auto less = [units, offsets](const Entry& x, const Entry& y) {
    if (x.key != y.key) return x.key < y.key;
    const uint16_t* a = units + offsets[x.index];
    const uint16_t* b = units + offsets[y.index];
    const size_t la = offsets[x.index + 1] - offsets[x.index];
    const size_t lb = offsets[y.index + 1] - offsets[y.index];
    const size_t m = la < lb ? la : lb;
    for (size_t i = 4 < m ? 4 : 0; i < m; ++i) {
      if (a[i] != b[i]) return a[i] < b[i];
    }
    if (la != lb) return la < lb;
    return x.index < y.index;
  };
  std::sort(entries, entries + n, less);
  for (size_t i = 0; i < n; ++i) order[i] = entries[i].index;
  release(entries);
  return Status::Ok;
}

}  // namespace mlw
