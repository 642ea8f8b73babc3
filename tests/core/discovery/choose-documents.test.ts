// The one chooser: a document fills the role its own text gives it; outcomes say what was audited and what was looked at.
import { describe, expect, it } from 'vitest';
import {
  choiceArtifacts,
  chooseDocuments,
  discoveryOf,
  pickDocuments,
  readFetched,
  type PickedDocument,
} from '../../../src/core/discovery/choose-documents';
import { runAudit } from '../../../src/core/run-audit';
import { readNotice } from '../../../src/core/notice/read-notice';

const SITE = 'https://school.example.sch.uk';

const COOKIE_POLICY = `<html><head><title>Privacy &amp; cookies</title></head><body><h1>Privacy &amp; cookies</h1>
<p>This website uses cookies. Cookies are small files stored on your device when you visit.</p>
<h2>Cookies we use</h2><table><tr><th>Cookie</th><th>Purpose</th><th>Expiry</th></tr>
<tr><td>PHPSESSID</td><td>Keeps your session</td><td>Session</td></tr><tr><td>_ga</td><td>Counts visits</td><td>2 years</td></tr></table>
<p>Strictly necessary cookies cannot be switched off; you can block third-party cookies in your browser.</p></body></html>`;

const PUPIL_NOTICE = `<html><head><title>Privacy notice for pupils and parents</title></head><body><h1>Privacy notice for pupils and parents</h1>
<p>Example Primary School is the data controller for the information we hold about pupils and their parents and carers.</p>
<h2>Why we use pupil information</h2><ul><li>to support pupil learning</li><li>to monitor attainment</li><li>to meet the school census duties</li></ul>
<p>We share pupil data with the Department for Education for the National Pupil Database.</p></body></html>`;

/** A website privacy policy with its own cookie section: both kinds on one page. */
const WEBSITE_POLICY_WITH_COOKIES = `<html><head><title>Website privacy policy</title></head><body><h1>Website privacy policy</h1>
<p>This policy explains how we use information about visitors to this website, including contact forms and IP addresses.</p>
<p>We use web analytics to see how visitors use our site, and our server logs record your browser.</p>
<h2>Cookies</h2><p>We use cookies to make this website work.</p><table><tr><th>Cookie</th><th>Purpose</th><th>Expiry</th></tr>
<tr><td>PHPSESSID</td><td>Keeps your session</td><td>Session</td></tr></table>
<p>You can block cookies in your browser settings; strictly necessary cookies cannot be switched off.</p></body></html>`;

function link(path: string, text: string, kind: PickedDocument['kind']): PickedDocument {
  return { url: `${SITE}${path}`, text, kind, format: 'html', score: 50, reasons: [], isHub: false, sameSite: true, via: 'home' };
}

function html(path: string, body: string) {
  return { input: { format: 'html' as const, url: `${SITE}${path}`, html: body } };
}

describe('choosing documents', () => {
  it("classifies a fetched page from the caller's own reading of it, reading it once", () => {
    const got = html('/privacy-cookies', COOKIE_POLICY);
    const reads: unknown[] = [];
    const reader = (input: Parameters<typeof readNotice>[0]) => (reads.push(input), readNotice(input));
    const fetched = readFetched(link('/privacy-cookies', 'Privacy & cookies', 'website-privacy-policy'), got, undefined, reader);
    expect(reads).toEqual([got.input]);
    expect(fetched).toEqual(readFetched(link('/privacy-cookies', 'Privacy & cookies', 'website-privacy-policy'), got));
    // The reading decides: the pupil notice's reading makes the same address a pupil notice.
    const pupilReading = () => readNotice(html('/privacy-cookies', PUPIL_NOTICE).input);
    const misread = readFetched(link('/privacy-cookies', 'Privacy & cookies', 'website-privacy-policy'), got, undefined, pupilReading);
    expect(misread.tried.kind).toBe('pupil-notice');
  });

  it('reads a "Privacy & cookies" link that opens a cookie policy as the cookie notice, never the privacy notice', () => {
    const fetched = [
      readFetched(link('/privacy-cookies', 'Privacy & cookies', 'website-privacy-policy'), html('/privacy-cookies', COOKIE_POLICY)),
    ];
    expect(fetched[0]?.tried.kind).toBe('cookie-notice');
    const choice = chooseDocuments(fetched);
    expect(choice.notice).toBeNull();
    expect(choice.cookieNotice?.tried.url).toBe(`${SITE}/privacy-cookies`);
    const main = choiceArtifacts(choice, {}, discoveryOf(fetched));
    expect(main?.kind).toBe('cookie-notice');
    const report = runAudit(main!.artifacts, { asOf: '2026-11-23', kind: main!.kind });
    expect(report.items.filter((i) => i.area === 'notice').every((i) => i.status === 'not-applicable')).toBe(true);
    expect(report.summary.headline[0]).toMatch(/^No privacy notice was audited/);
    // What it lists as missing are the cookie notice's own gaps, never a privacy notice's.
    expect(report.summary.headline.join(' ')).not.toMatch(/Nothing required is missing|DPO|retention|purposes/i);
    expect(report.documents?.find((d) => d.role === 'pupil-notice')).toMatchObject({
      found: false,
      lookedAt: [{ result: 'other-kind', detail: 'is a cookie notice' }],
    });
  });

  it('takes the pupil notice as the privacy notice and keeps a failed link as looked at', () => {
    const fetched = [
      readFetched(link('/privacy-notices', 'Privacy notices', 'pupil-notice'), { error: "the school's server answered 404 Not Found" }),
      readFetched(link('/cookies', 'Cookies', 'cookie-notice'), html('/cookies', COOKIE_POLICY)),
      readFetched(link('/pupils/privacy', 'Privacy notice - pupils', 'pupil-notice'), html('/pupils/privacy', PUPIL_NOTICE)),
    ];
    const choice = chooseDocuments(fetched);
    expect(choice.notice?.tried.url).toBe(`${SITE}/pupils/privacy`);
    expect(choice.cookieNotice?.tried.url).toBe(`${SITE}/cookies`);
    const main = choiceArtifacts(choice, {}, discoveryOf(fetched));
    expect(main?.artifacts.cookieNotice?.url).toBe(`${SITE}/cookies`);
    const report = runAudit(main!.artifacts, { asOf: '2026-11-23', kind: main!.kind });
    const [pupil, others, cookie] = report.documents ?? [];
    expect(pupil).toMatchObject({
      role: 'pupil-notice',
      found: true,
      documents: [{ url: `${SITE}/pupils/privacy`, why: "linked as 'Privacy notice - pupils'; its text reads as a pupil privacy notice" }],
    });
    expect(others).toMatchObject({ role: 'other-notices', found: false });
    expect(others?.lookedAt).toEqual([
      expect.objectContaining({ url: `${SITE}/privacy-notices`, result: 'missing', detail: 'answered HTTP 404' }),
    ]);
    expect(cookie).toMatchObject({ role: 'cookie-notice', found: true, documents: [{ url: `${SITE}/cookies` }] });
  });

  it('audits a page that is both a privacy policy and a cookie notice for what it contains', () => {
    const fetched = [
      readFetched(link('/privacy', 'Privacy & cookies', 'website-privacy-policy'), html('/privacy', WEBSITE_POLICY_WITH_COOKIES)),
    ];
    const choice = chooseDocuments(fetched);
    expect(choice.notice?.tried.kind).toBe('website-privacy-policy');
    const main = choiceArtifacts(choice, {}, discoveryOf(fetched));
    const report = runAudit(main!.artifacts, { asOf: '2026-11-23', kind: main!.kind });
    // Notice checks ran (pupil-only ones do not apply), and the cookie checks read its cookie section.
    expect(report.items.some((i) => i.area === 'notice' && i.status !== 'not-applicable')).toBe(true);
    expect(report.items.some((i) => i.area === 'cookies')).toBe(true);
    expect(report.documents?.find((d) => d.role === 'cookie-notice')).toMatchObject({
      found: true,
      documents: [{ url: `${SITE}/privacy`, why: 'the privacy notice has its own cookie section' }],
    });
    expect(report.documents?.find((d) => d.role === 'pupil-notice')?.found).toBe(false);
  });

  it("a document with no readable text keeps the link's reading, so the audit can say it could not be read", () => {
    const fetched = [
      readFetched(
        link('/privacy-notice', 'Privacy notice', 'pupil-notice'),
        html('/privacy-notice', '<html><body><div id="app"></div></body></html>'),
      ),
    ];
    expect(fetched[0]?.tried).toMatchObject({ kind: 'pupil-notice', unreadable: true });
    expect(chooseDocuments(fetched).notice).not.toBeNull();
  });

  it('fetches notices only, best first, two per kind, and no legacy .doc files', () => {
    const picked = pickDocuments([
      link('/a', 'Privacy notice - pupils', 'pupil-notice'),
      { ...link('/b', 'Privacy notice - parents', 'pupil-notice'), score: 40 },
      { ...link('/c', 'Privacy notice - early years', 'pupil-notice'), score: 30 },
      { ...link('/old.doc', 'Old notice', 'pupil-notice'), format: 'doc' },
      link('/send', 'SEND policy', 'other-policy'),
      link('/cookies', 'Cookies', 'cookie-notice'),
    ]);
    expect(picked.map((p) => p.url.replace(SITE, ''))).toEqual(['/a', '/cookies', '/b']);
  });
});
