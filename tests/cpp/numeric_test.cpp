#include "core/numeric.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

// Decimal text of little-endian limbs, by repeated division by 10^9.
std::string toDecimal(std::vector<uint32_t> v) {
  if (v.empty()) return "0";
  std::string out;
  while (!v.empty()) {
    uint64_t rem = 0;
    for (size_t i = v.size(); i-- > 0;) {
      const uint64_t cur = (rem << 32) | v[i];
      v[i] = uint32_t(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (!v.empty() && v.back() == 0) v.pop_back();
    std::string chunk = std::to_string(rem);
    if (!v.empty()) chunk = std::string(9 - chunk.size(), '0') + chunk;
    out = chunk + out;
  }
  return out;
}

// Independent references on decimal strings.
std::string addDecimal(const std::string& a, const std::string& b) {
  std::string r;
  int carry = 0;
  for (size_t i = 0; i < a.size() || i < b.size() || carry; ++i) {
    int d = carry;
    if (i < a.size()) d += a[a.size() - 1 - i] - '0';
    if (i < b.size()) d += b[b.size() - 1 - i] - '0';
    r.insert(r.begin(), char('0' + d % 10));
    carry = d / 10;
  }
  return r;
}

std::string mulDecimalSmall(const std::string& a, uint32_t m) {
  std::string r;
  uint64_t carry = 0;
  for (size_t i = a.size(); i-- > 0;) {
    carry += uint64_t(a[i] - '0') * m;
    r.insert(r.begin(), char('0' + carry % 10));
    carry /= 10;
  }
  while (carry) {
    r.insert(r.begin(), char('0' + carry % 10));
    carry /= 10;
  }
  return r;
}

std::string fib(uint32_t n) {
  std::vector<uint32_t> out(mlw::fibonacciLimbCapacity(n));
  size_t len = 99;
  EXPECT_EQ(mlw::fibonacciExact(n, out.data(), out.size(), &len), mlw::Status::Ok);
  out.resize(len);
  return toDecimal(out);
}

std::string fact(uint32_t n) {
  std::vector<uint32_t> out(mlw::factorialLimbCapacity(n));
  size_t len = 99;
  EXPECT_EQ(mlw::factorialExact(n, out.data(), out.size(), &len), mlw::Status::Ok);
  out.resize(len);
  return toDecimal(out);
}

std::vector<uint64_t> factors(uint64_t n) {
  uint64_t out[mlw::kMaxPrimeFactors];
  size_t k = mlw::primeFactors(n, out);
  return std::vector<uint64_t>(out, out + k);
}

TEST(NumericFibonacci, SmallAndSafeBoundary) {
  EXPECT_EQ(fib(0), "0");
  EXPECT_EQ(fib(1), "1");
  EXPECT_EQ(fib(2), "1");
  EXPECT_EQ(fib(78), "8944394323791464");
  EXPECT_EQ(fib(79), "14472334024676221");
  EXPECT_EQ(fib(100), "354224848179261915075");
}

TEST(NumericFibonacci, MatchesDecimalAdditionUpTo1500) {
  std::string a = "0", b = "1";
  for (uint32_t n = 0; n <= 1500; ++n) {
    if (n <= 300 || n % 97 == 0 || n == 1000 || n == 1500) ASSERT_EQ(fib(n), a) << n;
    std::string c = addDecimal(a, b);
    a = b;
    b = c;
  }
  const std::string f1000 = fib(1000);
  EXPECT_EQ(f1000.size(), 209u);
  EXPECT_EQ(f1000.substr(0, 17), "43466557686937456");
  EXPECT_EQ(f1000.substr(200), "849228875");
}

TEST(NumericFibonacci, TooSmallBufferIsAnErrorNotAnOverflow) {
  uint32_t out[2];
  size_t len = 0;
  EXPECT_EQ(mlw::fibonacciExact(1000, out, 2, &len), mlw::Status::InvalidArgument);
}

TEST(NumericFibonacci, Recursive) {
  const uint32_t expect[] = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55};
  for (uint32_t n = 0; n <= 10; ++n) EXPECT_EQ(mlw::fibonacciRecursive(n), expect[n]);
  EXPECT_EQ(mlw::fibonacciRecursive(30), 832040u);
}

TEST(NumericFactorial, MatchesDecimalProduct) {
  EXPECT_EQ(fact(0), "1");
  EXPECT_EQ(fact(1), "1");
  EXPECT_EQ(fact(18), "6402373705728000");
  EXPECT_EQ(fact(20), "2432902008176640000");
  std::string ref = "1";
  for (uint32_t n = 1; n <= 700; ++n) {
    ref = mulDecimalSmall(ref, n);
    if (n < 100 || n % 53 == 0 || n == 700) ASSERT_EQ(fact(n), ref) << n;
  }
}

TEST(NumericFactorial, LargeBoundFitsItsCapacity) {
  EXPECT_EQ(fact(5000).size(), 16326u);  // 5000! has 16326 digits
}

TEST(NumericPrimeFactors, EdgeCases) {
  EXPECT_TRUE(factors(0).empty());
  EXPECT_TRUE(factors(1).empty());
  EXPECT_EQ(factors(2), (std::vector<uint64_t>{2}));
  EXPECT_EQ(factors(360), (std::vector<uint64_t>{2, 2, 2, 3, 3, 5}));
  EXPECT_EQ(factors(1ull << 63), std::vector<uint64_t>(63, 2));
  EXPECT_EQ(factors((1ull << 61) - 1), (std::vector<uint64_t>{(1ull << 61) - 1}));
  EXPECT_EQ(factors(18446744073709551557ull), (std::vector<uint64_t>{18446744073709551557ull}));
  EXPECT_EQ(factors(UINT64_MAX), (std::vector<uint64_t>{3, 5, 17, 257, 641, 65537, 6700417}));
}

TEST(NumericPrimeFactors, SquaresAndSemiprimesOfLargePrimes) {
  const uint64_t p = 4294967291ull, q = 4294967279ull;  // the two largest 32-bit primes
  EXPECT_EQ(factors(p * p), (std::vector<uint64_t>{p, p}));
  EXPECT_EQ(factors(p * q), (std::vector<uint64_t>{q, p}));
  const uint64_t r = 1000003, s = 998244353;
  EXPECT_EQ(factors(r * r * 17), (std::vector<uint64_t>{17, r, r}));
  EXPECT_EQ(factors(s * r), (std::vector<uint64_t>{r, s}));
  EXPECT_EQ(factors(1009ull * 1013 * 1019 * 1021), (std::vector<uint64_t>{1009, 1013, 1019, 1021}));
}

TEST(NumericPrimeFactors, ProductIsNAndFactorsArePrime) {
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 300; ++i) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    const uint64_t n = x >> (i % 40);
    auto f = factors(n);
    unsigned __int128 prod = 1;
    for (size_t k = 0; k < f.size(); ++k) {
      EXPECT_TRUE(mlw::isPrime64(f[k])) << n;
      if (k) EXPECT_LE(f[k - 1], f[k]);
      prod *= f[k];
    }
    if (n >= 2) EXPECT_EQ(uint64_t(prod), n);
  }
}

TEST(NumericGcdLcm, ZerosAndLargeValues) {
  EXPECT_EQ(mlw::gcd64(0, 0), 0u);
  EXPECT_EQ(mlw::gcd64(0, 7), 7u);
  EXPECT_EQ(mlw::gcd64(12, 18), 6u);
  EXPECT_EQ(mlw::gcd64(UINT64_MAX, UINT64_MAX - 1), 1u);
  uint64_t lo, hi;
  mlw::lcm64(0, 5, &lo, &hi);
  EXPECT_EQ(lo, 0u);
  EXPECT_EQ(hi, 0u);
  mlw::lcm64(4, 6, &lo, &hi);
  EXPECT_EQ(lo, 12u);
  mlw::lcm64(UINT64_MAX, UINT64_MAX - 1, &lo, &hi);
  const unsigned __int128 want = (unsigned __int128)UINT64_MAX * (UINT64_MAX - 1);
  EXPECT_EQ(lo, uint64_t(want));
  EXPECT_EQ(hi, uint64_t(want >> 64));
}

}  // namespace
