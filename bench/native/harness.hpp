// The native comparison harness: each bench/native/<family>.cpp registers its workloads
// (ids and sizes the same as bench/workloads.mjs, inputs from the same seeded generator),
// calling the very cpp/core functions the WebAssembly bindings call. main.cpp times them.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mlwbench {

// One timed call; returns false when its result is wrong (checked outside the timing
// by the workload's own code on the final output).
struct Workload {
  std::string id;
  // Prepares inputs for the size (quick or full) and returns the call to time and a check.
  std::function<void(bool quick, std::function<void()>& call, std::function<bool()>& check)> setup;
};

std::vector<Workload>& registry();

struct Register {
  Register(std::string id, decltype(Workload::setup) setup) { registry().push_back({std::move(id), std::move(setup)}); }
};

// mulberry32, bit for bit the generator of bench/checks.mjs, so both time the same input.
class Rng {
 public:
  explicit Rng(uint32_t seed) : a_(seed) {}
  uint32_t next32() {
    a_ += 0x6d2b79f5u;
    uint32_t t = a_;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return t ^ (t >> 14);
  }
  double next() { return next32() / 4294967296.0; }

 private:
  uint32_t a_;
};

// randomBytes(n, seed) of bench/checks.mjs: (next() * 256) | 0 is the top byte.
inline std::vector<uint8_t> randomBytes(size_t n, uint32_t seed) {
  Rng r(seed);
  std::vector<uint8_t> out(n);
  for (auto& b : out) b = static_cast<uint8_t>(r.next32() >> 24);
  return out;
}

}  // namespace mlwbench
