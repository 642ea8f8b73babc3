// Live batch and site runs in headless Chromium against the loopback fixture farm: rows, summary, errors, consent states, resume, shards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../../src/cli/main';
import { findBrowser } from '../../../src/cli/browser/find-browser';
import { startFarm, schoolHandler, type Farm } from '../../fixtures/farm/farm-server';

const tmp = mkdtempSync(join(tmpdir(), 'spa-live-'));
let farm: Farm;
let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), setExit: () => {} });
  return { code, out, err };
}

function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}

beforeAll(async () => {
  farm = await startFarm({
    // Sets Google Analytics cookies before any consent and embeds a video that sets third-party cookies.
    'school-a.localhost': schoolHandler({
      name: 'Alpha Primary School',
      noticeFile: 'seed-001.txt',
      analyticsBeforeConsent: true,
      videoEmbed: true,
      cookiePolicy: true,
    }),
    // A CookieYes-style banner the autoconsent rule operates; a pixel cookie is set even after "reject".
    'school-b.localhost': schoolHandler({
      name: 'Beta Academy',
      noticeFile: 'seed-004.txt',
      cmp: true,
      leakAfterReject: true,
      cookiePolicy: true,
    }),
    // The pupil notice is a PDF linked from a "Policies" hub page.
    'school-c.localhost': schoolHandler({ name: 'Gamma Junior School', noticeFile: 'seed-002.txt', noticeAsPdf: true, viaHub: true }),
  });
});

afterAll(async () => {
  await farm?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasBrowser)('batch over the fixture farm', () => {
  const out = () => join(tmp, 'run', 'findings.csv');
  const listPath = () => join(tmp, 'schools.csv');
  const sites = () => ({
    a: farm.url('school-a.localhost'),
    b: farm.url('school-b.localhost'),
    c: farm.url('school-c.localhost'),
    hang: farm.url('school-hang.localhost'),
    e500: farm.url('school-500.localhost'),
    loop: farm.url('school-loop.localhost'),
    huge: farm.url('school-huge.localhost'),
    tls: `https://school-a.localhost:${farm.port}/`,
  });

  it('audits good sites, turns every hostile one into an error row, and never aborts', async () => {
    const s = sites();
    writeFileSync(
      listPath(),
      [
        'URN,LA (name),EstablishmentName,SchoolWebsite',
        `100001,Derby,Alpha Primary School,${s.a}`,
        `100002,Derby,Beta Academy,${s.b}`,
        `100003,Derby,"Gamma Junior School, The",${s.c}`,
        `100004,Derby,Hanging School,${s.hang}`,
        `100005,Derby,Broken School,${s.e500}`,
        `100006,Derby,Loop School,${s.loop}`,
        `100007,Derby,Huge School,${s.huge}`,
        `100008,Derby,Bad TLS School,${s.tls}`,
        `100009,Derby,No Website School,`,
      ].join('\r\n'),
    );
    // The default 90 s a site: each HTML document is rendered, 12 s are kept for the reject run, and four sites share
    // two cores. A good site takes about 30 s on a loaded machine (load average 10) and over 45 s at load 20, so a
    // tighter limit turns it into "time limit reached". The hostile sites fail on their own faults, not on this limit.
    const r = await run(['batch', listPath(), '--out', out(), '--concurrency', '4', '--consent', 'reject']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('9 schools: 8 sites audited (5 could not be), 0 already done; 1 with no website listed');

    const rows = readCsv(out());
    expect(Object.keys(rows[0]!)[0]).toBe('site_url');
    const errorRows = rows.filter((x) => x.check_id === 'site-error');
    const reason = (u: string) => errorRows.find((x) => x.site_url === u)?.evidence ?? '';
    expect(reason(s.hang)).toMatch(/no answer|longer than/);
    expect(reason(s.e500)).toContain('HTTP 500');
    expect(reason(s.loop)).toContain('redirect loop');
    expect(reason(s.huge)).toMatch(/10\.0 MB; the limit is 5 MB/);
    expect(reason(s.tls)).toContain('TLS error');
    expect(errorRows.find((x) => x.school === 'No Website School')).toMatchObject({
      evidence: 'no website listed',
      urn: '100009',
      la: 'Derby',
    });
    // Every document of the good sites was read (a time limit reached would leave an unread-document row).
    expect(
      rows
        .filter((x) => [s.a, s.b, s.c].includes(x.site_url ?? '') && /time limit|could not be rendered/.test(x.evidence ?? ''))
        .map((x) => `${x.site_url} ${x.check_id}: ${x.evidence}`),
    ).toEqual([]);

    // Site A: the pupil notice and the cookie policy were found and audited; analytics before consent is flagged.
    const a = rows.filter((x) => x.site_url === s.a);
    // One main audit: the pupil notice, its cookie checks (reject included) read from the cookie policy beside it.
    expect(new Set(a.map((x) => x.document_url))).toEqual(new Set([farm.url('school-a.localhost', '/privacy-notice-pupils')]));
    expect(a.find((x) => x.check_id === 'document:cookie-notice')).toMatchObject({
      status: 'pass',
      location: farm.url('school-a.localhost', '/cookie-policy'),
    });
    expect(a.filter((x) => x.area === 'notice').length).toBeGreaterThan(20);
    const ga = a.find((x) => x.check_id === 'cookie:_ga');
    expect(ga?.status).toBe('fail');
    expect(ga?.evidence).toContain('set before consent: Yes');
    // The video iframe's cookies are third-party: only seen because the profile allows them.
    expect(a.some((x) => x.check_id === 'cookie:YSC' && (x.evidence ?? '').includes('party: third'))).toBe(true);
    // Reject is a checklist check, judged where the site's cookies were audited (other documents: not applicable).
    const rejectCheck = (rows: typeof a) => rows.find((x) => x.check_id === 'ck-reject-honoured' && x.status !== 'not-applicable');
    expect(rejectCheck(a)?.status).toBe('needs-review');

    // Site B: the banner was rejected through autoconsent; the pixel left behind is a serious finding.
    const b = rows.filter((x) => x.site_url === s.b);
    expect(rejectCheck(b)?.status).toBe('fail');
    expect(rejectCheck(b)?.evidence).toContain('_fbp');
    expect(b.find((x) => x.check_id === 'cookie-after-reject:_fbp')?.status).toBe('fail');
    expect(b.find((x) => x.check_id === 'cookie-after-reject:cookieyes-consent')?.status).toBe('pass');
    expect(b.some((x) => x.check_id === 'cookie-after-reject:_ga')).toBe(false);

    // Site C: the PDF notice is found through the "Policies" hub page, fetched and audited as a PDF.
    const c = rows.filter((x) => x.site_url === s.c);
    const pdfUrl = farm.url('school-c.localhost', '/documents/privacy-notice-pupils.pdf');
    const pdfRows = c.filter((x) => x.document_url === pdfUrl);
    expect(pdfRows.filter((x) => x.area === 'notice').length).toBeGreaterThan(20);
    expect(pdfRows.find((x) => x.check_id === 'complaint-to-ico')?.location).toMatch(/page \d/);

    const summary = readCsv(join(tmp, 'run', 'findings.summary.csv'));
    expect(summary.map((x) => x.urn)).toEqual(['100001', '100002', '100003', '100004', '100005', '100006', '100007', '100008', '100009']);
    const sa = summary.find((x) => x.site_url === s.a)!;
    expect(sa).toMatchObject({
      status: 'done',
      la: 'Derby',
      school: 'Alpha Primary School',
      documents_found: '2',
      third_party_cookies: 'allowed',
    });
    expect(Number(sa.cookies_non_essential_before_consent)).toBeGreaterThanOrEqual(2);
    expect(Number(sa.gaps_required)).toBeGreaterThan(0);
    expect(summary.find((x) => x.site_url === s.b)).toMatchObject({ consent_manager: 'cookieyes', non_essential_after_reject: '1' });
    expect(summary.find((x) => x.site_url === s.huge)).toMatchObject({ status: 'error', documents_found: '0' });

    // Politeness: the redirect loop was followed by the browser, not hammered by retries (permanent errors are not retried).
    expect(farm.hits.get('school-loop.localhost')).toBeLessThanOrEqual(25);
    // Saved artifacts: one folder per site, manifest written, artifacts valid for offline re-audit.
    const folder = join(tmp, 'run', 'findings-sites', 'urn-100001');
    const manifest = JSON.parse(readFileSync(join(folder, 'site.json'), 'utf8'));
    expect(manifest.status).toBe('done');
    expect(manifest.thirdPartyCookies).toBe('allowed');
    expect(manifest.browser).toMatch(/^Chromium \d+/);
    const capture = JSON.parse(readFileSync(join(folder, 'capture.json'), 'utf8'));
    expect(capture.captures[0].environment.consent).toBe('none-given');
    expect(capture.captures[0].observedCookies.cookies.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['_ga', '_gid', 'PHPSESSID', 'YSC']),
    );
  }, 480_000);

  it('--resume skips finished sites without visiting them, and the CSV is rebuilt whole', async () => {
    const before = farm.hits.get('school-a.localhost') ?? 0;
    // --resume retries the sites that errored (the hostile ones) and leaves finished sites alone.
    const r = await run(['batch', listPath(), '--out', out(), '--resume', '--timeout', '5']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/9 schools: \d+ sites? audited \(\d+ could not be\), [1-8] already done/);
    expect(farm.hits.get('school-a.localhost') ?? 0).toBe(before);
    const rows = readCsv(out());
    // Eight addresses plus the school listed without one.
    expect(new Set(rows.map((x) => x.site_url)).size).toBe(9);
    expect(new Set(rows.map((x) => x.urn)).size).toBe(9);
    expect(readdirSync(join(tmp, 'run')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 180_000);

  it('--shard i/n splits the list into disjoint parts that cover it', async () => {
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) {
      const shardOut = join(tmp, 'run', 'findings.csv');
      const r = await run(['batch', listPath(), '--out', shardOut, '--resume', '--timeout', '5', '--shard', `${i}/3`]);
      const shardSummary = readCsv(join(tmp, 'run', 'findings.summary.csv'));
      // A shard holding only the hostile sites has every site failed: exit 4.
      const sites = shardSummary.filter((x) => x.site_url);
      expect(r.code).toBe(sites.length > 0 && sites.every((x) => x.status === 'error') ? 4 : 0);
      parts.push(shardSummary.map((x) => x.urn ?? ''));
    }
    const all = parts.flat().sort();
    expect(all).toEqual(['100001', '100002', '100003', '100004', '100005', '100006', '100007', '100008', '100009']);
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
  }, 300_000);

  it('--from-artifacts re-audits the saved folders offline with the same findings', async () => {
    // The shard runs above rewrote the CSV with one shard each: rebuild the whole list first.
    await run(['batch', listPath(), '--out', out(), '--resume', '--timeout', '5']);
    const before = readCsv(out()).map((x) => ({ ...x, audited_at: '' }));
    const hits = [...farm.hits.values()].reduce((a, b) => a + b, 0);
    const reOut = join(tmp, 'offline', 'findings.csv');
    const r = await run(['batch', '--from-artifacts', join(tmp, 'run', 'findings-sites'), '--out', reOut]);
    expect(r.code).toBe(0);
    expect([...farm.hits.values()].reduce((a, b) => a + b, 0)).toBe(hits);
    const after = readCsv(reOut).map((x) => ({ ...x, audited_at: '' }));
    const key = (x: Record<string, string>) => `${x.site_url}|${x.document_url}|${x.check_id}|${x.status}`;
    expect(new Set(after.map(key))).toEqual(new Set(before.map(key)));
  }, 300_000);
});

describe.skipIf(!hasBrowser)('site command', () => {
  it('captures none/reject/accept states for a consent manager and saves a re-auditable folder', async () => {
    const dir = join(tmp, 'site-b');
    // The tool's own 90 s site limit ends a slow run with a reported reason before the test's bound (240 s) would.
    const r = await run(['site', farm.url('school-b.localhost'), '--out', dir, '--consent', 'reject,accept', '--timeout', '90']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('consent manager: cookieyes');
    expect(r.out).toContain('STILL SET AFTER REJECT: _fbp');
    const capture = JSON.parse(readFileSync(join(dir, 'capture.json'), 'utf8'));
    const byState = Object.fromEntries(
      capture.captures.map((c: { requested: string; consent: string; observedCookies: { cookies: { name: string }[] } }) => [
        c.requested,
        { consent: c.consent, names: c.observedCookies.cookies.map((x) => x.name).sort() },
      ]),
    );
    expect(byState.none).toEqual({ consent: 'none-given', names: ['PHPSESSID'] });
    expect(byState.reject).toEqual({ consent: 'rejected', names: ['PHPSESSID', '_fbp', 'cookieyes-consent'] });
    expect(byState.accept.consent).toBe('accepted');
    expect(byState.accept.names).toEqual(expect.arrayContaining(['_ga', '_gid', 'cookieyes-consent']));
    const manifest = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
    expect(manifest.audits.map((x: { role: string; consent: string | null }) => `${x.role}:${x.consent}`)).toEqual(
      expect.arrayContaining(['consent-state:rejected', 'consent-state:accepted']),
    );
    for (const a of manifest.audits) expect(existsSync(join(dir, a.artifacts))).toBe(true);

    const re = await run(['site', '--from-artifacts', dir]);
    expect(re.code).toBe(0);
    expect(re.out).toContain('re-audited from saved artifacts');
  }, 240_000);

  it('exits 1 with the reason for a site that answers 500', async () => {
    // 20 s a try (one retry): the answer is immediate, so only a loaded machine would need it, and the reason is still HTTP 500.
    const r = await run(['site', farm.url('school-500.localhost'), '--timeout', '20']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('HTTP 500');
  }, 60_000);
});
