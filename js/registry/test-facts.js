// The row facts that only the tests and bench/calibrate.mjs read (docs/CONTRIBUTING.md):
// they stay in each row in js/registry/*.js, and scripts/build-js.mjs leaves them out of
// the published bundles. Nothing in js/ reads them at run time (selector.calibrate()
// uses `sweep`, which ships). Not imported by the package.
export const TEST_ONLY_FACTS = Object.freeze(['arbitrary', 'badInputs', 'largeInput', 'threadSweep', 'kindSweeps']);
