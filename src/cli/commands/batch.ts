// The `batch` command: audit a list of school websites in headless Chromium and write one findings CSV plus a summary.
import { resolve } from 'node:path';
import { findBrowser } from '../browser/find-browser';
import { InputError } from '../load-document';
import { readSchoolList } from '../batch/read-school-list';
import { batchPaths, reauditBatch, runBatch } from '../batch/run-batch';
import { inShard, parseShard } from '../batch/shard';
import type { ConsentRequest } from '../site/site-record';
import { DEFAULT_SITE_TIMEOUT_S } from './site';
import { findingsHtmlPath } from '../report/findings-html';

export interface BatchCommandOptions {
  out: string;
  concurrency?: number;
  resume?: boolean;
  shard?: string;
  consent: string[];
  browser?: string;
  fromArtifacts?: string;
  timeout?: number;
}

export async function runBatchCommand(list: string | undefined, opts: BatchCommandOptions, io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const out = resolve(opts.out);
  const shard = opts.shard ? parseShard(opts.shard) : null;
  const school = list ? await readSchoolList(list) : null;
  const targets = school ? school.targets.filter((t) => !shard || inShard(t.url, shard)) : null;
  if (school) {
    for (const n of school.notes) io.err(`note: ${n}\n`);
    const c = school.columns;
    if (c.url) io.err(`columns: website "${c.url}"${c.name ? `, name "${c.name}"` : ''}${c.la ? `, LA "${c.la}"` : ''}${c.urn ? `, URN "${c.urn}"` : ''}\n`);
    if (shard) io.err(`shard ${shard.index}/${shard.count}: ${targets!.length} of ${school.targets.length} sites\n`);
  }

  if (opts.fromArtifacts) {
    const r = await reauditBatch(resolve(opts.fromArtifacts), out, targets);
    io.out(`re-audited ${r.count} saved site${r.count === 1 ? '' : 's'} without visiting\nfindings: ${r.paths.findings}\nsummary: ${r.paths.summary}\n`);
    return 0;
  }
  if (!targets) throw new InputError('give a school list (CSV or one URL per line), or --from-artifacts DIR');
  const executablePath = findBrowser(opts.browser);
  const outcome = await runBatch(targets, {
    out,
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    resume: Boolean(opts.resume),
    consent: opts.consent as ConsentRequest[],
    executablePath,
    timeoutMs: (opts.timeout ?? DEFAULT_SITE_TIMEOUT_S) * 1000,
  });
  const p = batchPaths(out);
  io.out(
    `${outcome.visited} site${outcome.visited === 1 ? '' : 's'} audited (${outcome.errors} could not be), ${outcome.skipped} already done${outcome.stopped ? '; stopped early: run again with --resume to finish' : ''}\n` +
      `findings: ${p.findings}\nsummary: ${p.summary}\nreport: ${findingsHtmlPath(p.findings)}\nper-site folders: ${p.sitesDir}\n`,
  );
  return 0;
}
