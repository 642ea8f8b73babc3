// The `batch` command: audit a list of schools in headless Chromium and write one findings CSV plus a summary.
import { resolve } from 'node:path';
import type { FailOn } from '../../core/fail-on';
import { findBrowser } from '../browser/find-browser';
import { EXIT } from '../exit-codes';
import { UsageError } from '../usage-error';
import { readSchoolList } from '../batch/read-school-list';
import { batchPaths, reauditBatch, runBatch, type BatchTally } from '../batch/run-batch';
import { inShard, parseShard, shardFromJobIndex, shardKeyOf, type Shard } from '../batch/shard';
import type { ConsentRequest } from '../record/site-record';
import { DEFAULT_SITE_TIMEOUT_S } from './site';
import { findingsHtmlPath } from '../report/findings-html';
import { checkOutFile, claimOutFolder } from '../site/out-folder';

export interface BatchCommandOptions {
  out: string;
  concurrency?: number;
  resume?: boolean;
  /** "i/n", 1-based. */
  shard?: string;
  /** n, with the 0-based index in jobIndex (JOB_COMPLETION_INDEX). */
  shards?: number;
  jobIndex?: string | undefined;
  includeClosed?: boolean;
  consent: string[];
  browser?: string;
  fromArtifacts?: string;
  timeout?: number;
  failOn?: FailOn;
  /** Fetch linked documents on private addresses (localhost, private ranges) even when the site itself is public. */
  allowPrivate?: boolean;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

/** The exit code from what the combined CSVs hold: 4 when every site failed, 3 when --fail-on finds gaps, else 0. */
export function batchExitCode(tally: BatchTally, failOn: FailOn | undefined, io: Io): number {
  if (tally.sitesTried > 0 && tally.sitesFailed === tally.sitesTried) {
    io.err(`school-privacy-audit: every site failed (${tally.sitesFailed} of ${tally.sitesTried}); see the error column of the summary\n`);
    return EXIT.everySiteFailed;
  }
  const withGaps = failOn ? tally.schoolsWithGaps[failOn] : 0;
  if (withGaps > 0) {
    io.err(
      `school-privacy-audit: ${withGaps} school${withGaps === 1 ? ' has' : 's have'} ${failOn === 'any' ? '' : 'required '}gaps (--fail-on ${failOn})\n`,
    );
    return EXIT.gapsFound;
  }
  return EXIT.done;
}

function chooseShard(opts: BatchCommandOptions): Shard | null {
  if (opts.shard && opts.shards) throw new UsageError('give --shard i/n or --shards n, not both');
  if (opts.shards) return shardFromJobIndex(opts.shards, opts.jobIndex);
  return opts.shard ? parseShard(opts.shard) : null;
}

export async function runBatchCommand(
  list: string | undefined,
  opts: BatchCommandOptions,
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const out = resolve(opts.out);
  // Where the results go is checked before any site is visited, so a wrong --out fails at once.
  await checkOutFile(out);
  if (!opts.fromArtifacts) await claimOutFolder(batchPaths(out).sitesDir, '--out (its per-site folder)');
  const shard = chooseShard(opts);
  const school = list ? await readSchoolList(list, { includeClosed: Boolean(opts.includeClosed) }) : null;
  const targets = school ? school.targets.filter((t) => !shard || inShard(shardKeyOf(t), shard)) : null;
  if (school) {
    const c = school.columns;
    if (c.url)
      io.err(
        `columns (${school.encoding}): website "${c.url}"${c.name ? `, name "${c.name}"` : ''}${c.urn ? `, URN "${c.urn}"` : ''}${c.la ? `, LA "${c.la}"` : ''}${c.status ? `, status "${c.status}"` : ''}${c.phase ? `, phase "${c.phase}"` : ''}\n`,
      );
    for (const n of school.notes) io.err(`note: ${n}\n`);
    if (shard) io.err(`shard ${shard.index}/${shard.count}: ${targets!.length} of ${school.targets.length} schools\n`);
  }

  if (opts.fromArtifacts) {
    const r = await reauditBatch(resolve(opts.fromArtifacts), out, targets);
    io.out(
      `re-audited ${r.count} saved site${r.count === 1 ? '' : 's'} without visiting\nfindings: ${r.paths.findings}\nsummary: ${r.paths.summary}\n`,
    );
    return batchExitCode(r.tally, opts.failOn, io);
  }
  if (!targets) throw new UsageError('give a school list (CSV or one URL per line), or --from-artifacts DIR');
  const executablePath = targets.some((t) => t.url) ? findBrowser(opts.browser) : '';
  const outcome = await runBatch(targets, {
    out,
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    resume: Boolean(opts.resume),
    consent: opts.consent as ConsentRequest[],
    executablePath,
    timeoutMs: (opts.timeout ?? DEFAULT_SITE_TIMEOUT_S) * 1000,
    allowPrivate: Boolean(opts.allowPrivate),
    shard: shard ? `${shard.index}/${shard.count}` : null,
  });
  const p = batchPaths(out);
  const shared = outcome.total - outcome.noWebsite - outcome.sites;
  io.out(
    `${outcome.total} school${outcome.total === 1 ? '' : 's'}: ${outcome.visited} site${outcome.visited === 1 ? '' : 's'} audited (${outcome.errors} could not be), ${outcome.skipped} already done` +
      `${shared > 0 ? `; ${shared} school${shared === 1 ? ' shares' : 's share'} a website with another` : ''}${outcome.noWebsite ? `; ${outcome.noWebsite} with no website listed` : ''}` +
      `${outcome.stopped ? '; stopped early: run again with --resume to finish' : ''}\n` +
      `findings: ${p.findings}\nsummary: ${p.summary}\nreport: ${findingsHtmlPath(p.findings)}\nper-school folders: ${p.sitesDir}\n`,
  );
  return batchExitCode(outcome.tally, opts.failOn, io);
}
