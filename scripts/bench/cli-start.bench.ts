// Benchmark: how long the built CLI takes to start and print --help (a fresh Node process each run); prints the median.
// `npm run bench -- cli-start`; the CLI is built first if dist/ is missing or stale. Set SPA_BIN to time an installed bin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 15;
const root = join(import.meta.dirname, '..', '..');

export async function run(): Promise<void> {
  const bin = process.env.SPA_BIN ?? join(root, 'bin', 'school-privacy-audit.mjs');
  if (!process.env.SPA_BIN) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the CLI could not be built');
  }
  const command = bin.endsWith('.mjs') ? [process.execPath, bin] : [bin];
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now();
    const r = spawnSync(command[0]!, [...command.slice(1), '--help'], { encoding: 'utf8' });
    const ms = performance.now() - t;
    if (r.status !== 0 || !r.stdout.includes('Exit codes')) throw new Error(`--help failed (exit ${r.status}): ${r.stderr}`);
    if (i >= 2) times.push(ms); // the first two warm the file cache
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const bare = spawnSync(process.execPath, ['-e', '0']);
  if (bare.status !== 0) throw new Error('node did not start');
  const t = performance.now();
  for (let i = 0; i < 5; i++) spawnSync(process.execPath, ['-e', '0']);
  const nodeOnly = (performance.now() - t) / 5;
  // Wall time depends on how busy the machine is; the CPU time of the process (GNU time, when installed) much less.
  let cpu = '';
  if (existsSync('/usr/bin/time')) {
    const cpuTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = spawnSync('/usr/bin/time', ['-f', '%U %S', ...command, '--help'], { encoding: 'utf8' });
      const [user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
      if (Number.isFinite(user) && Number.isFinite(sys)) cpuTimes.push((user! + sys!) * 1000);
    }
    cpuTimes.sort((a, b) => a - b);
    if (cpuTimes.length) cpu = `; CPU time median ${cpuTimes[Math.floor(cpuTimes.length / 2)]!.toFixed(0)} ms`;
  }
  console.log(
    `  school-privacy-audit --help: median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)}); a bare \`node -e 0\` takes ${nodeOnly.toFixed(0)} ms here${cpu} (${command.join(' ')})`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*scripts\//, 'scripts/'))) await run();
