// The `notice` command: audit one notice file or URL (plus optional cookie notice and observed cookies) and print a report.
import { readFile, stat } from 'node:fs/promises';
import { LIMITS, type DocumentInput, type ObservedCookies } from '../../core/artifacts';
import { runAudit } from '../../core/run-audit';
import { parseObservedCookies } from '../../core/cookies/observed';
import { reportToRows, toCsv } from '../../core/csv';
import type { Nation, Phase } from '../../core/report';
import type { AuditReport } from '../../core/report';
import { countFailOnGaps, type FailOn } from '../../core/fail-on';
import { withoutCredentials } from '../../core/url-credentials';
import { formatMegabytes } from '../../documents/document-error';
import { InputError, documentFromBytes, loadDocumentFile } from '../load-document';
import { fetchDocument, FETCH_TIMEOUT_MS } from '../fetch-document';
import { policyForSite, type AddressPolicy } from '../address-policy';
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
  failOn?: FailOn;
  /** Fetch documents on private addresses even when the notice's own site is public (local testing). */
  allowPrivate?: boolean;
}

const MAX_COOKIE_FILE_BYTES = 10 * 1024 * 1024;

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Standard input as one document (format from its first bytes), up to the file cap. */
export async function readStandardInput(stream: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<DocumentInput> {
  if (stream.isTTY) throw new InputError('notice -: standard input is a terminal; pipe a notice in, e.g. notice - < notice.html');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > LIMITS.documentBytes) throw new InputError(`standard input is over the ${formatMegabytes(LIMITS.documentBytes)} limit`);
    chunks.push(b);
  }
  if (size === 0) throw new InputError('standard input is empty');
  return documentFromBytes(new Uint8Array(Buffer.concat(chunks)), { name: 'standard input', contentType: '' });
}

async function loadDocument(target: string, policy: AddressPolicy, stdin?: NodeJS.ReadableStream): Promise<DocumentInput> {
  if (target === '-') return readStandardInput(stdin);
  return isUrl(target) ? fetchDocument(target, FETCH_TIMEOUT_MS, documentFromBytes, policy) : loadDocumentFile(target);
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

export interface NoticeOutcome {
  /** The whole output text; nothing is printed until everything succeeded. */
  output: string;
  report: AuditReport;
  /** Findings rows counted as gaps by --fail-on (0 without it). */
  failOnGaps: number;
}

/** Runs the audit. `target` is a file, a URL, or "-" for standard input. */
export async function runNoticeCommand(
  target: string,
  opts: NoticeCommandOptions,
  now: Date = new Date(),
  stdin?: NodeJS.ReadableStream,
): Promise<NoticeOutcome> {
  if (opts.cookieNotice === '-') throw new InputError('--cookie-notice cannot read standard input; give a file or URL');
  const given = opts.siteUrl ?? (isUrl(target) ? target : null);
  const siteUrl = given ? withoutCredentials(given) : null;
  // The audited site is the one given, else the notice's own address; documents elsewhere must be on public hosts.
  const policy = await policyForSite(siteUrl, opts.allowPrivate ?? false);
  const notice = await loadDocument(target, policy, stdin);
  if (siteUrl && !notice.url) notice.url = siteUrl;
  const cookieNotice = opts.cookieNotice ? await loadDocument(opts.cookieNotice, policy) : undefined;
  const observedCookies = opts.cookies ? await loadObservedCookies(opts.cookies, siteUrl) : undefined;
  const report = runAudit(
    { notice, ...(cookieNotice ? { cookieNotice } : {}), ...(observedCookies ? { observedCookies } : {}) },
    { asOf: opts.asOf, nation: opts.nation, phase: opts.phase, auditedAt: now.toISOString() },
  );
  if (!isUrl(target) && target !== '-' && !report.source.url) report.source.url = target;
  const rows = reportToRows(report, { siteUrl });
  const failOnGaps = opts.failOn ? countFailOnGaps(rows, opts.failOn) : 0;
  const output =
    opts.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : opts.format === 'csv'
        ? toCsv(rows)
        : opts.format === 'html'
          ? renderReportHtml(report, { siteUrl })
          : formatTextReport(report);
  return { output, report, failOnGaps };
}
