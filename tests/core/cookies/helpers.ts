// Test helpers for the cookie audit: load fixtures and run the audit on a notice with observed cookies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../../src/core/run-audit';
import { parseObservedCookies } from '../../../src/core/cookies/observed';
import type { DocumentInput } from '../../../src/core/artifacts';
import type { AuditReport } from '../../../src/core/report';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'cookies');
export const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

export function readFixture(name: string, dir = FIXTURES): string {
  return readFileSync(join(dir, name), 'utf8');
}

export function documentOf(name: string, dir = FIXTURES, url: string | null = null): DocumentInput {
  const raw = readFixture(name, dir);
  return name.endsWith('.html') ? { format: 'html', html: raw, url } : { format: 'text', text: raw, url };
}

/** Audit a cookie notice fixture (as the cookie notice) with an optional observed-cookies fixture. */
export function auditCookieFixture(notice: string, observed: string | null, asOf = '2026-11-23', asCookieNotice = true): AuditReport {
  const doc = documentOf(notice);
  const cookies = observed ? parseObservedCookies(JSON.parse(readFixture(observed)), 'https://fallback.example.sch.uk/') : undefined;
  return runAudit(
    { notice: doc, ...(asCookieNotice ? { cookieNotice: doc } : {}), ...(cookies ? { observedCookies: cookies } : {}) },
    { asOf, kind: asCookieNotice ? 'cookie-notice' : 'unknown' },
  );
}

export function statuses(report: AuditReport): Record<string, string> {
  return Object.fromEntries(report.items.filter((i) => i.area === 'cookies').map((i) => [i.id, i.status]));
}

export function flagIds(report: AuditReport): string[] {
  return report.flags.map((f) => f.id);
}
