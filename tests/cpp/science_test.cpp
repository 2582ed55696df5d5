#include "core/science.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

double integrate(const std::string& s, double a, double b, int64_t n) {
  double r = NAN;
  size_t pos = 0;
  EXPECT_EQ(mlw::scienceIntegrate(s.data(), s.size(), a, b, n, &r, &pos), mlw::ExprError::None) << s;
  return r;
}

TEST(ScienceIntegrate, ExactForCubics) {
  EXPECT_NEAR(integrate("x^3 - 2*x + 1", 0, 2, 2), 4 - 4 + 2, 1e-14);
  EXPECT_NEAR(integrate("x^2", -1, 2, 10), 3, 1e-14);
}

TEST(ScienceIntegrate, ConvergesForTranscendentals) {
  EXPECT_NEAR(integrate("sin(x)", 0, M_PI, 1000), 2, 1e-11);
  EXPECT_NEAR(integrate("exp(x)", 0, 1, 1000), M_E - 1, 1e-12);
  EXPECT_NEAR(integrate("1/x", 1, M_E, 1000), 1, 1e-11);
}

TEST(ScienceIntegrate, ReversedBoundsNegateAndEmptyInterval) {
  EXPECT_NEAR(integrate("x", 1, 0, 4), -0.5, 1e-15);
  EXPECT_EQ(integrate("x", 3, 3, 4), 0);
}

TEST(ScienceIntegrate, DocumentedSummationOrder) {
  // n = 4 by hand, in the documented order.
  const double a = 0.1, b = 0.7, h = (b - a) / 4;
  auto f = [](double x) { return x * x * 3 + 1 / x; };
  double x[5];
  for (int i = 0; i <= 4; ++i) x[i] = a + i * h;
  double odd = 0 + f(x[1]);
  odd = odd + f(x[3]);
  double even = 0 + f(x[2]);
  double expected = (((f(x[0]) + 4 * odd) + 2 * even) + f(x[4])) * h / 3;
  EXPECT_EQ(integrate("x * x * 3 + 1 / x", a, b, 4), expected);
}

TEST(ScienceIntegrate, SyntaxErrorLeavesResultAlone) {
  double r = 12345;
  size_t pos = 0;
  std::string s = "x + y";
  EXPECT_EQ(mlw::scienceIntegrate(s.data(), s.size(), 0, 1, 2, &r, &pos), mlw::ExprError::UnknownName);
  EXPECT_EQ(pos, 4u);
  EXPECT_EQ(r, 12345);
}

}  // namespace
