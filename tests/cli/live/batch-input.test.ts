// Batch plumbing without a browser: school-list parsing, shards, politeness gate, progress, error wording.
import { describe, expect, it } from 'vitest';
import { normaliseListedWebsite, parseSchoolList, phaseFromList } from '../../../src/cli/batch/read-school-list';
import { decodeList } from '../../../src/cli/batch/decode-list';
import { inShard, parseShard, shardFromJobIndex, shardOf } from '../../../src/cli/batch/shard';
import { UsageError } from '../../../src/cli/usage-error';
import { Progress } from '../../../src/cli/batch/progress';
import { HostGate } from '../../../src/cli/site/host-gate';
import { describeLoadError } from '../../../src/cli/site/gather-site';
import { INSTALL_HINT, findBrowser } from '../../../src/cli/browser/find-browser';
import { batchPaths, schoolFolderName, siteFolderName } from '../../../src/cli/batch/run-batch';

describe('parseSchoolList', () => {
  it('reads a GIAS-style export: website, name, LA name and URN columns', () => {
    const l = parseSchoolList(
      '\uFEFFURN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),SchoolWebsite\r\n1,831,Derby,"St Mary\'s, Derby",Academy,www.stmarys.example.sch.uk\r\n',
    );
    expect(l.columns).toMatchObject({
      url: 'SchoolWebsite',
      name: 'EstablishmentName',
      la: 'LA (name)',
      urn: 'URN',
      type: 'TypeOfEstablishment (name)',
      status: null,
      phase: null,
    });
    expect(l.targets).toEqual([
      { url: 'https://www.stmarys.example.sch.uk', school: "St Mary's, Derby", la: 'Derby', urn: '1', phase: null, index: 0 },
    ]);
  });
  it('accepts loose headers and semicolons', () => {
    const l = parseSchoolList('School;Site\nA School;https://a.example/\n');
    expect(l.targets).toEqual([{ url: 'https://a.example/', school: 'A School', la: null, urn: null, phase: null, index: 0 }]);
  });
  it('reads a plain list of URLs, skipping blanks, comments and duplicates', () => {
    const l = parseSchoolList('# schools\nhttps://a.example/\n\nhttps://b.example\nhttps://a.example\n');
    expect(l.targets.map((t) => t.url)).toEqual(['https://a.example/', 'https://b.example']);
    expect(l.notes[0]).toContain('more than once');
  });
  it('normalises GIAS websites written without a scheme, and treats placeholders as no website', () => {
    expect(normaliseListedWebsite('www.school.sch.uk')).toBe('https://www.school.sch.uk');
    expect(normaliseListedWebsite(' http://www.school.sch.uk/ ')).toBe('http://www.school.sch.uk/');
    expect(normaliseListedWebsite('http//www.school.sch.uk')).toBe('http://www.school.sch.uk');
    expect(normaliseListedWebsite('https:/www.school.sch.uk')).toBe('https://www.school.sch.uk');
    for (const none of ['', '  ', 'N/A', 'none', '-']) expect(normaliseListedWebsite(none)).toBe('');
  });
  it("maps GIAS phases (and special school types) to the audit's phase", () => {
    expect(phaseFromList('Primary', 'Community school')).toBe('primary');
    expect(phaseFromList('Nursery', 'Local authority nursery school')).toBe('nursery');
    expect(phaseFromList('Middle deemed secondary', 'Academy converter')).toBe('secondary');
    expect(phaseFromList('16 plus', 'Further education')).toBe('secondary');
    expect(phaseFromList('All-through', 'Free schools')).toBe('all-through');
    expect(phaseFromList('Not applicable', 'Community special school')).toBe('special');
    expect(phaseFromList('Not applicable', 'Other independent school')).toBeNull();
    expect(phaseFromList('', '')).toBeNull();
  });
  it('keeps schools sharing a website and schools with none, skips closed ones, and drops a URN listed twice', () => {
    const l = parseSchoolList(
      'URN,EstablishmentName,EstablishmentStatus (name),PhaseOfEducation (name),SchoolWebsite\n' +
        '1,Infants,Open,Primary,www.shared.sch.uk\n2,Juniors,Open,Primary,https://www.shared.sch.uk/\n3,Gone,Closed,Primary,www.gone.sch.uk\n4,Nowhere,Open,Secondary,\n1,Infants,Open,Primary,www.shared.sch.uk\n',
    );
    expect(l.targets.map((t) => [t.urn, t.school, t.url, t.phase, t.index])).toEqual([
      ['1', 'Infants', 'https://www.shared.sch.uk', 'primary', 0],
      ['2', 'Juniors', 'https://www.shared.sch.uk/', 'primary', 1],
      ['4', 'Nowhere', '', 'secondary', 2],
    ]);
    expect(l.notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('1 closed establishment left out'),
        expect.stringContaining('URN 1 is listed more than once'),
        expect.stringContaining('1 school has no website listed'),
      ]),
    );
    expect(
      parseSchoolList('URN,EstablishmentName,EstablishmentStatus (name),SchoolWebsite\n3,Gone,Closed,www.gone.sch.uk\n', {
        includeClosed: true,
      }).targets,
    ).toHaveLength(1);
  });
  it('decodes UTF-8 with or without BOM, and Windows-1252 (0x92 is a curly apostrophe)', async () => {
    const name = 'St Mary\u2019s Bront\u00eb';
    expect(await decodeList(new Uint8Array(Buffer.from(`\uFEFF${name}`, 'utf8')))).toEqual({ text: name, encoding: 'utf-8' });
    expect(await decodeList(new Uint8Array(Buffer.from(name, 'utf8')))).toEqual({ text: name, encoding: 'utf-8' });
    expect(
      await decodeList(new Uint8Array([0x53, 0x74, 0x20, 0x4d, 0x61, 0x72, 0x79, 0x92, 0x73, 0x20, 0x42, 0x72, 0x6f, 0x6e, 0x74, 0xeb])),
    ).toEqual({ text: name, encoding: 'windows-1252' });
  });
  it("names each school's folder by URN, else by website and name, else by name", () => {
    expect(schoolFolderName({ urn: '100001', url: 'https://a.sch.uk/', school: 'A' })).toBe('urn-100001');
    expect(schoolFolderName({ urn: null, url: 'https://a.sch.uk/', school: null })).toBe(siteFolderName('https://a.sch.uk/'));
    expect(schoolFolderName({ urn: null, url: 'https://a.sch.uk/', school: 'Infants' })).not.toBe(
      schoolFolderName({ urn: null, url: 'https://a.sch.uk/', school: 'Juniors' }),
    );
    expect(schoolFolderName({ urn: null, url: '', school: 'No Site School' })).toMatch(/^school-no-site-school-[0-9a-f]{10}$/);
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
  it('--shards n takes the 0-based JOB_COMPLETION_INDEX as the same shard as --shard (index+1)/n', () => {
    expect(shardFromJobIndex(4, '0')).toEqual(parseShard('1/4'));
    expect(shardFromJobIndex(4, '3')).toEqual(parseShard('4/4'));
    for (const bad of [undefined, '', '4', '-1', '1.5', 'x']) expect(() => shardFromJobIndex(4, bad)).toThrow(UsageError);
  });
});

describe('HostGate', () => {
  it('runs one request at a time per host, and different hosts in parallel', async () => {
    const gate = new HostGate();
    let inFlight = 0;
    let peak = 0;
    const slow = () =>
      gate.run('http://same.example/x', async () => {
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
    expect(describeLoadError(new Error('page.goto: net::ERR_NAME_NOT_RESOLVED at http://x/'), 1000)).toMatchObject({
      message: expect.stringContaining('DNS'),
      permanent: false,
    });
    expect(describeLoadError(new Error('page.goto: net::ERR_TOO_MANY_REDIRECTS at http://x/'), 1000)).toMatchObject({
      message: expect.stringContaining('redirect loop'),
      permanent: true,
    });
    expect(describeLoadError(new Error('page.goto: net::ERR_CERT_AUTHORITY_INVALID at https://x/'), 1000)).toMatchObject({
      message: expect.stringContaining('TLS'),
      permanent: true,
    });
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
    expect(batchPaths('/x/la/findings.csv')).toEqual({
      findings: '/x/la/findings.csv',
      summary: '/x/la/findings.summary.csv',
      sitesDir: '/x/la/findings-sites',
      schools: '/x/la/findings.schools.json',
    });
    expect(siteFolderName('https://www.a.sch.uk/')).toMatch(/^www\.a\.sch\.uk-[0-9a-f]{10}$/);
    expect(siteFolderName('https://www.a.sch.uk/')).not.toBe(siteFolderName('https://www.a.sch.uk/b/'));
  });
});
