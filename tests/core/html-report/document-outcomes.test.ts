// The HTML report says which document was audited as what, or "not found" with what was looked at, as the popup does.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReportHtml } from '../../../src/core/html-report';
import type { TriedDocument } from '../../../src/core/discovery/document-outcomes';
import { runAudit } from '../../../src/core/run-audit';
import { siteReportHtml } from '../../../src/cli/site/site-report-html';
import type { SiteAuditResult } from '../../../src/cli/site/site-rows';

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '../../fixtures', path), 'utf8');
const SITE = 'https://school.example';
const OPTIONS = { asOf: '2026-11-23', auditedAt: '2026-11-23T10:00:00.000Z' };

function tried(path: string, label: string, linkKind: TriedDocument['linkKind'], rest: Partial<TriedDocument>): TriedDocument {
  return { url: `${SITE}${path}`, label, via: 'home', linkKind, kind: null, error: null, unreadable: false, ...rest };
}

/** Text between the Documents heading and the first document's section, tags removed. */
function documentsBlock(html: string): string {
  const block = /<section class="outcomes">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return block
    .replace(/<[^>]+>/g, ' ')
    .replace(/&mdash;/g, '-')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('document outcomes in the HTML report', () => {
  it('no pupil notice: the 404 link and the cookie policy are named, and only the cookie notice was audited', () => {
    const cookiePolicy = fixture('site/more/privacy-and-cookies.html').replaceAll('__SCHOOL__', 'Oak Lane Primary School');
    const report = runAudit(
      {
        notice: { format: 'html', html: cookiePolicy, url: `${SITE}/cookies` },
        discovery: {
          tried: [
            tried('/privacy-notices', 'Privacy notices', 'pupil-notice', { error: 'HTTP 404' }),
            tried('/cookies', 'Cookies', 'cookie-notice', { kind: 'cookie-notice' }),
          ],
          hubsVisited: [],
          notFetched: [],
        },
      },
      OPTIONS,
    );
    const html = renderReportHtml(report, { siteUrl: `${SITE}/` });
    const block = documentsBlock(html);
    expect(block).toMatch(/^Documents No pupil privacy notice found\. Only the cookie notice was audited\./);
    expect(block).toContain(
      `Pupil privacy notice: not found. Looked at: ${SITE}/privacy-notices - answered HTTP 404 ${SITE}/cookies - is a cookie notice`,
    );
    expect(block).toMatch(new RegExp(`Cookie notice: ${SITE}/cookies \\(`));
    // The addresses are links; the outcome block comes before the document's own findings.
    expect(html).toContain(`<a href="${SITE}/privacy-notices" rel="noopener noreferrer nofollow">`);
    expect(html.indexOf('class="outcomes"')).toBeLessThan(html.indexOf('class="document"'));
  });

  it('a pupil notice found: the document audited as it and why; a page-level block said once for a whole site', () => {
    const report = runAudit(
      {
        notice: { format: 'text', text: fixture('corpus/seed-001.txt'), url: `${SITE}/privacy-notice-pupils` },
        discovery: {
          tried: [tried('/privacy-notice-pupils', 'Privacy notice for pupils', 'pupil-notice', { kind: 'pupil-notice' })],
          hubsVisited: [],
          notFetched: [],
        },
      },
      OPTIONS,
    );
    const pupil = report.documents?.find((d) => d.role === 'pupil-notice');
    expect(pupil?.found).toBe(true);
    const site = {
      siteUrl: `${SITE}/`,
      school: 'Alpha',
      status: 'done',
      capture: null,
      audits: [
        { entry: { role: 'document' }, report },
        { entry: { role: 'consent-state' }, report },
      ],
    } as unknown as SiteAuditResult;
    const html = siteReportHtml(site);
    expect(html.match(/<section class="outcomes">/g)).toHaveLength(1);
    const block = documentsBlock(html);
    expect(block).toContain(`Pupil privacy notice: ${SITE}/privacy-notice-pupils (${pupil!.documents[0]!.why})`);
    expect(block).not.toMatch(/No pupil privacy notice found/);
  });

  it('a report without outcomes (a file given on its own) has no Documents block; hostile addresses stay text', () => {
    const plain = runAudit({ notice: { format: 'text', text: fixture('corpus/seed-001.txt') } }, OPTIONS);
    expect(renderReportHtml(plain)).not.toContain('class="outcomes"');
    const report = runAudit(
      {
        notice: { format: 'text', text: fixture('corpus/seed-001.txt'), url: `${SITE}/privacy` },
        discovery: {
          tried: [{ ...tried('/x', '<img src=x onerror=alert(1)>', 'pupil-notice', { error: 'HTTP 404' }), url: 'javascript:alert(1)' }],
          hubsVisited: [],
          notFetched: [],
        },
      },
      OPTIONS,
    );
    const html = renderReportHtml(report);
    expect(html).toContain('class="outcomes"');
    expect(html).not.toMatch(/href="javascript|<img/i);
  });
});
