// The same pages and cookies through the CLI's site path and the extension's audit give the same report, document outcomes included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { DocumentInput, PageCapture } from '../../src/core/artifacts';
import { pickDocuments, rankPage } from '../../src/core/discovery/choose-documents';
import type { AuditReport } from '../../src/core/report';
import { planAudits, runPlannedAudit } from '../../src/cli/record/plan-audits';
import type { FoundDocument, SiteCapture } from '../../src/cli/record/site-record';
import { documentFromBytes } from '../../src/cli/load-document';
import type { BrowserCookie } from '../../src/extension/adapters/cookies';
import { fetchDocument } from '../../src/extension/fetch-document';
import type { GatheredPage } from '../../src/extension/gather/capture-page';
import { planAccess } from '../../src/extension/hosts';
import { runExtensionAudit } from '../../src/extension/run-extension-audit';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';

const FIXTURES = join(import.meta.dirname, '../fixtures/site');
const NOW = new Date('2026-11-23T10:00:00Z');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A school site as plain data: pages by path (null answers 404), and the browser's cookie jar after the home page. */
interface FakeSite {
  origin: string;
  home: string;
  pages: Record<string, string | null>;
  jar: { name: string; value: string; domain: string; hostOnly: boolean; httpOnly: boolean; session: boolean; days?: number }[];
  resourceHosts: string[];
}

function moreHome(school: string, nav: string, footer: string): string {
  return read('more/home.html')
    .replaceAll('__SCHOOL__', school)
    .replaceAll('__WELCOME__', 'A school.')
    .replaceAll('__NAV__', nav)
    .replaceAll('__FOOTER__', footer);
}

function jarFor(host: string): FakeSite['jar'] {
  return [
    { name: 'PHPSESSID', value: 'sess', domain: host, hostOnly: true, httpOnly: true, session: true },
    { name: '_ga', value: 'GA1.1.1.1', domain: `.${host}`, hostOnly: false, httpOnly: false, session: false, days: 730 },
    {
      name: 'cookieyes-consent',
      value: 'consentid:abc,consent:no,action:,necessary:yes,analytics:no',
      domain: host,
      hostOnly: true,
      httpOnly: false,
      session: false,
      days: 365,
    },
    { name: 'VISITOR_INFO1_LIVE', value: 'v', domain: '.youtube.com', hostOnly: false, httpOnly: true, session: false, days: 180 },
  ];
}

const SITES: Record<string, FakeSite> = {
  'a primary school with a pupil notice and a cookie policy': {
    origin: 'https://stanselms.example.sch.uk',
    home: read('home.html').replaceAll('__VIDEO_ORIGIN__', 'https://www.youtube.com'),
    pages: { '/key-info/privacy-pupils': read('privacy-pupils.html'), '/cookies': read('cookies.html') },
    jar: jarFor('stanselms.example.sch.uk'),
    resourceHosts: ['www.youtube.com'],
  },
  'a school whose only privacy page is a cookie policy': {
    origin: 'https://brookside.example.sch.uk',
    home: moreHome('Brookside Primary School', '<li><a href="/privacy-cookies">Privacy &amp; cookies</a></li>', ''),
    pages: { '/privacy-cookies': read('more/privacy-and-cookies.html').replaceAll('__SCHOOL__', 'Brookside Primary School') },
    jar: jarFor('brookside.example.sch.uk'),
    resourceHosts: ['www.youtube.com'],
  },
  'a school whose privacy notices link answers 404': {
    origin: 'https://elmwood.example.sch.uk',
    home: moreHome('Elmwood Primary School', '<li><a href="/privacy-notices">Privacy notices</a></li>', '<a href="/cookies">Cookies</a>'),
    pages: {
      '/privacy-notices': null,
      '/cookies': read('more/privacy-and-cookies.html').replaceAll('__SCHOOL__', 'Elmwood Primary School'),
    },
    jar: jarFor('elmwood.example.sch.uk'),
    resourceHosts: ['www.youtube.com'],
  },
  'an academy in a trust': {
    origin: 'https://oakfield.example.sch.uk',
    home: moreHome(
      'Oakfield Academy',
      '<li><a href="/students/privacy-notice">Privacy notice for students and parents</a></li><li><a href="/cookies">Cookie policy</a></li>',
      '',
    ),
    pages: { '/students/privacy-notice': read('more/academy-privacy.html'), '/cookies': read('more/academy-cookies.html') },
    jar: jarFor('oakfield.example.sch.uk'),
    resourceHosts: ['www.youtube.com'],
  },
};

/** A site on a site builder's shared domain: the browser also holds another school's cookie under the same suffix. */
const WIX_SITE: FakeSite = {
  origin: 'https://myschool.wixsite.com',
  home: read('home.html').replaceAll('__VIDEO_ORIGIN__', 'https://www.youtube.com'),
  pages: { '/key-info/privacy-pupils': read('privacy-pupils.html'), '/cookies': read('cookies.html') },
  jar: [
    ...jarFor('myschool.wixsite.com'),
    { name: 'svSession', value: 'other', domain: 'otherschool.wixsite.com', hostOnly: true, httpOnly: true, session: false, days: 365 },
  ],
  resourceHosts: ['www.youtube.com'],
};

function pageOf(site: FakeSite, url: string): string | null | undefined {
  const u = new URL(url);
  if (u.origin !== site.origin) return undefined;
  return u.pathname === '/' ? site.home : site.pages[u.pathname];
}

/** The page as a gatherer captures it (links resolved against the page, text squashed), read with an HTML parser. */
function gather(site: FakeSite): GatheredPage {
  const $ = cheerio.load(site.home);
  const url = `${site.origin}/`;
  const links = $('a[href]')
    .toArray()
    .map((a) => ({ href: new URL($(a).attr('href') ?? '', url).href, text: $(a).text().replace(/\s+/g, ' ').trim() }));
  return {
    url,
    title: $('title').text().trim(),
    html: site.home,
    htmlTruncated: false,
    links,
    resourceHosts: site.resourceHosts,
    mainHeading: $('h1').first().text().trim(),
    capturedAt: NOW.toISOString(),
  };
}

/** The site's server: every page is HTML declared as UTF-8, a path it does not have answers 404. */
function fakeFetch(site: FakeSite): typeof fetch {
  return (async (input: string | URL | Request) => {
    const page = pageOf(site, String(input));
    if (page === undefined) throw new TypeError('network error');
    return page === null
      ? new Response('not found', { status: 404, statusText: 'Not Found' })
      : new Response(page, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }) as typeof fetch;
}

/** chrome.cookies.getAll({ domain }): cookies whose domain is the given one or under it. */
function cookiesApi(site: FakeSite) {
  return {
    forDomain: async (domain: string): Promise<BrowserCookie[]> =>
      site.jar
        .filter((c) => {
          const d = c.domain.replace(/^\./, '');
          return d === domain || d.endsWith(`.${domain}`);
        })
        .map((c) => ({
          name: c.name,
          value: c.value,
          domain: c.domain,
          path: '/',
          hostOnly: c.hostOnly,
          httpOnly: c.httpOnly,
          secure: true,
          session: c.session,
          ...(c.days ? { expirationDate: NOW.getTime() / 1000 + c.days * 86_400 } : {}),
        })),
  };
}

async function extensionReport(site: FakeSite): Promise<AuditReport> {
  const page = gather(site);
  const audit = await runExtensionAudit(
    { page, plan: planAccess(page.url, page.resourceHosts), granted: true, settings: DEFAULT_SETTINGS },
    {
      cookies: cookiesApi(site),
      fetchDocument: (url) => fetchDocument(url, fakeFetch(site)),
      renderDocument: async (url) => ({ html: pageOf(site, url) ?? '', finalUrl: url, settled: true }),
      parseLinks: () => [],
      browserName: 'Chromium 156',
      now: () => NOW,
    },
  );
  return audit.report;
}

/**
 * A picked link as the CLI's in-page fetcher reads it: the server's bytes and Content-Type through the CLI's document
 * reader (read-document.ts, as its audit worker runs it), the final URL recorded, and the rendered page read with the
 * served HTML kept beside it. An error status becomes the fetcher's one-line reason.
 */
async function cliDocument(site: FakeSite, url: string): Promise<{ input: DocumentInput } | { error: string }> {
  const res = await fakeFetch(site)(url);
  if (!res.ok) return { error: `${url} answered HTTP ${res.status}` };
  const bytes = new Uint8Array(await res.arrayBuffer());
  const served = await documentFromBytes(bytes, { name: url, contentType: res.headers.get('content-type') ?? '' });
  if (served.format !== 'html') throw new Error(`${url} was not read as HTML`);
  return { input: { ...served, url, readFrom: 'rendered', servedHtml: served.html } };
}

/** The CLI's site path after its browser has gathered: discovery, fetching every picked link, planAudits, the main audit. */
async function cliReport(site: FakeSite): Promise<AuditReport> {
  const g = gather(site);
  const page: PageCapture = {
    url: g.url,
    title: g.title,
    html: g.html,
    links: g.links,
    resourceHosts: g.resourceHosts,
    capturedAt: g.capturedAt,
  };
  const found: FoundDocument[] = [];
  const documents = new Map<string, DocumentInput>();
  for (const c of pickDocuments(rankPage(page, 'home'))) {
    const read = await cliDocument(site, c.url);
    found.push({
      url: c.url,
      kind: c.kind,
      linkKind: c.kind,
      text: c.text,
      format: c.format,
      score: c.score,
      reasons: c.reasons,
      via: c.via,
      error: 'error' in read ? read.error : null,
    });
    if ('input' in read) documents.set(c.url, read.input);
  }
  // A fresh browser context holds only what this site set; Playwright reports session cookies with expires -1.
  const host = new URL(site.origin).hostname;
  const cookies = site.jar
    .filter((c) => c.domain.replace(/^\./, '') === host || host.endsWith(c.domain) || c.domain === '.youtube.com')
    .map((c) => ({
      name: c.name,
      value: c.value,
      domain: c.domain,
      path: '/',
      expires: c.days ? NOW.getTime() / 1000 + c.days * 86_400 : -1,
      httpOnly: c.httpOnly,
      secure: true,
      sameSite: 'Lax',
    }));
  const environment = {
    browser: 'Chromium 156',
    thirdPartyCookies: 'allowed' as const,
    consent: 'none-given' as const,
    consentManager: 'cookieyes',
    capturedAt: NOW.toISOString(),
  };
  const capture: SiteCapture = {
    siteUrl: page.url,
    finalUrl: page.url,
    page,
    captures: [
      {
        requested: 'none',
        consent: 'none-given',
        consentManager: 'cookieyes',
        operated: 'not-attempted',
        note: '',
        observedCookies: { pageUrl: page.url, capturedAt: NOW.toISOString(), consent: 'none-given', thirdPartyCookies: 'allowed', cookies },
        environment,
      },
    ],
    consentRequested: ['none'],
    documents: found,
    hubsVisited: [],
    fallbackTried: [],
    warnings: [],
  };
  const [main] = planAudits(capture, documents);
  if (!main) throw new Error('the CLI planned no audit');
  return runPlannedAudit(main.entry, main.artifacts, { asOf: '2026-11-23', auditedAt: NOW.toISOString() });
}

/** What a person reads: the documents, each check's verdict and evidence, the observed-cookie rows and the summary. */
function comparable(r: AuditReport) {
  return {
    source: r.source,
    school: r.school,
    nation: r.nation,
    phase: r.phase,
    items: r.items.map((i) => ({ id: i.id, status: i.status, message: i.message, evidence: i.evidence })),
    flags: r.flags,
    observed: [...(r.cookies?.observed ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    declared: r.cookies?.declared ?? [],
    documents: r.documents,
    headline: r.summary.headline,
  };
}

describe('the CLI and the extension give the same report for the same site', () => {
  for (const [name, site] of Object.entries(SITES)) {
    it(name, async () => {
      const [fromCli, fromExtension] = [await cliReport(site), await extensionReport(site)];
      expect(fromCli.items.length).toBeGreaterThan(20);
      expect(fromCli.cookies?.observed.length).toBeGreaterThan(0);
      expect(comparable(fromExtension)).toEqual(comparable(fromCli));
    });
  }

  // The jar holds another school's cookie on the same builder's domain: both front ends share one domain module (with
  // private suffixes), so neither reads it as this school's.
  it("a school on a site builder's shared domain (myschool.wixsite.com)", async () => {
    const [fromCli, fromExtension] = [await cliReport(WIX_SITE), await extensionReport(WIX_SITE)];
    expect(comparable(fromExtension)).toEqual(comparable(fromCli));
  });
  it("on a site builder's shared domain, everything but the cookie query agrees", async () => {
    const site = { ...WIX_SITE, jar: WIX_SITE.jar.filter((c) => !c.domain.startsWith('otherschool')) };
    const [fromCli, fromExtension] = [await cliReport(site), await extensionReport(site)];
    expect(comparable(fromExtension)).toEqual(comparable(fromCli));
  });
});

describe('what each front end says it audited', () => {
  it('never audits a cookie policy as the pupil notice, and says no pupil notice was found', async () => {
    const r = await extensionReport(SITES['a school whose only privacy page is a cookie policy']!);
    expect(r.source.kind).toBe('cookie-notice');
    expect(r.items.filter((i) => i.area === 'notice').every((i) => i.status === 'not-applicable')).toBe(true);
    expect(r.summary.headline[0]).toMatch(/No privacy notice was audited/);
    const pupil = r.documents?.find((d) => d.role === 'pupil-notice');
    expect(pupil?.found).toBe(false);
    expect(pupil?.lookedAt).toEqual([
      expect.objectContaining({
        url: 'https://brookside.example.sch.uk/privacy-cookies',
        result: 'other-kind',
        detail: 'is a cookie notice',
      }),
    ]);
    expect(r.documents?.find((d) => d.role === 'cookie-notice')?.documents[0]?.url).toBe(
      'https://brookside.example.sch.uk/privacy-cookies',
    );
  });

  it('names the link that answered 404', async () => {
    const r = await cliReport(SITES['a school whose privacy notices link answers 404']!);
    const pupil = r.documents?.find((d) => d.role === 'pupil-notice');
    expect(pupil?.lookedAt[0]).toMatchObject({ url: 'https://elmwood.example.sch.uk/privacy-notices', result: 'missing' });
    expect(pupil?.sentence).toMatch(/^Pupil privacy notice: not found\. Looked at: \/privacy-notices \(answered HTTP 404\)/);
  });

  it('audits the pupil notice with the cookie notice beside it, and says why each was taken', async () => {
    const r = await extensionReport(SITES['a primary school with a pupil notice and a cookie policy']!);
    expect(r.source).toMatchObject({ url: 'https://stanselms.example.sch.uk/key-info/privacy-pupils', kind: 'pupil-notice' });
    expect(r.documents?.map((d) => [d.role, d.found])).toEqual([
      ['pupil-notice', true],
      ['other-notices', false],
      ['cookie-notice', true],
    ]);
    expect(r.documents?.[0]?.documents[0]?.why).toBe(
      "linked as 'Privacy notice for pupils and parents'; its text reads as a pupil privacy notice",
    );
  });

  it('names the academy, not its trust, and reads an 11-18 academy as secondary', async () => {
    const r = await cliReport(SITES['an academy in a trust']!);
    expect(r.school).toBe('Oakfield Academy');
    expect(r.phase).toBe('secondary');
  });
});
