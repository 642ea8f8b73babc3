// One audit, every place its numbers are shown: the popup's summary, Copy summary, the audit log row, the
// extension's summary CSV row, the CLI's summary CSV row and text output all give the same counts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../../src/core/run-audit';
import { parseObservedCookies } from '../../../src/core/cookies/observed';
import type { AuditReport } from '../../../src/core/report';
import { summariseAudit } from '../../../src/core/summary';
import { entrySummary, logRowCounts, summaryRow as extensionSummaryRow, summaryText } from '../../../src/extension/summary';
import type { AuditLogEntry } from '../../../src/extension/audit-log';
import { summaryRow as cliSummaryRow, type SiteAuditResult } from '../../../src/cli/site/site-rows';
import { formatTextReport } from '../../../src/cli/format-text';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');

function audit(): AuditReport {
  const notice = {
    format: 'text' as const,
    text: read('corpus/case-content-gaps-primary.txt'),
    url: 'https://www.school.example.sch.uk/privacy',
  };
  const cookieNotice = {
    format: 'text' as const,
    text: read('cookies/heading-paragraph.txt'),
    url: 'https://www.school.example.sch.uk/cookies',
  };
  const observedCookies = parseObservedCookies(
    JSON.parse(read('cookies/heading-paragraph.observed.json')),
    'https://www.school.example.sch.uk/',
  );
  return runAudit({ notice, cookieNotice, observedCookies }, { asOf: '2026-11-23', auditedAt: '2026-11-23T10:00:00.000Z' });
}

function logEntry(report: AuditReport): AuditLogEntry {
  return {
    id: 'a',
    savedAt: report.auditedAt,
    siteUrl: 'https://www.school.example.sch.uk/',
    pageTitle: 'School',
    notice: { url: report.source.url, kind: report.source.kind, format: 'text', label: 'Privacy notice' },
    cookieNotice: { url: 'https://www.school.example.sch.uk/cookies', kind: 'cookie-notice', format: 'text', label: 'Cookies' },
    capture: {
      browser: 'Chromium 150',
      consent: report.cookies?.capture?.consent ?? 'unknown',
      consentManager: null,
      thirdPartyCookies: 'unknown',
      cookies: 'read',
      capturedAt: report.auditedAt,
    },
    report,
  };
}

function siteResult(report: AuditReport): SiteAuditResult {
  const first = report.cookies!.capture!;
  return {
    siteUrl: 'https://www.school.example.sch.uk/',
    school: null,
    la: null,
    urn: null,
    status: 'done',
    error: null,
    auditedAt: report.auditedAt,
    checklistVersion: report.checklist.version,
    capture: {
      siteUrl: 'https://www.school.example.sch.uk/',
      finalUrl: 'https://www.school.example.sch.uk/',
      page: { url: 'https://www.school.example.sch.uk/', title: 'School', links: [], resourceHosts: [], capturedAt: first.capturedAt },
      captures: [
        {
          requested: 'none',
          consent: 'none-given',
          consentManager: null,
          operated: 'not-attempted',
          note: 'captured before any interaction',
          observedCookies: { pageUrl: first.pageUrl, capturedAt: first.capturedAt, consent: 'none-given', cookies: [] },
          environment: { browser: 'Chromium 150', thirdPartyCookies: 'unknown', consent: 'none-given', capturedAt: first.capturedAt },
        },
      ],
      consentRequested: ['none'],
      documents: [],
      hubsVisited: [],
      fallbackTried: [],
      warnings: [],
    },
    audits: [
      {
        entry: {
          role: 'document',
          kind: report.source.kind,
          consent: 'none-given',
          documentUrl: report.source.url,
          artifacts: 'a.json',
          report: 'r.json',
        },
        report,
      },
    ],
  };
}

describe('one audit, the same numbers everywhere', () => {
  const report = audit();
  const entry = logEntry(report);
  const model = summariseAudit({ documents: [report] });

  it('is an audit with something in every count', () => {
    expect(model.requiredMissing).toBeGreaterThan(0);
    expect(model.partlyMet + model.qualityProblems).toBeGreaterThan(0);
    expect(model.cookieProblems).toBeGreaterThan(0);
  });

  it('counts by area and status add up to the items', () => {
    for (const area of ['notice', 'quality', 'cookies'] as const) {
      const items = report.items.filter((i) => i.area === area);
      expect(Object.values(model.byArea[area]).reduce((a, b) => a + b, 0)).toBe(items.length);
      for (const s of ['pass', 'partial', 'fail', 'needs-review', 'not-applicable'] as const)
        expect(model.byArea[area][s]).toBe(items.filter((i) => i.status === s).length);
    }
    expect(model.requiredMissing).toBe(
      report.items.filter((i) => i.status === 'fail' && i.area !== 'quality' && i.severity.startsWith('required')).length,
    );
  });

  it('the popup, Copy summary, the log row and both summary CSV rows agree', () => {
    const popup = entrySummary(entry);
    const log = logRowCounts(entry);
    const extRow = extensionSummaryRow(entry);
    const cliRow = cliSummaryRow(siteResult(report));
    const copied = summaryText(entry);
    const numbers = [popup.requiredMissing, popup.partlyMet, popup.qualityProblems, popup.notJudged];

    expect([log.missing, log.partly, log.quality, log.toCheck]).toEqual(numbers);
    expect([popup.requiredMissing, popup.partlyMet, popup.qualityProblems, popup.notJudged]).toEqual([
      model.requiredMissing,
      model.partlyMet,
      model.qualityProblems,
      model.notJudged,
    ]);
    for (const row of [extRow, cliRow]) {
      expect([row.required_missing, row.partly_met, row.quality_problems, row.to_check_by_hand].map(Number)).toEqual(numbers);
      expect(Number(row.gaps_required) + Number(row.gaps_required_if)).toBe(model.gaps.required + model.gaps['required-if']);
      expect(Number(row.cookie_problems)).toBe(log.cookies);
    }
    // Copy summary says the same line the popup shows in bold.
    expect(copied).toContain(popup.countsLine);
    expect(popup.countsLine).toContain(`${numbers[0]} required item${numbers[0] === 1 ? '' : 's'} missing`);
    expect(formatTextReport(report)).toContain(popup.countsLine);
    // The "Missing:" line lists exactly the checks counted as missing (up to four, then "and N more").
    const listed = popup.missingLine?.match(/and (\d+) more/);
    expect(popup.missingLine?.startsWith('Missing: ')).toBe(true);
    expect(Math.min(4, numbers[0]!) + Number(listed?.[1] ?? 0)).toBe(numbers[0]);
  });

  it('a notice nobody could read leads with that, in the popup and the CSV, and never says nothing is missing', () => {
    const shell = '<!doctype html><html><head><title>School</title></head><body><div id="app"></div></body></html>';
    const empty = runAudit(
      { notice: { format: 'html', url: 'https://www.school.example.sch.uk/privacy', html: shell, readFrom: 'rendered' } },
      { asOf: '2026-11-23' },
    );
    const e = logEntry(empty);
    const s = entrySummary(e);
    expect(s.unjudgedLeads).toBe(true);
    expect(s.lines[0]).toMatch(/^Could not read the page/);
    expect(s.countsLine).toMatch(/^\d+ to check by hand · 0 required items missing/);
    expect(s.lines.join(' ')).not.toMatch(/Nothing required is missing/);
    expect(summaryText(e)).toContain(s.lines[0]);
    expect(extensionSummaryRow(e).summary.startsWith(s.lines[0]!)).toBe(true);
  });
});
