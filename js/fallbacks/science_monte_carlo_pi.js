// JS fallback for science_monte_carlo_pi: the same blocks, generators and hits as
// cpp/core/science_monte_carlo_pi.hpp (read that header for the definition). 32-bit
// integer arithmetic only (Math.imul, >>>), no BigInt.

export const MONTE_CARLO_BLOCK = 65536;
export const MONTE_CARLO_MAX_SAMPLES = 2 ** 32;
export const MONTE_CARLO_DEFAULT_SEED = 42;
const LIMIT = 2 ** 48;

function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function blockHits(seed, block, count) {
  const base = Math.imul(block, 4);
  let s0 = fmix32((seed + Math.imul(0x9e3779b9, (base + 1) | 0)) | 0);
  let s1 = fmix32((seed + Math.imul(0x9e3779b9, (base + 2) | 0)) | 0);
  let s2 = fmix32((seed + Math.imul(0x9e3779b9, (base + 3) | 0)) | 0);
  let s3 = fmix32((seed + Math.imul(0x9e3779b9, (base + 4) | 0)) | 0);
  let hits = 0;
  for (let k = 0; k < count; k++) {
    // xoshiro128**, twice: u then v.
    let m = Math.imul(s1, 5);
    const u = Math.imul((m << 7) | (m >>> 25), 9) >>> 8;
    let t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
    m = Math.imul(s1, 5);
    const v = Math.imul((m << 7) | (m >>> 25), 9) >>> 8;
    t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
    // u, v < 2^24: the products and the sum are exact doubles.
    if (u * u + v * v <= LIMIT) hits++;
  }
  return hits;
}

/** Hits in blocks [blockBegin, blockEnd) of a run of `samples` samples. */
export function monteCarloPiHits(seed, samples, blockBegin, blockEnd) {
  let hits = 0;
  for (let b = blockBegin; b < blockEnd; b++) {
    const start = b * MONTE_CARLO_BLOCK;
    if (start >= samples) break;
    hits += blockHits(seed, b, Math.min(samples - start, MONTE_CARLO_BLOCK));
  }
  return hits;
}

/** 4 * hits / samples. */
export function monteCarloPi(seed, samples) {
  const blocks = Math.ceil(samples / MONTE_CARLO_BLOCK);
  return (4 * monteCarloPiHits(seed, samples, 0, blocks)) / samples;
}
