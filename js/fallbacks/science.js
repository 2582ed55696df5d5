// JS fallback for science_integrate: composite Simpson's rule in exactly the order of
// cpp/core/science.hpp, over a program from science_expr.js.
import { compileExpr, evaluateExpr } from './science_expr.js';

/** {value} or {error, position} (a syntax error in `text`). */
export function scienceIntegrate(text, a, b, n) {
  const program = compileExpr(text);
  if (program.error) return program;
  const stack = new Float64Array(program.maxStack + 1);
  const f = (x) => evaluateExpr(program, x, stack);
  const h = (b - a) / n;
  let odd = 0, even = 0;
  for (let i = 1; i < n; i += 2) odd = odd + f(a + i * h);
  for (let i = 2; i < n; i += 2) even = even + f(a + i * h);
  const total = ((f(a) + 4 * odd) + 2 * even) + f(a + n * h);
  return { value: (total * h) / 3 };
}
