// The package as users get it: npm pack (prepack builds dist/), installed globally into a temporary prefix from the
// local npm cache, runs --help and a notice audit with production dependencies only (no tsx, no esbuild).
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'spa-pack-'));
const prefix = join(tmp, 'prefix');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** PATH without the project's node_modules/.bin, so nothing from the dev toolchain can be picked up. */
const env = {
  ...process.env,
  PATH: (process.env.PATH ?? '')
    .split(':')
    .filter((p) => !p.includes('node_modules'))
    .join(':'),
  npm_config_loglevel: 'error',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed CLI', () => {
  it('packs dist/ and the bin, installs with production dependencies only, and runs without tsx or esbuild', () => {
    execFileSync(npm, ['pack', '--pack-destination', tmp], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = readdirSync(tmp).find((n) => n.endsWith('.tgz'));
    expect(tarball).toBe('school-privacy-audit-0.1.0.tgz');
    const files = execFileSync('tar', ['tzf', join(tmp, tarball!)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/bin/school-privacy-audit.mjs',
        'package/dist/cli.mjs',
        'package/dist/audit-worker.mjs',
      ]),
    );
    expect(files.filter((f) => f.startsWith('package/src/') || f.startsWith('package/tests/'))).toEqual([]);

    // The packages are in npm's cache from `npm ci`: no network needed.
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--prefer-offline', join(tmp, tarball!)], {
      cwd: tmp,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const installed = join(prefix, 'lib', 'node_modules', 'school-privacy-audit');
    for (const dev of ['tsx', 'esbuild', 'vitest', 'wxt', 'typescript'])
      expect(existsSync(join(installed, 'node_modules', dev))).toBe(false);
    const bin = join(prefix, 'bin', 'school-privacy-audit');

    const help = spawnSync(bin, ['--help'], { cwd: tmp, env, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit codes');

    const notice = spawnSync(
      bin,
      ['notice', join(root, 'tests', 'fixtures', 'corpus', 'seed-001.html'), '--as-of', '2026-11-23', '--format', 'csv'],
      { cwd: tmp, env, encoding: 'utf8' },
    );
    expect(notice.stderr).toBe('');
    expect(notice.status).toBe(0);
    expect(notice.stdout.startsWith('\uFEFFsite_url,school,')).toBe(true);
    expect(notice.stdout.split('\r\n').length).toBeGreaterThan(25);

    // The audit worker that site and batch start is built and runnable from the installed package.
    const script = join(tmp, 'start-worker.mjs');
    writeFileSync(
      script,
      `
      import { Worker } from 'node:worker_threads';
      const w = new Worker(${JSON.stringify(join(installed, 'dist', 'audit-worker.mjs'))});
      w.once('message', (m) => { console.log(JSON.stringify(m)); w.terminate(); });
      w.postMessage({ id: 1, task: { kind: 'read', input: { bytes: new TextEncoder().encode('<h1>Privacy notice</h1>'), name: 'n.html', contentType: 'text/html' } } });
    `,
    );
    const worker = spawnSync(process.execPath, [script], { cwd: tmp, env, encoding: 'utf8' });
    expect(worker.stderr).toBe('');
    expect(JSON.parse(worker.stdout)).toMatchObject({ id: 1, ok: true, value: { format: 'html' } });
  }, 600_000);
});
