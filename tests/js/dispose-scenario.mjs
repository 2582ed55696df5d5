// The dispose-during-loading scenario of issue 12 item 6, shared by the Node test
// (tests/js/dispose-during-load.test.mjs, in a child process) and the browser spec
// (tests/browser/threads-failures.spec.mjs, served to the page as a module). Returns one
// line per selector: 'disposed', or what its in-flight callAsync settled with.
export async function disposeAtEveryPointOfLoading(BackendSelector, { delays, warmUpDelays, settleMs }) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const out = [];
  for (const cache of [true, false]) {
    // at a point of loading: before simd is ready, while the threads glue loads, while
    // its workers boot
    for (const ms of delays) {
      const s = new BackendSelector({ threads: 2, cache });
      if (ms) await sleep(ms);
      s.dispose();
      await s.ready;
      await s.warmUp().catch(() => {});
      out.push(s.status().reason);
    }
    // during warmUp(), with a callAsync in flight
    for (const ms of warmUpDelays) {
      const s = new BackendSelector({ threads: 2, cache });
      const warming = s.warmUp();
      const call = s.callAsync('crypto_sha256', new Uint8Array(1 << 16)).then(() => 'answered', (e) => e.message);
      await sleep(ms);
      s.dispose();
      await warming.catch(() => {});
      out.push(await call);
    }
  }
  await sleep(settleMs); // whatever a terminated worker would still report, reported now
  return out;
}

/** What each line of the scenario may be. */
export const SETTLED = /^(disposed|answered|callAsync: the selector was disposed.*)$/;
