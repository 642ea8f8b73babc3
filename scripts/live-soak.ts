// Soak run of the live suite (tests/cli/live and the extension e2e) N times under CPU load; reports how many rounds passed.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Math.max(1, Number(process.env.SOAK_ROUNDS ?? 10));
const BUSY_LOOPS = 2;
/**
 * One round's hard limit: a wedged browser must not stall the soak forever. It sits above the tests' own bounds, so
 * a slow round fails on a test's reported deadline, not on this limit.
 */
const ROUND_LIMIT_MS = Number(process.env.SOAK_ROUND_LIMIT_MS ?? 45 * 60_000);
const SUITE = [
  'vitest',
  'run',
  'tests/cli/live',
  'tests/e2e/extension.test.ts',
  '--reporter=default',
  `--reporter=${join(ROOT, 'scripts', 'soak-failures-reporter.ts')}`,
];
const LOG_DIR = join(ROOT, 'test-results', 'soak');

/**
 * A child that keeps one core busy. It stops itself when its parent goes away (reparented: ppid changes), so a
 * soak killed outright still leaves no busy loop behind.
 */
const BUSY_SOURCE = `const parent = process.ppid; for (;;) { const end = Date.now() + 200; while (Date.now() < end) {} if (process.ppid !== parent) process.exit(0); }`;

const busy: ChildProcess[] = [];

function startBusyLoops(): void {
  for (let i = 0; i < BUSY_LOOPS; i++) busy.push(spawn(process.execPath, ['-e', BUSY_SOURCE], { stdio: 'ignore' }));
}

function stopBusyLoops(): void {
  for (const c of busy.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

let current: ChildProcess | null = null;
function stopAll(): void {
  stopBusyLoops();
  if (current?.pid && current.exitCode === null) {
    try {
      process.kill(-current.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** Names of failed tests from vitest's output (its "FAIL  file > suite > test" lines, or the soak reporter's own). */
function failedTests(output: string): string[] {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const named = [...plain.matchAll(/^\s*(?:FAIL|soak-failure:)\s+(.+)$/gm)].map((m) => (m[1] ?? '').trim().replace(`${ROOT}/`, ''));
  return [...new Set(named)];
}

/** The machine's load, reported with each round: figures from a loaded machine say so. */
function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

function runRound(round: number): Promise<{ ok: boolean; ms: number; failed: string[]; log: string }> {
  return new Promise((resolveRound) => {
    const started = Date.now();
    let output = '';
    // Its own process group, so a round over its limit is stopped with every browser it started.
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'vitest'), SUITE.slice(1), {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    current = child;
    // The log is written as the round goes, so a round still running (or stopped) can be read.
    const log = join(LOG_DIR, `round-${String(round).padStart(2, '0')}.log`);
    writeFileSync(log, '');
    const take = (d: Buffer) => {
      output += d.toString();
      appendFileSync(log, d);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    const timer = setTimeout(() => {
      const stopped = `\nsoak: round ${round} stopped after ${ROUND_LIMIT_MS / 60_000} min\n`;
      output += stopped;
      appendFileSync(log, stopped);
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, ROUND_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      current = null;
      resolveRound({ ok: code === 0, ms: Date.now() - started, failed: failedTests(output), log });
    });
  });
}

async function main(): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  console.log(
    `soak: ${ROUNDS} rounds of \`${SUITE.slice(0, 4).join(' ')}\` with ${BUSY_LOOPS} busy-loop processes, load average ${loadAverage()} before they start; logs in ${LOG_DIR}`,
  );
  startBusyLoops();
  let passed = 0;
  const failures: string[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const r = await runRound(round);
      if (r.ok) passed++;
      else failures.push(...r.failed.map((f) => `round ${round}: ${f}`));
      console.log(
        `soak: round ${round}/${ROUNDS} ${r.ok ? 'passed' : 'FAILED'} in ${(r.ms / 1000).toFixed(0)} s, load average ${loadAverage()}${r.ok ? '' : ` (${r.failed.join('; ') || 'see log'}; ${r.log})`}; ${passed}/${round} so far`,
      );
    }
  } finally {
    stopBusyLoops();
  }
  console.log(`soak: ${passed}/${ROUNDS} rounds passed under CPU load`);
  for (const f of failures) console.log(`  failed: ${f}`);
  process.exitCode = passed === ROUNDS ? 0 : 1;
}

await main();
