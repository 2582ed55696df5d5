// A growable array on malloc/realloc that reports allocation failure instead of
// throwing or aborting (the core never throws; std::vector would). Used by the JSON
// kernels for their tapes and output text.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "core/alloc.hpp"

namespace mlw {

template <class T>
class GrowBuffer {
 public:
  GrowBuffer() = default;
  GrowBuffer(const GrowBuffer&) = delete;
  GrowBuffer& operator=(const GrowBuffer&) = delete;
  ~GrowBuffer() { mlw::release(data_); }

  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& back() { return data_[size_ - 1]; }
  void popBack() { --size_; }
  void clear() { size_ = 0; }

  bool reserve(size_t want) {
    if (want <= cap_) return true;
    size_t cap = cap_ < 64 ? 64 : cap_;
    while (cap < want) {
      if (cap > SIZE_MAX / 2 / sizeof(T)) return false;
      cap *= 2;
    }
    void* p = reallocate(data_, cap * sizeof(T));
    if (!p) return false;
    data_ = static_cast<T*>(p);
    cap_ = cap;
    return true;
  }

  bool push(T v) {
    if (size_ == cap_ && !reserve(size_ + 1)) return false;
    data_[size_++] = v;
    return true;
  }

  bool append(const T* p, size_t n) {
    if (n > SIZE_MAX - size_ || !reserve(size_ + n)) return false;
    std::memcpy(data_ + size_, p, n * sizeof(T));
    size_ += n;
    return true;
  }

  // Hands the storage to the caller (who frees it with std::free).
  T* release() {
    T* p = data_;
    data_ = nullptr;
    size_ = cap_ = 0;
    return p;
  }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
  size_t cap_ = 0;
};

}  // namespace mlw
