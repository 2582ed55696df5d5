// WASM side of science_monte_carlo_pi: no buffers, just numbers across the boundary.
export function monteCarloPi(instance, seed, samples) {
  return instance.module.science_monte_carlo_pi(seed, samples);
}
