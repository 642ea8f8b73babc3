// The `site` command: audit one live school website in headless Chromium (or re-audit a saved folder offline).
import { resolve } from 'node:path';
import { launchAuditBrowser } from '../browser/launch-browser';
import { findBrowser } from '../browser/find-browser';
import { UsageError } from '../usage-error';
import { auditSite } from '../site/audit-site';
import { formatSiteSummary } from '../site/format-site';
import { HostGate } from '../site/host-gate';
import { FINDINGS_FILE, reauditSiteFolder } from '../site/site-folder';
import type { ConsentRequest } from '../record/site-record';
import { siteRows, type SiteAuditResult } from '../site/site-rows';
import { countFailOnGaps, type FailOn } from '../../core/fail-on';
import { withoutCredentials } from '../../core/url-credentials';
import { EXIT } from '../exit-codes';
import { claimOutFolder } from '../site/out-folder';

export interface SiteCommandOptions {
  out?: string;
  consent: string[];
  browser?: string;
  /** Re-audit this saved site folder instead of visiting. */
  fromArtifacts?: string;
  /** Per-site time limit in seconds. */
  timeout?: number;
  failOn?: FailOn;
  /** Fetch linked documents on private addresses (localhost, private ranges) even when the site itself is public. */
  allowPrivate?: boolean;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

/** 3 when --fail-on finds gaps in the site's findings, else 0. */
function siteExitCode(result: SiteAuditResult, failOn: FailOn | undefined, io: Io): number {
  const gaps = failOn ? countFailOnGaps(siteRows(result), failOn) : 0;
  if (gaps === 0) return EXIT.done;
  io.err(`school-privacy-audit: ${gaps} ${failOn === 'any' ? '' : 'required '}gap${gaps === 1 ? '' : 's'} found (--fail-on ${failOn})\n`);
  return EXIT.gapsFound;
}

export const DEFAULT_SITE_TIMEOUT_S = 90;

export async function runSiteCommand(
  givenUrl: string | undefined,
  opts: SiteCommandOptions,
  io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  if (opts.fromArtifacts) {
    const now = new Date();
    const dir = resolve(opts.fromArtifacts);
    const result = await reauditSiteFolder(dir, { asOf: now.toISOString().slice(0, 10), auditedAt: now.toISOString() });
    io.out(formatSiteSummary(result));
    io.out(`re-audited from saved artifacts; findings: ${resolve(dir, FINDINGS_FILE)}\n`);
    return siteExitCode(result, opts.failOn, io);
  }
  if (!givenUrl) throw new UsageError('give a site URL, or --from-artifacts DIR');
  // A user name or password in the address is never sent or written to the findings.
  const url = withoutCredentials(givenUrl);
  // Checked before the browser starts: a folder that is not ours is refused, never overwritten.
  if (opts.out) await claimOutFolder(resolve(opts.out));
  const executable = findBrowser(opts.browser);
  const browser = await launchAuditBrowser(executable);
  try {
    const result = await auditSite(
      browser,
      { url },
      {
        consent: opts.consent as ConsentRequest[],
        gate: new HostGate(),
        timeoutMs: (opts.timeout ?? DEFAULT_SITE_TIMEOUT_S) * 1000,
        retries: 1,
        allowPrivate: Boolean(opts.allowPrivate),
        ...(opts.out ? { outDir: resolve(opts.out) } : {}),
        onRetry: (reason) => io.err(`school-privacy-audit: ${url}: ${reason}; trying once more\n`),
      },
    );
    if (result.status === 'error') {
      io.err(`school-privacy-audit: ${url}: ${result.error}\n`);
      if (opts.out) io.err(`the error is recorded in ${resolve(opts.out, FINDINGS_FILE)}\n`);
      return 1;
    }
    io.out(formatSiteSummary(result, { full: !opts.out }));
    if (opts.out) io.out(`saved: ${resolve(opts.out)} (findings.csv, report.html, site.json, capture.json, artifacts/, reports/)\n`);
    return siteExitCode(result, opts.failOn, io);
  } finally {
    await browser.close();
  }
}
