// Discovery on realistic school pages: the pupil notice ranks first, other notices get their kind, junk links are dropped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fallbackPaths, rankCandidates, type Candidate } from '../../../src/core/discovery/rank-candidates';
import type { PageCapture } from '../../../src/core/artifacts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'discovery');

/** Capture a fixture page the way a gatherer does: every <a href> with its text. */
function capture(file: string, url: string): PageCapture {
  const html = readFileSync(join(fixtures, file), 'utf8');
  const $ = load(html);
  const links = $('a[href]')
    .map((_, a) => ({ href: $(a).attr('href') ?? '', text: $(a).text() }))
    .get();
  return { url, title: $('title').text(), html, links, resourceHosts: [], capturedAt: '2026-11-23T10:00:00Z' };
}

function byPath(candidates: Candidate[], fragment: string): Candidate {
  const c = candidates.find((x) => x.url.includes(fragment));
  if (!c) throw new Error(`no candidate for ${fragment}: ${candidates.map((x) => x.url).join(', ')}`);
  return c;
}

describe('rankCandidates on a primary school home page', () => {
  const ranked = rankCandidates(capture('primary-home.html', 'https://www.oakfield.derby.sch.uk/'));

  it('ranks the pupil and parent privacy notice first', () => {
    expect(ranked[0]).toMatchObject({ kind: 'pupil-notice', format: 'pdf', sameSite: true, isHub: false });
    expect(ranked[0]!.url).toBe('https://www.oakfield.derby.sch.uk/wp-content/uploads/2025/09/Privacy-Notice-Pupils-and-Parents.pdf');
    expect(ranked[0]!.reasons.join(' ')).toMatch(/link text/);
  });

  it('labels the footer privacy policy and cookie page', () => {
    expect(byPath(ranked, '/website-privacy-policy/').kind).toBe('website-privacy-policy');
    expect(byPath(ranked, '/cookie-policy/').kind).toBe('cookie-notice');
  });

  it('marks GDPR, Policies and Key Information as hubs to follow', () => {
    const hubs = ranked
      .filter((c) => c.isHub)
      .map((c) => new URL(c.url).pathname)
      .sort();
    expect(hubs).toEqual(['/key-information/', '/key-information/gdpr/', '/key-information/policies/']);
  });

  it('drops social, mailto, tel, javascript, anchor and ordinary content links', () => {
    const urls = ranked.map((c) => c.url).join('\n');
    expect(urls).not.toMatch(/facebook|twitter|mailto:|tel:|javascript:|#/);
    expect(urls).not.toMatch(/term-dates|Newsletter|our-staff|governors\/|vacancies|parentpay/i);
  });
});

describe('rankCandidates on a GDPR hub page', () => {
  const ranked = rankCandidates(capture('primary-gdpr.html', 'https://www.oakfield.derby.sch.uk/key-information/gdpr/'));

  it('ranks the pupil notice first and labels every other notice', () => {
    expect(ranked[0]!.url).toMatch(/Privacy-Notice-Pupils-and-Parents\.pdf$/);
    expect(byPath(ranked, 'School-Workforce').kind).toBe('workforce-notice');
    expect(byPath(ranked, 'Job-Applicants').kind).toBe('workforce-notice');
    expect(byPath(ranked, 'Governors-Volunteers')).toMatchObject({ kind: 'governors-notice', format: 'docx' });
    expect(byPath(ranked, 'Data-Protection-Policy').kind).toBe('other-policy');
    expect(byPath(ranked, 'Freedom-of-Information').format).toBe('doc');
  });

  it('puts every notice above every policy and hub', () => {
    const notices = ranked.filter((c) => c.kind.endsWith('-notice') && c.kind !== 'cookie-notice');
    const rest = ranked.filter((c) => c.kind === 'other-policy' || c.isHub);
    expect(Math.min(...notices.map((c) => c.score))).toBeGreaterThan(Math.max(...rest.map((c) => c.score)));
  });

  it('does not offer the page itself, the ICO or the DfE guide', () => {
    expect(ranked.some((c) => c.url === 'https://www.oakfield.derby.sch.uk/key-information/gdpr/')).toBe(false);
    expect(ranked.some((c) => /ico\.org\.uk|gov\.uk/.test(c.url))).toBe(false);
  });
});

describe('rankCandidates on an academy policies page', () => {
  const ranked = rankCandidates(capture('academy-policies.html', 'https://www.riversideacademy.org.uk/policies/'));

  it('finds the pupil notice under "How we use student information" served by a download script', () => {
    expect(ranked[0]).toMatchObject({ kind: 'pupil-notice', format: 'pdf', sameSite: true });
    expect(ranked[0]!.url).toContain('file=316');
  });

  it('labels the staff notice, the trust-hosted governance notice and the privacy-and-cookies page', () => {
    expect(byPath(ranked, 'file=317').kind).toBe('workforce-notice');
    expect(byPath(ranked, 'Trustees-Members')).toMatchObject({ kind: 'governors-notice', sameSite: false });
    expect(byPath(ranked, '/privacy-and-cookies/').kind).toBe('website-privacy-policy');
    expect(byPath(ranked, 'file=312')).toMatchObject({ kind: 'other-policy', format: 'pdf' });
    expect(byPath(ranked, '/statutory-information/').isHub).toBe(true);
  });

  it('drops YouTube, LinkedIn and X links', () => {
    expect(ranked.some((c) => /youtube|linkedin|x\.com/.test(c.url))).toBe(false);
  });
});

describe('rankCandidates on a Welsh school home page', () => {
  const ranked = rankCandidates(capture('wales-home.html', 'https://www.brynteg.powys.sch.uk/'));

  it("prefers the school's own notice to the council's and reads the Welsh title", () => {
    expect(ranked[0]!.url).toMatch(/privacy_notice_parents_and_learners_v2\.pdf$/);
    const council = byPath(ranked, 'powys.gov.uk');
    expect(council).toMatchObject({ kind: 'pupil-notice', sameSite: false });
    expect(council.score).toBeLessThan(ranked[0]!.score);
    expect(byPath(ranked, 'Hysbysiad-Preifatrwydd').kind).toBe('pupil-notice');
    expect(byPath(ranked, 'Staff.pdf').kind).toBe('workforce-notice');
    expect(byPath(ranked, '/cookies/').kind).toBe('cookie-notice');
    expect(byPath(ranked, '/information/data-protection/').isHub).toBe(true);
  });
});

describe('rankCandidates on awkward input', () => {
  const page = (links: { href: string; text: string }[], url = 'https://school.example.sch.uk/'): PageCapture => ({
    url,
    title: '',
    links,
    resourceHosts: [],
    capturedAt: '',
  });

  it('survives malformed hrefs and URLs and keeps one candidate per URL', () => {
    const ranked = rankCandidates(
      page([
        { href: 'http://[::1', text: 'Privacy notice' },
        { href: '/privacy/%E0%A4%A', text: 'Privacy notice' },
        { href: '/privacy-notice/', text: 'Privacy' },
        { href: '/privacy-notice/#pupils', text: 'Pupil privacy notice' },
        { href: '  ', text: 'Privacy notice' },
      ]),
    );
    expect(ranked.filter((c) => c.url === 'https://school.example.sch.uk/privacy-notice/')).toHaveLength(1);
    expect(ranked.find((c) => c.url.endsWith('/privacy-notice/'))!.text).toBe('Pupil privacy notice');
    expect(rankCandidates(page([{ href: '/privacy/', text: 'Privacy' }], 'not a url'))).toEqual([]);
  });

  it('treats subdomains of one school as the same site and an LA domain as another', () => {
    const ranked = rankCandidates(
      page([
        { href: 'https://docs.school.example.sch.uk/privacy-notice-pupils.pdf', text: 'Pupil privacy notice' },
        { href: 'https://www.anytown.gov.uk/schools-privacy-notice', text: 'Privacy notice' },
      ]),
    );
    expect(byPath(ranked, 'docs.school').sameSite).toBe(true);
    expect(byPath(ranked, 'anytown.gov.uk').sameSite).toBe(false);
  });
});

describe('fallbackPaths', () => {
  it('offers the well-known notice paths on the origin only', () => {
    const urls = fallbackPaths('https://www.school.example.sch.uk/about/us?x=1');
    expect(urls).toContain('https://www.school.example.sch.uk/privacy-notice');
    expect(urls).toContain('https://www.school.example.sch.uk/cookie-policy');
    expect(urls.every((u) => u.startsWith('https://www.school.example.sch.uk/'))).toBe(true);
    expect(fallbackPaths('mailto:office@school.example')).toEqual([]);
    expect(fallbackPaths('nonsense')).toEqual([]);
  });
});
