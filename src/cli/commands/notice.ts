// The `notice` command: audit one notice file or URL (plus optional cookie notice and observed cookies) and print a report.
import { readFile, stat } from 'node:fs/promises';
import type { DocumentInput, ObservedCookies } from '../../core/artifacts';
import { runAudit } from '../../core/run-audit';
import { parseObservedCookies } from '../../core/cookies/observed';
import { reportToRows, toCsv } from '../../core/csv';
import type { Nation, Phase } from '../../core/report';
import { InputError, loadDocumentFile } from '../load-document';
import { fetchDocument } from '../fetch-document';
import { formatTextReport } from '../format-text';
import { renderReportHtml } from '../../core/html-report';

export interface NoticeCommandOptions {
  format: 'json' | 'csv' | 'text' | 'html';
  asOf: string;
  nation: Nation | 'auto';
  phase: Phase | 'auto';
  cookies?: string;
  cookieNotice?: string;
  siteUrl?: string;
}

const MAX_COOKIE_FILE_BYTES = 10 * 1024 * 1024;

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

async function loadDocument(target: string): Promise<DocumentInput> {
  return isUrl(target) ? fetchDocument(target) : loadDocumentFile(target);
}

async function loadObservedCookies(path: string, fallbackUrl: string | null): Promise<ObservedCookies> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`cannot read cookie file ${path}`);
  }
  if (size > MAX_COOKIE_FILE_BYTES) throw new InputError(`cookie file ${path} is over ${MAX_COOKIE_FILE_BYTES / 1048576} MB`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(`cookie file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return parseObservedCookies(json, fallbackUrl);
  } catch (err) {
    throw new InputError(`cookie file ${path} is not observed-cookie data: ${(err as Error).message}`);
  }
}

/** Runs the audit and returns the whole output text; nothing is printed until everything succeeded. */
export async function runNoticeCommand(target: string, opts: NoticeCommandOptions, now: Date = new Date()): Promise<string> {
  const notice = await loadDocument(target);
  const siteUrl = opts.siteUrl ?? (isUrl(target) ? target : null);
  if (siteUrl && !notice.url) notice.url = siteUrl;
  const cookieNotice = opts.cookieNotice ? await loadDocument(opts.cookieNotice) : undefined;
  const observedCookies = opts.cookies ? await loadObservedCookies(opts.cookies, siteUrl) : undefined;
  const report = runAudit(
    { notice, ...(cookieNotice ? { cookieNotice } : {}), ...(observedCookies ? { observedCookies } : {}) },
    undefined,
    { asOf: opts.asOf, nation: opts.nation, phase: opts.phase, auditedAt: now.toISOString() },
  );
  if (!isUrl(target) && !report.source.url) report.source.url = target;
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return toCsv(reportToRows(report, { siteUrl }));
    case 'text':
      return formatTextReport(report);
    case 'html':
      return renderReportHtml(report, { siteUrl });
  }
}
