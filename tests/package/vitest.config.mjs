// The packed-package suite (tests/package): slow (npm pack, installs, the CLI), so it has
// its own run in `npm test` (scripts/run-tests.mjs) instead of the unit tests' pool.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/package/**/*.test.mjs'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 1, minForks: 1 } },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
