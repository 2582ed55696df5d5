// JS fallback for image_blur: the same bytes as cpp/core/image_blur.cpp (see the formulas
// there). Separable: horizontal pass rounded to bytes, then vertical pass; edges clamp.

export const BLUR_MAX_RADIUS = 1000;
const SCALE_BITS = 20;
const HALF = 1 << (SCALE_BITS - 1);

/** exp(-t) for 0 <= t <= 2 from + - * / only, in the same order as blurExpNeg in C++. */
export function blurExpNeg(t) {
  const z = -t / 8;
  let q = 1;
  for (let k = 14; k >= 1; k--) q = 1 + (z / k) * q;
  q = q * q;
  q = q * q;
  return q * q;
}

/** Integer weights W_0..W_r (sigma = r/2) with W_0 + 2*(W_1+...+W_r) = 2^20. */
export function gaussianWeights(radius) {
  const rr = radius * radius;
  const w = new Float64Array(radius + 1);
  let total = 0;
  for (let i = 0; i <= radius; i++) {
    w[i] = blurExpNeg((2 * i * i) / rr);
    total = i === 0 ? w[0] : total + 2 * w[i];
  }
  const scale = 2 ** SCALE_BITS;
  // Int32Array, not Uint32Array: engines keep int32 elements in integer registers.
  const out = new Int32Array(radius + 1);
  let tails = 0;
  for (let i = 1; i <= radius; i++) {
    out[i] = Math.floor((w[i] * scale) / total + 0.5);
    tails += out[i];
  }
  out[0] = scale - 2 * tails;
  return out;
}

// (x + r) / d for every reachable x, as a table: cheaper than a division per byte.
function boxTable(r) {
  const d = 2 * r + 1;
  const table = new Uint8Array(255 * d + 1);
  for (let x = 0; x < table.length; x++) table[x] = Math.floor((x + r) / d);
  return table;
}

function boxHorizontal(src, dst, w, h, r, table) {
  const last = w - 1;
  for (let y = 0; y < h; y++) {
    const row = y * w * 4;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = -r; i <= r; i++) {
      const p = row + (i < 0 ? 0 : i > last ? last : i) * 4;
      s0 += src[p]; s1 += src[p + 1]; s2 += src[p + 2]; s3 += src[p + 3];
    }
    for (let x = 0; x < w; x++) {
      const o = row + x * 4;
      dst[o] = table[s0]; dst[o + 1] = table[s1]; dst[o + 2] = table[s2]; dst[o + 3] = table[s3];
      const a = row + (x + r + 1 < w ? x + r + 1 : last) * 4;
      const s = row + (x - r > 0 ? x - r : 0) * 4;
      s0 += src[a] - src[s]; s1 += src[a + 1] - src[s + 1];
      s2 += src[a + 2] - src[s + 2]; s3 += src[a + 3] - src[s + 3];
    }
  }
}

function boxVertical(src, dst, w, h, r, table) {
  const n = w * 4;
  const sums = new Int32Array(n);
  for (let i = -r; i <= r; i++) {
    const row = (i < 0 ? 0 : i > h - 1 ? h - 1 : i) * n;
    for (let j = 0; j < n; j++) sums[j] += src[row + j];
  }
  for (let y = 0; y < h; y++) {
    const out = y * n;
    const add = (y + r + 1 < h ? y + r + 1 : h - 1) * n;
    const sub = (y - r > 0 ? y - r : 0) * n;
    for (let j = 0; j < n; j++) {
      const s = sums[j];
      dst[out + j] = table[s];
      sums[j] = s + src[add + j] - src[sub + j];
    }
  }
}

// out[j] = (HALF + W_0 c[j] + sum_i W_i (c[j - i*step] + c[j + i*step])) >> 20, taps in
// registers: one pass per output row instead of one per tap.
function gaussianHorizontal(src, dst, w, h, r, W) {
  const n = w * 4;
  const padded = new Uint8Array((w + 2 * r) * 4);
  const w0 = W[0];
  for (let y = 0; y < h; y++) {
    const row = y * n;
    for (let x = -r; x < w + r; x++) {
      const p = row + (x < 0 ? 0 : x >= w ? w - 1 : x) * 4;
      const q = (x + r) * 4;
      padded[q] = src[p]; padded[q + 1] = src[p + 1]; padded[q + 2] = src[p + 2]; padded[q + 3] = src[p + 3];
    }
    for (let j = 0, c = r * 4; j < n; j++, c++) {
      let acc = HALF + w0 * padded[c];
      for (let i = 1, d = 4; i <= r; i++, d += 4) acc += W[i] * (padded[c - d] + padded[c + d]);
      dst[row + j] = acc >>> SCALE_BITS;
    }
  }
}

function gaussianVertical(src, dst, w, h, r, W) {
  const n = w * 4;
  const w0 = W[0];
  const up = new Int32Array(r + 1), down = new Int32Array(r + 1);
  for (let y = 0; y < h; y++) {
    for (let i = 1; i <= r; i++) {
      up[i] = (y - i > 0 ? y - i : 0) * n;
      down[i] = (y + i < h ? y + i : h - 1) * n;
    }
    const row = y * n;
    for (let j = 0; j < n; j++) {
      let acc = HALF + w0 * src[row + j];
      for (let i = 1; i <= r; i++) acc += W[i] * (src[up[i] + j] + src[down[i] + j]);
      dst[row + j] = acc >>> SCALE_BITS;
    }
  }
}

/** Blurred copy of `data` (RGBA, width x height) as a Uint8Array. */
export function imageBlur(data, width, height, kind, radius) {
  const out = new Uint8Array(data.length);
  if (radius === 0 || data.length === 0) {
    out.set(data);
    return out;
  }
  const tmp = new Uint8Array(data.length);
  if (kind === 'gaussian') {
    const W = gaussianWeights(radius);
    gaussianHorizontal(data, tmp, width, height, radius, W);
    gaussianVertical(tmp, out, width, height, radius, W);
  } else {
    const table = boxTable(radius);
    boxHorizontal(data, tmp, width, height, radius, table);
    boxVertical(tmp, out, width, height, radius, table);
  }
  return out;
}
