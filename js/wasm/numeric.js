// WASM side of the numeric_ family: marshalling only. Big results come back as 32-bit
// limbs and become a BigInt through one hex string (no per-limb BigInt arithmetic).
import { withHeap } from './heap.js';
import { checkStatus } from './status.js';

// Two hex digits per byte from a table: about 3x faster than toString(16) per limb.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Little-endian 32-bit limbs (a view on the heap is fine: it is read once) → BigInt. */
export function limbsToBigInt(limbs) {
  if (limbs.length === 0) return 0n;
  // WebAssembly memory is little-endian, so the bytes of the limbs are the number's bytes.
  const bytes = new Uint8Array(limbs.buffer, limbs.byteOffset, limbs.length * 4);
  let hex = '0x';
  for (let i = bytes.length - 1; i >= 0; i--) hex += HEX[bytes[i]];
  return BigInt(hex);
}

function split(big) {
  return [Number(big & 0xffffffffn), Number(big >> 32n)];
}

function exactLimbs(instance, operation, n, entry, capacityEntry) {
  return withHeap(instance, operation, (heap, M) => {
    const cap = M[capacityEntry](n);
    const out = heap.alloc(cap * 4);
    const lenAt = heap.alloc(4);
    // (Capacity is computed by the kernel itself: any status but Ok/OutOfMemory is internal.)
    checkStatus(instance, operation, M[entry](n, out, cap, lenAt));
    const len = heap.view(Uint32Array, lenAt, 1)[0];
    return limbsToBigInt(heap.view(Uint32Array, out, len));
  });
}

export const fibonacciBig = (instance, operation, n) =>
  exactLimbs(instance, operation, n, 'numeric_fibonacci', 'numeric_fibonacci_capacity');

export const factorialBig = (instance, operation, n) =>
  exactLimbs(instance, operation, n, 'numeric_factorial', 'numeric_factorial_capacity');

export function fibonacciRecursive(instance, n) {
  return instance.module.numeric_fibonacci_recursive(n);
}

/** Prime factors of a BigInt 1 <= n < 2^64, as BigInts. */
export function primeFactorsBig(instance, operation, n) {
  return withHeap(instance, operation, (heap, M) => {
    const out = heap.alloc(64 * 8);
    const [lo, hi] = split(n);
    const count = M.numeric_prime_factors(lo, hi, out);
    const words = heap.view(Uint32Array, out, count * 2);
    const result = new Array(count);
    for (let i = 0; i < count; i++) result[i] = (BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i]);
    return result;
  });
}

/** gcd and lcm of magnitudes (BigInt, < 2^64). */
export function gcdBig(instance, operation, a, b) {
  return withHeap(instance, operation, (heap, M) => {
    const out = heap.alloc(8);
    M.numeric_gcd(...split(a), ...split(b), out);
    const w = heap.view(Uint32Array, out, 2);
    return (BigInt(w[1]) << 32n) | BigInt(w[0]);
  });
}

export function lcmBig(instance, operation, a, b) {
  return withHeap(instance, operation, (heap, M) => {
    const out = heap.alloc(16);
    M.numeric_lcm(...split(a), ...split(b), out);
    return limbsToBigInt(heap.view(Uint32Array, out, 4));
  });
}
