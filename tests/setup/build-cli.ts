// Vitest global setup: builds the CLI into dist/ when missing or stale, and points source-run audit pools at the built worker.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the CLI could not be built (node scripts/build-cli.mjs)');
  // Test workers are forked from this process after setup, so they inherit it.
  process.env.SCHOOL_PRIVACY_AUDIT_WORKER = join(root, 'dist', 'audit-worker.mjs');
}
