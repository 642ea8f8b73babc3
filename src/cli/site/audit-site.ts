// Audits one school website end to end: gather (with a time limit and one retry), runAudit per document, save the folder.
import type { BrowserContext } from 'playwright-core';
import type { DocumentInput } from '../../core/artifacts';
import { loadChecklist } from '../../core/checklist';
import type { AuditReport, Phase } from '../../core/report';
import type { AuditBrowser } from '../browser/launch-browser';
import { gatherSite, SiteError, describeLoadError, type GatherTimeouts } from './gather-site';
import type { HostGate } from './host-gate';
import type { AuditClock } from '../record/plan-audits';
import { sharedAuditPool } from '../work/worker-pool';
import { cleanListedUrl } from './listed-url';
import { saveSiteFolder } from './site-folder';
import type { AuditEntry, ConsentRequest, SiteCapture } from '../record/site-record';
import type { SiteAuditResult } from './site-rows';

export interface SiteTarget {
  url: string;
  school?: string | null;
  la?: string | null;
  urn?: string | null;
  /** The phase the school list gives (GIAS), or null to detect it. */
  phase?: Phase | null;
}

export interface AuditSiteOptions {
  consent: readonly ConsentRequest[];
  gate: HostGate;
  /** Whole-site time limit per attempt. */
  timeoutMs: number;
  /** Attempts after the first for failures that may be passing (timeouts, resets); 0 or 1. */
  retries: number;
  /** Fetch linked documents on private addresses (localhost, private ranges) even when the site itself is public. */
  allowPrivate?: boolean;
  timeouts?: Partial<GatherTimeouts>;
  /** Folder to save into; nothing is saved without it. */
  outDir?: string;
  now?: () => Date;
  /** Called before a retry, with the reason (for progress output). */
  onRetry?: (reason: string) => void;
}

/**
 * Time allowed for auditing a site's documents once gathered: the same per-site limit as gathering
 * (at least 5 s), so a page built to make the audit slow becomes an error row, not a stalled run.
 */
export function auditBudgetMs(timeoutMs: number): number {
  return Math.max(5_000, timeoutMs);
}

/** Accepts "school.sch.uk" and "http(s)://..." alike; other schemes are refused. */
export function normaliseSiteUrl(raw: string): string {
  const trimmed = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const u = new URL(withScheme);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new SiteError(`unsupported address ${raw}: only http and https`, true);
  return u.href;
}

async function gatherWithLimit(browser: AuditBrowser, url: string, o: AuditSiteOptions) {
  const contexts = new Set<BrowserContext>();
  let timer: NodeJS.Timeout | undefined;
  // The steps shrink their own limits to the deadline; this backstop also catches a page that
  // wedges an evaluate (busy loops), by closing every context the site opened.
  const backstop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      for (const c of contexts) void c.close().catch(() => {});
      reject(new SiteError(`the site took longer than the ${Math.round(o.timeoutMs / 1000)} s limit`, false));
    }, o.timeoutMs + 5_000);
  });
  try {
    return await Promise.race([
      gatherSite(browser, url, {
        consent: o.consent,
        gate: o.gate,
        deadline: Date.now() + o.timeoutMs,
        allowPrivate: Boolean(o.allowPrivate),
        ...(o.timeouts ? { timeouts: o.timeouts } : {}),
        ...(o.now ? { now: o.now } : {}),
        onContext: (c) => contexts.add(c),
      }),
      backstop,
    ]);
  } finally {
    clearTimeout(timer);
    for (const c of contexts) await c.close().catch(() => {});
  }
}

/** Never throws for site problems: a failed site comes back with status 'error' and the reason. */
export async function auditSite(browser: AuditBrowser, target: SiteTarget, o: AuditSiteOptions): Promise<SiteAuditResult> {
  const now = o.now ?? (() => new Date());
  const started = now();
  const clock: AuditClock = { asOf: started.toISOString().slice(0, 10), auditedAt: started.toISOString(), phase: target.phase ?? null };
  const checklistVersion = loadChecklist().version;
  let capture: SiteCapture | null = null;
  let documents = new Map<string, DocumentInput>();
  let error: string | null = null;
  let attempts = 0;
  let url = target.url;
  try {
    url = normaliseSiteUrl(target.url);
    for (;;) {
      attempts++;
      try {
        const g = await gatherWithLimit(browser, url, o);
        capture = g.capture;
        documents = g.documents;
        error = null;
        break;
      } catch (err) {
        const e = describeLoadError(err, o.timeoutMs);
        error = e.message;
        if (e.permanent || attempts > o.retries) break;
        o.onRetry?.(e.message);
      }
    }
  } catch (err) {
    error = describeLoadError(err, o.timeoutMs).message;
  }

  let audits: { entry: AuditEntry; report: AuditReport }[] = [];
  let artifacts: unknown[] = [];
  if (capture) {
    // Reading and judging run in a worker thread, under the site's time limit and the worker's
    // memory cap: other sites' pages keep loading meanwhile, and a hostile page cannot stall the run.
    try {
      const done = await sharedAuditPool().auditGathered(capture, documents, clock, auditBudgetMs(o.timeoutMs));
      ({ capture, audits, artifacts } = done);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      capture.warnings.push(error);
      audits = [];
      artifacts = [];
    }
  }
  const ok = capture !== null && error === null;
  const result: SiteAuditResult = {
    siteUrl: cleanListedUrl(target.url),
    school: target.school || audits.find((a) => a.entry.role === 'document')?.report.school || null,
    la: target.la ?? null,
    urn: target.urn ?? null,
    status: ok ? 'done' : 'error',
    error: ok ? null : error,
    auditedAt: clock.auditedAt,
    checklistVersion,
    capture,
    audits,
  };
  if (o.outDir) {
    const finished = now();
    const first = capture?.captures[0];
    await saveSiteFolder(o.outDir, {
      result,
      artifacts,
      manifest: {
        status: result.status,
        siteUrl: result.siteUrl,
        school: result.school,
        la: result.la,
        urn: result.urn,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
        attempts,
        error: result.error,
        browser: first?.environment.browser ?? browser.version,
        thirdPartyCookies: first?.environment.thirdPartyCookies ?? browser.thirdPartyCookies,
        asOf: clock.asOf,
        phase: target.phase ?? null,
      },
    });
  }
  return result;
}
