// Page text in the HTML reports is attacker-controlled: it must come out as text, and links only as checked http(s) addresses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, linkOrText, renderFindingsHtml, renderReportHtml, safeHttpUrl, summariseRows } from '../../../src/core/html-report';
import { relativeFileLink } from '../../../src/core/html-report/escape';
import type { AuditReport } from '../../../src/core/report';
import { reportToRows } from '../../../src/core/csv';
import { runAudit } from '../../../src/core/run-audit';
import { summariseAudit } from '../../../src/core/summary';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function seedReport(): AuditReport {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/corpus/seed-001.txt'), 'utf8');
  return runAudit({ notice: { text, format: 'text', url: 'https://school.example/privacy' } } as Parameters<typeof runAudit>[0], {
    asOf: '2026-11-23',
    auditedAt: '2026-11-23T10:00:00.000Z',
  });
}

/** The report with hostile text in every field a website controls. */
function hostileReport(): AuditReport {
  const r = structuredClone(seedReport());
  r.school = HOSTILE;
  r.source.title = HOSTILE;
  r.source.url = 'javascript:alert(document.domain)';
  r.warnings = [HOSTILE];
  const item = r.items[0]!;
  item.status = 'fail';
  item.evidence = [{ text: HOSTILE, where: `under "${HOSTILE}"` }];
  item.message = '"><svg onload=alert(1)>';
  r.flags = [{ id: 'x', title: HOSTILE, evidence: [{ text: HOSTILE, where: HOSTILE }] }];
  r.cookies = {
    observed: [
      {
        name: HOSTILE,
        domain: '"><b>',
        party: 'third',
        category: 'analytics',
        vendor: HOSTILE,
        declared: 'near-miss',
        matchedEntry: HOSTILE,
        expiresInDays: 30,
        declaredDays: 1,
        beforeConsent: true,
      },
    ],
    declared: [{ names: [HOSTILE], provider: HOSTILE, purpose: HOSTILE, duration: HOSTILE, durationSeconds: null, where: HOSTILE }],
    capture: { pageUrl: 'data:text/html,<script>alert(1)</script>', capturedAt: HOSTILE, consent: HOSTILE, thirdPartyCookies: HOSTILE },
  };
  return r;
}

/** Every element name in the page: page text must not add any. */
function tagsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

describe('escapeHtml', () => {
  it('turns markup characters into entities, quotes included', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`a"b'c&d`)).toBe('a&quot;b&#39;c&amp;d');
    expect(escapeHtml(null)).toBe('');
  });
  it('drops control characters and lone surrogates HTML cannot carry', () => {
    expect(escapeHtml('a\u0000b\u0007c\nd')).toBe('abc\nd');
    expect(escapeHtml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeHtml('😀')).toBe('😀');
  });
});

describe('links', () => {
  it('accepts only absolute http(s) addresses without credentials', () => {
    expect(safeHttpUrl('https://school.example/a b')).toBe('https://school.example/a%20b');
    expect(safeHttpUrl('http://school.example/')).toBe('http://school.example/');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '/relative',
      '//evil.example/',
      'https://user:pw@evil.example/',
      '',
      null,
    ]) {
      expect(safeHttpUrl(bad as string), String(bad)).toBeNull();
    }
  });
  it('writes a rejected address as text, and escapes a quote in an accepted one', () => {
    expect(linkOrText('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(linkOrText('javascript:alert(1)')).not.toContain('href');
    const html = linkOrText('https://school.example/?q="><script>');
    expect(html).toMatch(/^<a href="https:\/\/school\.example\/\?q=%22%3E%3Cscript%3E" rel="noopener noreferrer nofollow">/);
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
  it('links only to plain relative .html paths the tool wrote', () => {
    expect(relativeFileLink('findings-sites/a.example-12/report.html', 'A')).toBe(
      '<a href="findings-sites/a.example-12/report.html">A</a>',
    );
    expect(relativeFileLink('../../etc/report.html', 'x')).toBe('x');
    expect(relativeFileLink('javascript:alert(1)//.html', 'x')).toBe('x');
  });
});

describe('renderReportHtml', () => {
  it('renders the summary, each gap with evidence, law and fix, and folds the passes', () => {
    const r = seedReport();
    const html = renderReportHtml(r);
    const gap = r.items.find((i) => i.status === 'fail' && i.evidence.length)!;
    expect(html).toContain(escapeHtml(gap.title));
    expect(html).toContain(escapeHtml(gap.evidence[0]!.text));
    expect(html).toContain(escapeHtml(gap.ref));
    expect(html).toContain(escapeHtml(gap.guidance));
    const passes = r.items.filter((i) => i.status === 'pass' && i.area === 'notice').length;
    expect(html).toContain(`<details><summary>Met (${passes})</summary>`);
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(html).not.toMatch(/<script|<link|\bsrc=/i);
  });

  it('never lets page text become markup: no new elements, no handlers, no javascript: link', () => {
    const clean = tagsOf(renderReportHtml(seedReport()));
    const html = renderReportHtml(hostileReport());
    const added = [...tagsOf(html)].filter(
      (t) => !clean.has(t) && !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'br'].includes(t),
    );
    expect(added).toEqual([]);
    expect(html).not.toMatch(/<script|<img|<svg|href="javascript|href="data/i);
    // No element carries an event handler: "onerror=" may appear only as text between tags.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('javascript:alert(document.domain)');
  });
});

describe('renderFindingsHtml', () => {
  it('counts each school from its rows and charts the checks most often missing', () => {
    const rows = reportToRows(seedReport(), { siteUrl: 'https://a.example/' });
    const sum = summariseRows(rows);
    expect(sum.missing).toBe(
      rows.filter((r) => r.status === 'fail' && r.row_type === 'check' && r.area !== 'quality' && r.severity.startsWith('required')).length,
    );
    expect(sum.missing).toBe(summariseAudit({ documents: [seedReport()] }).requiredMissing);
    const html = renderFindingsHtml([
      {
        siteUrl: 'https://a.example/',
        school: 'A School',
        la: null,
        status: 'done',
        error: null,
        reportPath: 'findings-sites/a/report.html',
        ...sum,
      },
      {
        siteUrl: 'javascript:alert(1)',
        school: HOSTILE,
        la: HOSTILE,
        status: 'error',
        error: HOSTILE,
        reportPath: '../x.html',
        missing: 0,
        partly: 0,
        needsReview: 0,
        cookieProblems: 0,
        gaps: [],
      },
    ]);
    expect(html).toContain('<a href="findings-sites/a/report.html">A School</a>');
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain(escapeHtml(sum.gaps[0]!.title.slice(0, 20)));
    expect(html).not.toMatch(/<script|<img|href="javascript|href="\.\./i);
  });
});
