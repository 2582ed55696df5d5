// The expression language of science_integrate: a small safe grammar compiled to a
// postfix program, never evaluated as code. The JS twin is js/fallbacks/science_expr.js;
// both must accept the same texts, reject the others with the same (code, position),
// and evaluate with the same floating-point operations in the same order.
//
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | '/') unary)*
//   unary   := '-' unary | power                -x^2 is -(x^2), as in mathematics
//   power   := primary ('^' unary)?             right-associative: 2^3^2 = 2^(3^2); 2^-1 ok
//   primary := number | 'x' | 'pi' | 'e' | func '(' expr ')' | '(' expr ')'
//   func    := sin | cos | tan | exp | log | sqrt | abs
//   number  := digits ['.' digits*] | '.' digits, then optionally [eE] [+-]? digits
// Blanks (space, tab, CR, LF) separate tokens. Names are case-sensitive ASCII letters.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// Error codes; js/fallbacks/science_expr.js turns (code, position) into the message.
enum class ExprError : int32_t {
  None = 0,
  UnexpectedChar = 1,  // "unexpected 'c' at position p"
  UnexpectedEnd = 2,   // "unexpected end of expression at position p"
  UnknownName = 3,     // "unknown name 'foo' at position p"
  TooDeep = 4,         // "nesting deeper than 100 at position p"
  NumberRange = 5,     // "number out of range at position p" (literal overflows to Infinity)
  OutOfMemory = 6,
};

constexpr int kExprMaxDepth = 100;        // parentheses, unary minus and '^' all count
constexpr size_t kExprMaxLength = 10000;  // bytes of UTF-8; checked by the caller too

enum class ExprOp : uint8_t { Const, X, Add, Sub, Mul, Div, Pow, Neg, Sin, Cos, Tan, Exp, Log, Sqrt, Abs };

struct ExprInstr {
  ExprOp op;
  double value;  // for Const
};

// A compiled expression. Owns its instructions (malloc'd; freed by the destructor).
class ExprProgram {
 public:
  ExprProgram() = default;
  ExprProgram(const ExprProgram&) = delete;
  ExprProgram& operator=(const ExprProgram&) = delete;
  ~ExprProgram();

  // Compiles `text` (len bytes, not NUL-terminated). On failure returns the error and
  // sets *position to the byte offset where it was found; the program is then empty.
  ExprError compile(const char* text, size_t len, size_t* position);

  // Value at x. `stack` must hold stackSize() doubles.
  double evaluate(double x, double* stack) const;
  size_t stackSize() const { return maxStack_; }
  size_t size() const { return count_; }

 private:
  ExprInstr* code_ = nullptr;
  size_t count_ = 0;
  size_t maxStack_ = 0;
};

// base^exponent as the expression language defines it: an integer exponent with
// |n| <= 1024 by binary powering (exactly the same multiplications in JS), else std::pow.
double exprPow(double base, double exponent);

}  // namespace mlw
