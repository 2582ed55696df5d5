#include "core/alloc.hpp"
#include "core/science_expr.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

namespace mlw {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Name {
  const char* text;
  ExprOp op;
};
// Functions; the constants pi and e and the variable x are handled in primary().
const Name kFunctions[] = {{"sin", ExprOp::Sin}, {"cos", ExprOp::Cos},   {"tan", ExprOp::Tan}, {"exp", ExprOp::Exp},
                           {"log", ExprOp::Log}, {"sqrt", ExprOp::Sqrt}, {"abs", ExprOp::Abs}};

// Recursive descent over bytes. Recursion is bounded by kExprMaxDepth, so the C stack
// stays small whatever the input.
class Parser {
 public:
  Parser(const char* s, size_t n, ExprInstr* out) : s_(s), n_(n), out_(out) {}

  ExprError run(size_t* position, size_t* count, size_t* maxStack) {
    skip();
    if (expr()) {
      skip();
      if (pos_ < n_) fail(ExprError::UnexpectedChar, pos_);
    }
    *position = errPos_;
    *count = count_;
    *maxStack = maxStack_;
    return err_;
  }

 private:
  bool fail(ExprError e, size_t at) {
    if (err_ == ExprError::None) {
      err_ = e;
      errPos_ = at;
    }
    return false;
  }
  // A missing token: at the end of input that is UnexpectedEnd, else the char found.
  bool unexpectedHere() {
    return pos_ >= n_ ? fail(ExprError::UnexpectedEnd, n_) : fail(ExprError::UnexpectedChar, pos_);
  }
  void skip() {
    while (pos_ < n_ && isBlank(s_[pos_])) ++pos_;
  }
  bool at(char c) const { return pos_ < n_ && s_[pos_] == c; }
  void emit(ExprOp op, double v = 0) {
    out_[count_++] = ExprInstr{op, v};
    if (op == ExprOp::Const || op == ExprOp::X) {
      if (++stack_ > maxStack_) maxStack_ = stack_;
    } else if (op == ExprOp::Add || op == ExprOp::Sub || op == ExprOp::Mul || op == ExprOp::Div ||
               op == ExprOp::Pow) {
      --stack_;
    }
  }
  bool enter(size_t where) {
    if (++depth_ > kExprMaxDepth) return fail(ExprError::TooDeep, where);
    return true;
  }

  bool expr() {
    if (!term()) return false;
    for (;;) {
      skip();
      if (!at('+') && !at('-')) return true;
      ExprOp op = s_[pos_] == '+' ? ExprOp::Add : ExprOp::Sub;
      ++pos_;
      skip();
      if (!term()) return false;
      emit(op);
    }
  }

  bool term() {
    if (!unary()) return false;
    for (;;) {
      skip();
      if (!at('*') && !at('/')) return true;
      ExprOp op = s_[pos_] == '*' ? ExprOp::Mul : ExprOp::Div;
      ++pos_;
      skip();
      if (!unary()) return false;
      emit(op);
    }
  }

  bool unary() {
    if (at('-')) {
      if (!enter(pos_)) return false;
      ++pos_;
      skip();
      if (!unary()) return false;
      --depth_;
      emit(ExprOp::Neg);
      return true;
    }
    return power();
  }

  bool power() {
    if (!primary()) return false;
    skip();
    if (!at('^')) return true;
    if (!enter(pos_)) return false;
    ++pos_;
    skip();
    if (!unary()) return false;
    --depth_;
    emit(ExprOp::Pow);
    return true;
  }

  bool primary() {
    if (pos_ >= n_) return fail(ExprError::UnexpectedEnd, n_);
    char c = s_[pos_];
    if (isDigit(c) || (c == '.' && pos_ + 1 < n_ && isDigit(s_[pos_ + 1]))) return number();
    if (c == '(') {
      if (!enter(pos_)) return false;
      ++pos_;
      skip();
      if (!expr()) return false;
      skip();
      if (!at(')')) return unexpectedHere();
      ++pos_;
      --depth_;
      return true;
    }
    if (!isLetter(c)) return fail(ExprError::UnexpectedChar, pos_);
    size_t start = pos_;
    while (pos_ < n_ && isLetter(s_[pos_])) ++pos_;
    size_t len = pos_ - start;
    auto is = [&](const char* w) { return std::strlen(w) == len && std::memcmp(w, s_ + start, len) == 0; };
    if (is("x")) return emit(ExprOp::X), true;
    // The same doubles as Math.PI and Math.E.
    if (is("pi")) return emit(ExprOp::Const, 3.141592653589793), true;
    if (is("e")) return emit(ExprOp::Const, 2.718281828459045), true;
    for (const Name& f : kFunctions) {
      if (!is(f.text)) continue;
      skip();
      if (!at('(')) return unexpectedHere();
      if (!enter(pos_)) return false;
      ++pos_;
      skip();
      if (!expr()) return false;
      skip();
      if (!at(')')) return unexpectedHere();
      ++pos_;
      --depth_;
      emit(f.op);
      return true;
    }
    return fail(ExprError::UnknownName, start);
  }

  bool number() {
    size_t start = pos_;
    while (pos_ < n_ && isDigit(s_[pos_])) ++pos_;
    if (at('.')) {
      ++pos_;
      while (pos_ < n_ && isDigit(s_[pos_])) ++pos_;
    }
    // An exponent only when digits follow; otherwise 'e' is left for the next token.
    if (at('e') || at('E')) {
      size_t p = pos_ + 1;
      if (p < n_ && (s_[p] == '+' || s_[p] == '-')) ++p;
      if (p < n_ && isDigit(s_[p])) {
        pos_ = p;
        while (pos_ < n_ && isDigit(s_[pos_])) ++pos_;
      }
    }
    size_t len = pos_ - start;
    char* buf = static_cast<char*>(allocate(len + 1));
    if (!buf) return fail(ExprError::OutOfMemory, start);
    std::memcpy(buf, s_ + start, len);
    buf[len] = '\0';
    double v = std::strtod(buf, nullptr);  // correctly rounded, like JS Number()
    release(buf);
    if (std::isinf(v)) return fail(ExprError::NumberRange, start);
    emit(ExprOp::Const, v);
    return true;
  }

  const char* s_;
  size_t n_;
  size_t pos_ = 0;
  ExprInstr* out_;
  size_t count_ = 0;
  size_t stack_ = 0, maxStack_ = 0;
  int depth_ = 0;
  ExprError err_ = ExprError::None;
  size_t errPos_ = 0;
};

}  // namespace

ExprProgram::~ExprProgram() { release(code_); }

ExprError ExprProgram::compile(const char* text, size_t len, size_t* position) {
  release(code_);
  code_ = nullptr;
  count_ = maxStack_ = 0;
  *position = 0;
  // Every token emits at most one instruction, and a token is at least one byte.
  auto* code = static_cast<ExprInstr*>(allocate(checkedBytes(len + 1, sizeof(ExprInstr))));
  if (!code) return ExprError::OutOfMemory;
  size_t count = 0, maxStack = 0;
  ExprError e = Parser(text, len, code).run(position, &count, &maxStack);
  if (e != ExprError::None) {
    release(code);
    return e;
  }
  code_ = code;
  count_ = count;
  maxStack_ = maxStack;
  return ExprError::None;
}

double exprPow(double base, double exponent) {
  if (exponent == std::floor(exponent) && std::fabs(exponent) <= 1024) {
    // Binary powering: the JS side performs exactly these multiplications, so integer
    // powers agree bit for bit (Math.pow and libm pow need not).
    int n = static_cast<int>(std::fabs(exponent));
    double result = 1, b = base;
    while (n > 0) {
      if (n & 1) result = result * b;
      n >>= 1;
      if (n > 0) b = b * b;
    }
    return exponent < 0 ? 1 / result : result;
  }
  return std::pow(base, exponent);
}

double ExprProgram::evaluate(double x, double* stack) const {
  size_t sp = 0;
  for (size_t i = 0; i < count_; ++i) {
    const ExprInstr& in = code_[i];
    switch (in.op) {
      case ExprOp::Const: stack[sp++] = in.value; break;
      case ExprOp::X: stack[sp++] = x; break;
      case ExprOp::Add: --sp; stack[sp - 1] = stack[sp - 1] + stack[sp]; break;
      case ExprOp::Sub: --sp; stack[sp - 1] = stack[sp - 1] - stack[sp]; break;
      case ExprOp::Mul: --sp; stack[sp - 1] = stack[sp - 1] * stack[sp]; break;
      case ExprOp::Div: --sp; stack[sp - 1] = stack[sp - 1] / stack[sp]; break;
      case ExprOp::Pow: --sp; stack[sp - 1] = exprPow(stack[sp - 1], stack[sp]); break;
      case ExprOp::Neg: stack[sp - 1] = -stack[sp - 1]; break;
      case ExprOp::Sin: stack[sp - 1] = std::sin(stack[sp - 1]); break;
      case ExprOp::Cos: stack[sp - 1] = std::cos(stack[sp - 1]); break;
      case ExprOp::Tan: stack[sp - 1] = std::tan(stack[sp - 1]); break;
      case ExprOp::Exp: stack[sp - 1] = std::exp(stack[sp - 1]); break;
      case ExprOp::Log: stack[sp - 1] = std::log(stack[sp - 1]); break;
      case ExprOp::Sqrt: stack[sp - 1] = std::sqrt(stack[sp - 1]); break;
      case ExprOp::Abs: stack[sp - 1] = std::fabs(stack[sp - 1]); break;
    }
  }
  return stack[0];
}

}  // namespace mlw
