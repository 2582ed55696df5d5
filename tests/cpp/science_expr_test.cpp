#include "core/science_expr.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace {

struct Result {
  mlw::ExprError error;
  size_t position;
  double value;
};

Result eval(const std::string& s, double x = 0) {
  mlw::ExprProgram p;
  size_t pos = 0;
  mlw::ExprError e = p.compile(s.data(), s.size(), &pos);
  if (e != mlw::ExprError::None) return {e, pos, 0};
  std::vector<double> stack(p.stackSize() + 1);
  return {e, pos, p.evaluate(x, stack.data())};
}

double val(const std::string& s, double x = 0) {
  Result r = eval(s, x);
  EXPECT_EQ(r.error, mlw::ExprError::None) << s << " at " << r.position;
  return r.value;
}

using E = mlw::ExprError;

TEST(Expr, Precedence) {
  EXPECT_EQ(val("1 + 2 * 3"), 7);
  EXPECT_EQ(val("(1 + 2) * 3"), 9);
  EXPECT_EQ(val("2 ^ 3 ^ 2"), 512);  // right-associative
  EXPECT_EQ(val("-x^2", 3), -9);     // -(x^2)
  EXPECT_EQ(val("2^-1"), 0.5);
  EXPECT_EQ(val("--x", 4), 4);
  EXPECT_EQ(val("8 / 4 / 2"), 1);  // left-associative
  EXPECT_EQ(val("8 - 4 - 2"), 2);
  EXPECT_EQ(val("2 * -3"), -6);
  EXPECT_EQ(val("x*x - 2*x + 1", 5), 16);
}

TEST(Expr, NumbersConstantsFunctions) {
  EXPECT_EQ(val("1.5e3"), 1500);
  EXPECT_EQ(val(".25"), 0.25);
  EXPECT_EQ(val("3."), 3);
  EXPECT_EQ(val("1E-2"), 0.01);
  EXPECT_EQ(val("pi"), M_PI);
  EXPECT_EQ(val("e"), M_E);
  EXPECT_EQ(val("sqrt(16) + abs(-2)"), 6);
  EXPECT_EQ(val("sin(0) + cos(0) + tan(0) + exp(0) + log(1)"), 2);
  EXPECT_EQ(val("1e308 * 10"), INFINITY);  // overflow while evaluating is allowed
  EXPECT_EQ(val("1e-400"), 0);             // underflow of a literal is fine
  EXPECT_EQ(val(std::string(300, '9')), 1e300);            // long literals round correctly
  EXPECT_EQ(eval(std::string(400, '9')).error, mlw::ExprError::NumberRange);
}

TEST(Expr, IntegerPowersAreBinaryPowering) {
  EXPECT_EQ(mlw::exprPow(3, 0), 1);
  EXPECT_EQ(mlw::exprPow(0, 0), 1);
  EXPECT_EQ(mlw::exprPow(2, 10), 1024);
  EXPECT_EQ(mlw::exprPow(2, -2), 0.25);
  EXPECT_EQ(mlw::exprPow(1.1, 3), (1.1 * (1.1 * 1.1)));  // result = b, then b^2 * b
  EXPECT_EQ(mlw::exprPow(4, 0.5), 2);
}

TEST(Expr, ErrorsWithPositions) {
  struct Case {
    const char* text;
    E error;
    size_t position;
  };
  const Case cases[] = {
      {"", E::UnexpectedEnd, 0},       {"   ", E::UnexpectedEnd, 3},     {"x +", E::UnexpectedEnd, 3},
      {"x + y", E::UnknownName, 4},    {"x y", E::UnexpectedChar, 2},    {"(x", E::UnexpectedEnd, 2},
      {"x)", E::UnexpectedChar, 1},    {"sin x", E::UnexpectedChar, 4},  {"sin", E::UnexpectedEnd, 3},
      {"2e", E::UnexpectedChar, 1},    {"1.2.3", E::UnexpectedChar, 3},  {".", E::UnexpectedChar, 0},
      {"x $ 1", E::UnexpectedChar, 2}, {"1e999", E::NumberRange, 0},     {"2 * 1e400", E::NumberRange, 4},
      {"foo(x)", E::UnknownName, 0},   {"X", E::UnknownName, 0},         {"x ** 2", E::UnexpectedChar, 3},
      {"+x", E::UnexpectedChar, 0},    {"\xc3\xa9", E::UnexpectedChar, 0}, {"()", E::UnexpectedChar, 1},
      {"sin()", E::UnexpectedChar, 4}, {"xx", E::UnknownName, 0},
  };
  for (const Case& c : cases) {
    Result r = eval(c.text);
    EXPECT_EQ(r.error, c.error) << "'" << c.text << "'";
    EXPECT_EQ(r.position, c.position) << "'" << c.text << "'";
  }
  Result nul = eval(std::string("x\0", 2));
  EXPECT_EQ(nul.error, E::UnexpectedChar);
  EXPECT_EQ(nul.position, 1u);
}

TEST(Expr, DepthLimit) {
  auto nested = [](int d) { return std::string(d, '(') + "x" + std::string(d, ')'); };
  EXPECT_EQ(val(nested(mlw::kExprMaxDepth), 2), 2);
  Result deep = eval(nested(mlw::kExprMaxDepth + 1));
  EXPECT_EQ(deep.error, E::TooDeep);
  EXPECT_EQ(deep.position, size_t(mlw::kExprMaxDepth));
  EXPECT_EQ(eval(std::string(100000, '(')).error, E::TooDeep);
  EXPECT_EQ(eval(std::string(100000, '-') + "x").error, E::TooDeep);
  EXPECT_EQ(val(std::string(100, '-') + "x", 3), 3);
  std::string tower = "1";
  for (int i = 0; i < 101; ++i) tower += "^1";
  EXPECT_EQ(eval(tower).error, E::TooDeep);
  // Long flat expressions are not deep.
  std::string sum = "x";
  for (int i = 0; i < 3000; ++i) sum += "+x";
  EXPECT_EQ(val(sum, 1), 3001);
}

}  // namespace
