// WASM side of science_monte_carlo_pi: no buffers, just numbers across the boundary.
// `threads`: the policy's decision for this call (js/policy.js).
export function monteCarloPi(instance, seed, samples, threads) {
  return instance.module.science_monte_carlo_pi(seed, samples, threads);
}
