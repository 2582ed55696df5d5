// JS fallbacks for the numeric_ family: the same values as cpp/core/numeric.cpp.
// Exact results are BigInt internally; js/registry/numeric.js decides Number vs BigInt.

/** F(n) by naive double recursion (the call-heavy benchmark workload; no memo on purpose). */
export function fibonacciRecursive(n) {
  return n < 2 ? n : fibonacciRecursive(n - 1) + fibonacciRecursive(n - 2);
}

/** Exact F(n) as a BigInt, by fast doubling (V8's BigInt multiply is already sub-quadratic). */
export function fibonacciBig(n) {
  let a = 0n;
  let b = 1n;
  for (let bit = 31 - Math.clz32(n); bit >= 0 && n > 0; bit--) {
    const c = a * (2n * b - a);
    const d = a * a + b * b;
    if ((n >>> bit) & 1) {
      a = d;
      b = c + d;
    } else {
      a = c;
      b = d;
    }
  }
  return a;
}

/** n! as a BigInt; factors are grouped into Number products below 2^32 first, like the kernel. */
export function factorialBig(n) {
  let acc = 1n;
  let m = 1;
  for (let i = 2; i <= n; i++) {
    if (m * i > 0xffffffff) {
      acc *= BigInt(m);
      m = 1;
    }
    m *= i;
  }
  return acc * BigInt(m);
}

const BASES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];

function powMod(base, e, m) {
  let r = 1n % m;
  base %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  return r;
}

/** Deterministic Miller-Rabin for n < 2^64 (the same twelve bases as the kernel). */
export function isPrime(n) {
  if (n < 2n) return false;
  for (const p of BASES) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of BASES) {
    let x = powMod(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

export function gcdBig(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}

const absDiff = (x, y) => (x > y ? x - y : y - x);

function pollardBrent(n) {
  for (let c = 1n; ; c++) {
    const f = (x) => (x * x + c) % n;
    let y = 2n;
    let x = 2n;
    let ys = 2n;
    let q = 1n;
    let g = 1n;
    const m = 128n;
    for (let r = 1n; g === 1n; r <<= 1n) {
      x = y;
      for (let i = 0n; i < r; i++) y = f(y);
      for (let k = 0n; k < r && g === 1n; k += m) {
        ys = y;
        const steps = r - k < m ? r - k : m;
        for (let i = 0n; i < steps; i++) {
          y = f(y);
          q = (q * absDiff(x, y)) % n;
        }
        g = gcdBig(q, n);
      }
    }
    if (g === n) {
      do {
        ys = f(ys);
        g = gcdBig(absDiff(x, ys), n);
      } while (g === 1n);
    }
    if (g !== n) return g;
  }
}

function factorInto(n, out) {
  if (n === 1n) return;
  if (isPrime(n)) {
    out.push(n);
    return;
  }
  const d = pollardBrent(n);
  factorInto(d, out);
  factorInto(n / d, out);
}

/** Prime factors of n (BigInt, 1 <= n < 2^64), ascending with multiplicity, as BigInts. */
export function primeFactorsBig(n) {
  const out = [];
  while (n > 1n && !(n & 1n)) {
    out.push(2n);
    n >>= 1n;
  }
  // Trial division on Numbers while the cofactor is safe: far cheaper than BigInt.
  for (let p = 3; p < 1024; p += 2) {
    const bp = BigInt(p);
    if (bp * bp > n) break;
    while (n % bp === 0n) {
      out.push(bp);
      n /= bp;
    }
  }
  const rest = [];
  if (n > 1n) {
    if (n < 1048576n) rest.push(n);
    else factorInto(n, rest);
  }
  rest.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return out.concat(rest);
}
