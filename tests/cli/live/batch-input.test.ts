// Batch plumbing without a browser: school-list parsing, shards, politeness gate, progress, error wording.
import { describe, expect, it } from 'vitest';
import { parseSchoolList } from '../../../src/cli/batch/read-school-list';
import { inShard, parseShard, shardOf } from '../../../src/cli/batch/shard';
import { Progress } from '../../../src/cli/batch/progress';
import { HostGate } from '../../../src/cli/site/host-gate';
import { describeLoadError } from '../../../src/cli/site/gather-site';
import { INSTALL_HINT, findBrowser } from '../../../src/cli/browser/find-browser';
import { batchPaths, siteFolderName } from '../../../src/cli/batch/run-batch';

describe('parseSchoolList', () => {
  it('reads a GIAS-style export: website, name, LA name and URN columns', () => {
    const l = parseSchoolList('\uFEFFURN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),SchoolWebsite\r\n1,831,Derby,"St Mary\'s, Derby",Academy,www.stmarys.example.sch.uk\r\n');
    expect(l.columns).toEqual({ url: 'SchoolWebsite', name: 'EstablishmentName', la: 'LA (name)', urn: 'URN' });
    expect(l.targets).toEqual([{ url: 'www.stmarys.example.sch.uk', school: "St Mary's, Derby", la: 'Derby', urn: '1' }]);
  });
  it('accepts loose headers and semicolons', () => {
    const l = parseSchoolList('School;Site\nA School;https://a.example/\n');
    expect(l.targets).toEqual([{ url: 'https://a.example/', school: 'A School', la: null, urn: null }]);
  });
  it('reads a plain list of URLs, skipping blanks, comments and duplicates', () => {
    const l = parseSchoolList('# schools\nhttps://a.example/\n\nhttps://b.example\nhttps://a.example\n');
    expect(l.targets.map((t) => t.url)).toEqual(['https://a.example/', 'https://b.example']);
    expect(l.notes[0]).toContain('more than once');
  });
  it('refuses a CSV without a website column', () => {
    expect(() => parseSchoolList('name,phone\nA,1\n')).toThrow(/no website column/);
  });
});

describe('shards', () => {
  const urls = Array.from({ length: 400 }, (_, i) => `https://school-${i}.example.sch.uk/`);
  it('partition the list: every site in exactly one shard, roughly evenly', () => {
    const counts = [0, 0, 0, 0];
    for (const u of urls) {
      const hits = [1, 2, 3, 4].filter((i) => inShard(u, { index: i, count: 4 }));
      expect(hits.length).toBe(1);
      counts[hits[0]! - 1]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });
  it('do not depend on scheme, www or trailing slash', () => {
    expect(shardOf('https://www.a.example.sch.uk/', 7)).toBe(shardOf('http://a.example.sch.uk', 7));
  });
  it('reject malformed specs', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });
});

describe('HostGate', () => {
  it('runs one request at a time per host, and different hosts in parallel', async () => {
    const gate = new HostGate();
    let inFlight = 0;
    let peak = 0;
    const slow = () => gate.run('http://same.example/x', async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
    });
    const t = Date.now();
    await Promise.all([slow(), slow(), slow(), gate.run('http://other.example/', async () => new Promise((r) => setTimeout(r, 20)))]);
    expect(peak).toBe(1);
    expect(Date.now() - t).toBeLessThan(200);
  });
  it('keeps going after a failed request', async () => {
    const gate = new HostGate();
    await expect(gate.run('http://h.example/', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run('http://h.example/', async () => 1)).resolves.toBe(1);
  });
});

describe('error wording', () => {
  it('says what happened in plain words and which failures are not worth retrying', () => {
    expect(describeLoadError(new Error('page.goto: net::ERR_NAME_NOT_RESOLVED at http://x/'), 1000)).toMatchObject({ message: expect.stringContaining('DNS'), permanent: false });
    expect(describeLoadError(new Error('page.goto: net::ERR_TOO_MANY_REDIRECTS at http://x/'), 1000)).toMatchObject({ message: expect.stringContaining('redirect loop'), permanent: true });
    expect(describeLoadError(new Error('page.goto: net::ERR_CERT_AUTHORITY_INVALID at https://x/'), 1000)).toMatchObject({ message: expect.stringContaining('TLS'), permanent: true });
    expect(describeLoadError(new Error('page.goto: Timeout 30000ms exceeded.'), 30_000).message).toBe('no answer within 30 s');
  });
  it('tells how to install a browser instead of downloading one', () => {
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(() => findBrowser('/nonexistent/chromium')).toThrow(/not an executable/);
  });
});

describe('progress and paths', () => {
  it('prints one plain line per site when stderr is not a terminal', () => {
    let out = '';
    let now = 0;
    const p = new Progress(2, { isTTY: false, write: (s: string) => ((out += s), true) }, () => now);
    now = 30_000;
    p.tick({ url: 'http://a/', status: 'done', detail: '2 documents' });
    expect(out).toBe('[1/2] done http://a/: 2 documents | 1/2 2.0 sites/min ETA 30s\n');
  });
  it('draws a bar with count and ETA on a terminal', () => {
    let out = '';
    const p = new Progress(4, { isTTY: true, columns: 100, write: (s: string) => ((out += s), true) }, () => 60_000);
    p.tick({ url: 'http://a/', status: 'done', detail: '' });
    expect(out).toMatch(/\r\x1b\[K\[#+-+\] 1\/4 .* ETA /);
  });
  it('puts the summary and site folders beside the findings file', () => {
    expect(batchPaths('/x/la/findings.csv')).toEqual({ findings: '/x/la/findings.csv', summary: '/x/la/findings.summary.csv', sitesDir: '/x/la/findings-sites' });
    expect(siteFolderName('https://www.a.sch.uk/')).toMatch(/^www\.a\.sch\.uk-[0-9a-f]{10}$/);
    expect(siteFolderName('https://www.a.sch.uk/')).not.toBe(siteFolderName('https://www.a.sch.uk/b/'));
  });
});
