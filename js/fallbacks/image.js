// JS fallback for image_grayscale: R = G = B = (77 R + 150 G + 29 B + 128) >> 8, alpha kept,
// as cpp/core/image.cpp.

/** Greyscale copy of RGBA `data` as a Uint8Array. */
export function imageGrayscale(data) {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 4) {
    const y = (77 * data[i] + 150 * data[i + 1] + 29 * data[i + 2] + 128) >> 8;
    out[i] = y;
    out[i + 1] = y;
    out[i + 2] = y;
    out[i + 3] = data[i + 3];
  }
  return out;
}
