// The expression language of science_integrate, in JS: the twin of cpp/core/science_expr.cpp
// (the grammar is written out in cpp/core/science_expr.hpp). Same acceptance, same error
// (code, position), same postfix program, same floating-point operations in the same
// order. Never eval / new Function.

export const EXPR_MAX_DEPTH = 100;
export const EXPR_MAX_LENGTH = 10000;

export const ExprError = { None: 0, UnexpectedChar: 1, UnexpectedEnd: 2, UnknownName: 3, TooDeep: 4, NumberRange: 5, OutOfMemory: 6 };

// Opcodes, as ExprOp in science_expr.hpp.
const CONST = 0, X = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, POW = 6, NEG = 7;
const FUNCTIONS = { sin: 8, cos: 9, tan: 10, exp: 11, log: 12, sqrt: 13, abs: 14 };

const isBlank = (c) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c) => c >= 48 && c <= 57;
const isLetter = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function charShown(text, position) {
  const cp = text.codePointAt(position);
  if (cp < 0x20 || cp === 0x7f) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return String.fromCodePoint(cp);
}

/**
 * The one message table for both backends: the C++ parser reports (code, position) and
 * this turns it into text. Positions are UTF-16 indices; they equal the C++ byte offsets
 * because every error is found at or before the first non-ASCII character.
 */
export function exprErrorMessage(code, position, text) {
  switch (code) {
    case ExprError.UnexpectedChar:
      return `unexpected '${charShown(text, position)}' at position ${position}`;
    case ExprError.UnexpectedEnd:
      return `unexpected end of expression at position ${position}`;
    case ExprError.UnknownName: {
      let end = position;
      while (end < text.length && isLetter(text.charCodeAt(end))) end++;
      return `unknown name '${text.slice(position, end)}' at position ${position}`;
    }
    case ExprError.TooDeep:
      return `nesting deeper than ${EXPR_MAX_DEPTH} at position ${position}`;
    case ExprError.NumberRange:
      return `number out of range at position ${position}`;
    default:
      return `cannot compile the expression (error ${code}) at position ${position}`;
  }
}

class Fail {
  constructor(code, position) {
    this.code = code;
    this.position = position;
  }
}

/**
 * Compile `text` to a postfix program {ops, consts, maxStack}; on a syntax error returns
 * {error, position} instead. Recursion is bounded by EXPR_MAX_DEPTH.
 */
export function compileExpr(text) {
  const n = text.length;
  let pos = 0;
  let depth = 0;
  const ops = [];
  const consts = [];
  let stack = 0, maxStack = 0;

  const fail = (code, at) => { throw new Fail(code, at); };
  const code = () => (pos < n ? text.charCodeAt(pos) : -1);
  const skip = () => { while (pos < n && isBlank(text.charCodeAt(pos))) pos++; };
  const unexpectedHere = () => (pos >= n ? fail(ExprError.UnexpectedEnd, n) : fail(ExprError.UnexpectedChar, pos));
  const enter = (where) => { if (++depth > EXPR_MAX_DEPTH) fail(ExprError.TooDeep, where); };
  const emit = (op, value = 0) => {
    ops.push(op);
    consts.push(value);
    if (op === CONST || op === X) { if (++stack > maxStack) maxStack = stack; }
    else if (op >= ADD && op <= POW) stack--;
  };

  function expr() {
    term();
    for (;;) {
      skip();
      const c = code();
      if (c !== 43 && c !== 45) return; // + -
      pos++;
      skip();
      term();
      emit(c === 43 ? ADD : SUB);
    }
  }
  function term() {
    unary();
    for (;;) {
      skip();
      const c = code();
      if (c !== 42 && c !== 47) return; // * /
      pos++;
      skip();
      unary();
      emit(c === 42 ? MUL : DIV);
    }
  }
  function unary() {
    if (code() === 45) {
      enter(pos);
      pos++;
      skip();
      unary();
      depth--;
      emit(NEG);
      return;
    }
    power();
  }
  function power() {
    primary();
    skip();
    if (code() !== 94) return; // ^
    enter(pos);
    pos++;
    skip();
    unary();
    depth--;
    emit(POW);
  }
  function primary() {
    if (pos >= n) fail(ExprError.UnexpectedEnd, n);
    const c = code();
    if (isDigit(c) || (c === 46 && pos + 1 < n && isDigit(text.charCodeAt(pos + 1)))) return number();
    if (c === 40) return group();
    if (!isLetter(c)) fail(ExprError.UnexpectedChar, pos);
    const start = pos;
    while (pos < n && isLetter(text.charCodeAt(pos))) pos++;
    const name = text.slice(start, pos);
    if (name === 'x') return emit(X);
    if (name === 'pi') return emit(CONST, Math.PI);
    if (name === 'e') return emit(CONST, Math.E);
    if (!Object.hasOwn(FUNCTIONS, name)) fail(ExprError.UnknownName, start);
    skip();
    if (code() !== 40) unexpectedHere();
    group();
    emit(FUNCTIONS[name]);
  }
  // '(' expr ')', one nesting level deeper (a parenthesis or a function's argument).
  function group() {
    enter(pos);
    pos++;
    skip();
    expr();
    skip();
    if (code() !== 41) unexpectedHere();
    pos++;
    depth--;
  }
  function number() {
    const start = pos;
    while (pos < n && isDigit(text.charCodeAt(pos))) pos++;
    if (code() === 46) {
      pos++;
      while (pos < n && isDigit(text.charCodeAt(pos))) pos++;
    }
    const c = code();
    if (c === 101 || c === 69) { // an exponent only when digits follow
      let p = pos + 1;
      if (p < n && (text.charCodeAt(p) === 43 || text.charCodeAt(p) === 45)) p++;
      if (p < n && isDigit(text.charCodeAt(p))) {
        pos = p;
        while (pos < n && isDigit(text.charCodeAt(pos))) pos++;
      }
    }
    const v = Number(text.slice(start, pos));
    if (v === Infinity) fail(ExprError.NumberRange, start);
    emit(CONST, v);
  }

  try {
    skip();
    expr();
    skip();
    if (pos < n) fail(ExprError.UnexpectedChar, pos);
  } catch (e) {
    if (e instanceof Fail) return { error: e.code, position: e.position };
    throw e;
  }
  return { ops: Uint8Array.from(ops), consts: Float64Array.from(consts), maxStack };
}

/** base^exponent as exprPow in science_expr.cpp: binary powering for integer |n| <= 1024. */
export function exprPow(base, exponent) {
  if (exponent === Math.floor(exponent) && Math.abs(exponent) <= 1024) {
    let n = Math.abs(exponent);
    let result = 1, b = base;
    while (n > 0) {
      if (n & 1) result = result * b;
      n >>= 1;
      if (n > 0) b = b * b;
    }
    return exponent < 0 ? 1 / result : result;
  }
  return Math.pow(base, exponent);
}

/** Value of a compiled program at x; `stack` is a Float64Array of program.maxStack + 1. */
export function evaluateExpr({ ops, consts }, x, stack) {
  let sp = 0;
  for (let i = 0; i < ops.length; i++) {
    switch (ops[i]) {
      case CONST: stack[sp++] = consts[i]; break;
      case X: stack[sp++] = x; break;
      case ADD: sp--; stack[sp - 1] = stack[sp - 1] + stack[sp]; break;
      case SUB: sp--; stack[sp - 1] = stack[sp - 1] - stack[sp]; break;
      case MUL: sp--; stack[sp - 1] = stack[sp - 1] * stack[sp]; break;
      case DIV: sp--; stack[sp - 1] = stack[sp - 1] / stack[sp]; break;
      case POW: sp--; stack[sp - 1] = exprPow(stack[sp - 1], stack[sp]); break;
      case NEG: stack[sp - 1] = -stack[sp - 1]; break;
      case 8: stack[sp - 1] = Math.sin(stack[sp - 1]); break;
      case 9: stack[sp - 1] = Math.cos(stack[sp - 1]); break;
      case 10: stack[sp - 1] = Math.tan(stack[sp - 1]); break;
      case 11: stack[sp - 1] = Math.exp(stack[sp - 1]); break;
      case 12: stack[sp - 1] = Math.log(stack[sp - 1]); break;
      case 13: stack[sp - 1] = Math.sqrt(stack[sp - 1]); break;
      case 14: stack[sp - 1] = Math.abs(stack[sp - 1]); break;
    }
  }
  return stack[0];
}
