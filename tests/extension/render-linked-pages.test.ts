// The extension reads linked HTML notices from their rendered DOM (unless the served HTML already holds the text), keeps
// the served HTML, and says so when it could not render.
import { describe, expect, it } from 'vitest';
import { runExtensionAudit, type AuditDeps } from '../../src/extension/run-extension-audit';
import { planAccess } from '../../src/extension/hosts';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';
import type { GatheredPage } from '../../src/extension/gather/capture-page';
import type { FetchedDocument } from '../../src/extension/fetch-document';

const ORIGIN = 'https://stmarys.example.sch.uk';
const SHELL =
  '<!doctype html><html><head><title></title><script src="/js/site.js"></script></head><body><div id="app"></div></body></html>';
const NOTICE = `<!doctype html><html><head><title>Privacy notice</title></head><body><main><h1>Privacy notice for pupils</h1>
<p>St Mary's Primary School is the data controller for the information we hold about pupils.</p>
<p>We use pupil data to support learning, to monitor progress and to keep children safe.</p></main></body></html>`;

const home: GatheredPage = {
  url: `${ORIGIN}/`,
  title: "St Mary's Primary School",
  html: `<html><body><h1>Welcome</h1><a href="${ORIGIN}/privacy-notice">Privacy notice</a></body></html>`,
  htmlTruncated: false,
  links: [{ href: `${ORIGIN}/privacy-notice`, text: 'Privacy notice' }],
  resourceHosts: [],
  mainHeading: 'Welcome',
  capturedAt: '2026-11-23T10:00:00Z',
};

function deps(over: Partial<AuditDeps>): AuditDeps {
  return {
    cookies: { forDomain: async () => [] },
    fetchDocument: async (url): Promise<FetchedDocument> => ({ input: { format: 'html', url, html: SHELL }, finalUrl: url, warnings: [] }),
    parseLinks: () => [],
    browserName: 'Chromium 156',
    now: () => new Date('2026-11-23T10:00:00Z'),
    ...over,
  };
}

const request = { page: home, plan: planAccess(home.url, []), granted: true, settings: DEFAULT_SETTINGS };

describe('linked pages in the extension', () => {
  it('audits the rendered DOM of a script-built notice, not its empty served shell', async () => {
    const rendered: string[] = [];
    const audit = await runExtensionAudit(
      request,
      deps({ renderDocument: async (url) => (rendered.push(url), { html: NOTICE, finalUrl: url, settled: true }) }),
    );
    expect(rendered).toEqual([`${ORIGIN}/privacy-notice`]);
    expect(audit.report.items.find((i) => i.id === 'purposes')?.status).toBe('pass');
    expect(audit.report.summary.headline[0]).not.toMatch(/Could not read/);
    expect(audit.report.warnings).toEqual([]);
  });

  it('falls back to the fetched HTML when rendering is impossible, and says so', async () => {
    const audit = await runExtensionAudit(
      request,
      deps({ renderDocument: async () => Promise.reject(new Error('access to stmarys.example.sch.uk was not given')) }),
    );
    expect(audit.report.warnings).toContain(
      'read as served: the page could not be rendered (access to stmarys.example.sch.uk was not given)',
    );
    expect(audit.report.summary.headline[0]).toBe(
      'Could not read the page: it has no readable text as served, and its scripts were not run.',
    );
    expect(audit.report.summary.headline.join(' ')).not.toMatch(/Nothing required is missing/);
  });

  it('reads cookies before any linked page is rendered, so rendering cannot add to the jar', async () => {
    const order: string[] = [];
    await runExtensionAudit(
      request,
      deps({
        cookies: { forDomain: async () => (order.push('cookies'), []) },
        renderDocument: async (url) => (order.push('render'), { html: NOTICE, finalUrl: url, settled: true }),
      }),
    );
    expect(order.indexOf('cookies')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('cookies')).toBeLessThan(order.indexOf('render'));
  });

  // Sentences enough to be a notice's own text as served: no empty shell, no menu.
  const SERVED_NOTICE = `<!doctype html><html><head><title>Privacy notice</title><script src="/js/menu.js"></script></head><body><main><h1>Privacy notice for pupils</h1>
${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: St Mary's Primary School holds information about pupils so that it can teach them, keep them safe and meet its legal duties.</p>`).join('\n')}
</main></body></html>`;

  it('reads a page that already holds its text as served, without opening a background tab', async () => {
    const rendered: string[] = [];
    const audit = await runExtensionAudit(
      request,
      deps({
        fetchDocument: async (url) => ({ input: { format: 'html', url, html: SERVED_NOTICE }, finalUrl: url, warnings: [] }),
        renderDocument: async (url) => (rendered.push(url), { html: NOTICE, finalUrl: url, settled: true }),
      }),
    );
    expect(rendered).toEqual([]);
    expect(audit.report.warnings.join(' ')).not.toMatch(/read as served/);
    expect(audit.report.school).toMatch(/St Mary/);
  });

  it('still renders a page with text whose cookie table a consent manager writes by script', async () => {
    const rendered: string[] = [];
    const withDeclaration = SERVED_NOTICE.replace(
      '</main>',
      '<script id="CookieDeclaration" src="https://consent.cookiebot.com/abc/cd.js" async></script></main>',
    );
    await runExtensionAudit(
      request,
      deps({
        fetchDocument: async (url) => ({ input: { format: 'html', url, html: withDeclaration }, finalUrl: url, warnings: [] }),
        renderDocument: async (url) => (rendered.push(url), { html: NOTICE, finalUrl: url, settled: true }),
      }),
    );
    expect(rendered).toEqual([`${ORIGIN}/privacy-notice`]);
  });
});
