#!/usr/bin/env node
// npx multilingual-wasm <command>: bench (the benchmark suite), info (what this machine
// and build give: selector status and operations).
const [command, ...rest] = process.argv.slice(2);

async function info() {
  const api = await import('multilingual-wasm');
  const selector = await api.BackendSelector.create();
  const status = selector.status();
  console.log(`multilingual-wasm ${api.version}`);
  console.log(JSON.stringify(status, null, 2));
  const ops = api.listOperations();
  console.log(`\n${ops.length} operations: ${ops.map((o) => o.name + (o.wasm ? '' : ' (JS only)')).join(', ')}`);
  selector.dispose();
  return 0;
}

const HELP = `usage: multilingual-wasm <command>
  bench [--quick] [--json out.json|-] [--runs N] [--only ids] [--no-native] [--no-startup]
        [--variants simd,baseline] [--peers] [--calibrate MS]
        run the benchmark suite (\`multilingual-wasm bench --help\` explains each option)
  info  selector status, variant, features, operations`;

try {
  let code;
  if (command === 'bench') code = await (await import('../bench/cli.mjs')).main(rest);
  else if (command === 'info') code = await info();
  else {
    console.log(HELP);
    code = command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
  process.exitCode = code;
} catch (error) {
  console.error(error?.message ?? error);
  process.exitCode = 2;
}
