// Usage mistakes and unsafe output locations exit 2 at once, before any site is visited, and nothing of anyone else's is touched.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { OUT_MARKER, claimOutFolder } from '../../src/cli/site/out-folder';

const tmp = mkdtempSync(join(tmpdir(), 'spa-usage-'));
const list = join(tmp, 'urls.txt');
writeFileSync(list, 'http://127.0.0.1:9/\n');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), setExit: () => {} });
  return { code, out, err };
}

describe('output folders', () => {
  it('site --out refuses a folder with files it did not write, and deletes nothing there', async () => {
    const dir = join(tmp, 'someone-elses');
    mkdirSync(join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'thesis.json'), '{}');
    writeFileSync(join(dir, 'findings.csv'), 'precious');
    // A browser that does not exist: the folder check must come first, so this never matters.
    const r = await run(['site', 'http://127.0.0.1:9/', '--out', dir, '--browser', '/nonexistent/chromium']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not empty and was not written by this tool/);
    expect(readFileSync(join(dir, 'findings.csv'), 'utf8')).toBe('precious');
    expect(existsSync(join(dir, 'reports', 'thesis.json'))).toBe(true);
  });

  it('accepts a new folder, an empty one, and one it marked before', async () => {
    const fresh = join(tmp, 'fresh', 'nested');
    await claimOutFolder(fresh);
    expect(existsSync(join(fresh, OUT_MARKER))).toBe(true);
    writeFileSync(join(fresh, 'findings.csv'), 'ours');
    await expect(claimOutFolder(fresh)).resolves.toBeUndefined();
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    await expect(claimOutFolder(empty)).resolves.toBeUndefined();
  });

  it('batch --out pointing at a folder fails at once with exit 2', async () => {
    const dir = join(tmp, 'a-folder');
    mkdirSync(dir);
    const r = await run(['batch', list, '--out', dir, '--browser', '/nonexistent/chromium']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a folder; give the findings CSV file/);
  });

  it('batch refuses a per-site folder beside the CSV that is not its own', async () => {
    const dir = join(tmp, 'batch-out');
    mkdirSync(join(dir, 'findings-sites'), { recursive: true });
    writeFileSync(join(dir, 'findings-sites', 'notes.txt'), 'mine');
    const r = await run(['batch', list, '--out', join(dir, 'findings.csv'), '--browser', '/nonexistent/chromium']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'findings-sites', 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('bad options exit 2', () => {
  it('a malformed --shard', async () => {
    const r = await run(['batch', list, '--out', join(tmp, 's', 'f.csv'), '--shard', '5/4', '--browser', '/nonexistent/chromium']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--shard 5\/4/);
  });

  it('a date that does not exist', async () => {
    const r = await run(['notice', 'whatever.html', '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/real date/);
  });
});
