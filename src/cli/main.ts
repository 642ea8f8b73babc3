// CLI entry: parses arguments (commander) and dispatches to the notice, site, batch and merge commands.
import { Command, InvalidArgumentError, CommanderError, Option } from 'commander';
import { InputError } from './input-error';
import { UsageError } from './usage-error';
import { inert } from './inert-text';
import { EXIT, EXIT_CODES_HELP } from './exit-codes';
import { TOOL } from '../core/tool';
import { FAIL_ON_LEVELS, type FailOn } from '../core/fail-on';
import type { NoticeCommandOptions } from './commands/notice';

// Commands are imported when run, so --help and usage errors never load the audit core, pdfjs or the browser driver.

function isoDate(v: string): string {
  // A calendar date that exists: Date would roll 2026-02-30 over into March.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
    throw new InvalidArgumentError('expected a real date as YYYY-MM-DD');
  return v;
}
function oneOf<T extends string>(values: readonly T[]) {
  return (v: string): T => {
    if (!(values as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return v as T;
  };
}
function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}
function positiveSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 1 || n > 3600) throw new InvalidArgumentError('expected seconds from 1 to 3600');
  return n;
}
function positiveShardCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('expected a whole number of shards from 1 to 10000');
  return n;
}
function collect(v: string, prev: string[]): string[] {
  return [...prev, ...v.split(',').map((s) => oneOf(['none', 'reject', 'accept'] as const)(s.trim()))];
}

const failOnOption = () =>
  new Option(
    '--fail-on <severity>',
    'exit 3 when gaps are found: "required" (required and required-if checks) or "any" gap or problem',
  ).choices(FAIL_ON_LEVELS);

export function buildProgram(io: CliIo): Command {
  const program = new Command('school-privacy-audit')
    .description('Audit UK school privacy notices (UK GDPR Arts 13/14) and cookie notices (PECR), with quoted evidence.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('notice')
    .description('audit one notice: a .html, .htm, .txt, .pdf or .docx file, a URL, or - for standard input')
    .argument('<file-or-url>', 'the privacy notice ("-" reads standard input)')
    .option('--cookies <file>', 'observed cookies JSON (object with pageUrl/capturedAt/consent/cookies, or a bare array)')
    .option('--cookie-notice <file-or-url>', 'the cookie notice, if it is a separate document')
    .option('--site-url <url>', 'the site the cookies came from (for a bare cookie array)')
    .option('--as-of <date>', 'audit date YYYY-MM-DD (default: today)', isoDate)
    .option('--nation <nation>', 'auto, england or wales', oneOf(['auto', 'england', 'wales'] as const), 'auto')
    .option(
      '--phase <phase>',
      'auto, nursery, primary, secondary, all-through or special',
      oneOf(['auto', 'nursery', 'primary', 'secondary', 'all-through', 'special'] as const),
      'auto',
    )
    .option(
      '--format <format>',
      'json, csv, text or html (one self-contained page)',
      oneOf(['json', 'csv', 'text', 'html'] as const),
      'text',
    )
    .option(
      '--allow-private',
      'fetch linked documents on private addresses (localhost, 10.x, 192.168.x, ...) for local testing; allowed anyway when the audited site itself is on one',
    )
    .addOption(failOnOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (target: string, o: Record<string, string | undefined> & { allowPrivate?: boolean }) => {
      const { runNoticeCommand } = await import('./commands/notice');
      const now = new Date();
      const outcome = await runNoticeCommand(
        target,
        {
          format: o.format as NoticeCommandOptions['format'],
          asOf: o.asOf ?? now.toISOString().slice(0, 10),
          nation: o.nation as never,
          phase: o.phase as never,
          ...(o.cookies ? { cookies: o.cookies } : {}),
          ...(o.cookieNotice ? { cookieNotice: o.cookieNotice } : {}),
          ...(o.siteUrl ? { siteUrl: o.siteUrl } : {}),
          ...(o.failOn ? { failOn: o.failOn as FailOn } : {}),
          ...(o.allowPrivate ? { allowPrivate: true } : {}),
        },
        now,
        io.stdin,
      );
      // JSON escapes control characters itself; every other format may be read on a terminal.
      io.out(o.format === 'json' ? outcome.output : inert(outcome.output));
      if (outcome.failOnGaps > 0) {
        io.err(
          `school-privacy-audit: ${outcome.failOnGaps} ${o.failOn === 'any' ? '' : 'required '}gap${outcome.failOnGaps === 1 ? '' : 's'} found (--fail-on ${o.failOn})\n`,
        );
        io.setExit(EXIT.gapsFound);
      }
    });

  program
    .command('site')
    .description('audit one live school website in headless Chromium')
    .argument('[url]')
    .option('--out <dir>', 'folder for artifacts and the report')
    .option('--consent <states>', 'also capture after reject and/or accept (none,reject,accept)', collect, [])
    .option('--browser <path>', 'path to a Chromium binary')
    .option('--from-artifacts <dir>', 're-audit a saved site folder offline, without visiting')
    .option('--timeout <seconds>', 'time limit for the site (default 90)', positiveSeconds)
    .option(
      '--allow-private',
      'fetch linked documents on private addresses (localhost, 10.x, 192.168.x, ...) for local testing; allowed anyway when the audited site itself is on one',
    )
    .addOption(failOnOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .action(
      async (
        url: string | undefined,
        o: {
          out?: string;
          consent: string[];
          browser?: string;
          fromArtifacts?: string;
          timeout?: number;
          failOn?: FailOn;
          allowPrivate?: boolean;
        },
      ) => {
        const { runSiteCommand } = await import('./commands/site');
        io.setExit(await runSiteCommand(url, o, { ...io, out: (s) => io.out(inert(s)) }));
      },
    );

  program
    .command('batch')
    .description(
      'audit a list of schools: the GIAS establishment CSV as downloaded, any CSV with name and website columns, or one URL per line',
    )
    .argument('[list]')
    .requiredOption('--out <findings.csv>', 'findings CSV to write (a summary CSV and per-school folders go beside it)')
    .option('--concurrency <n>', 'sites at once (default: number of cores)', positiveInt)
    .option('--resume', 'skip schools already done in the output folder')
    .option('--shard <i/n>', 'take a deterministic 1/n of the list, e.g. 2/4 (1-based)')
    .option(
      '--shards <n>',
      'take 1/n of the list, the 0-based index read from JOB_COMPLETION_INDEX (a Kubernetes Indexed Job)',
      positiveShardCount,
    )
    .option('--include-closed', 'also audit establishments whose status is "Closed"')
    .option('--consent <states>', 'also capture after reject and/or accept (none,reject,accept)', collect, [])
    .option('--browser <path>', 'path to a Chromium binary')
    .option('--from-artifacts <dir>', 're-audit the saved per-site folders in DIR offline, without visiting')
    .option('--timeout <seconds>', 'time limit per site (default 90)', positiveSeconds)
    .option(
      '--allow-private',
      'fetch linked documents on private addresses (localhost, 10.x, 192.168.x, ...) for local testing; allowed anyway when the audited site itself is on one',
    )
    .addOption(failOnOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .action(
      async (
        list: string | undefined,
        o: {
          out: string;
          concurrency?: number;
          resume?: boolean;
          shard?: string;
          shards?: number;
          includeClosed?: boolean;
          consent: string[];
          browser?: string;
          fromArtifacts?: string;
          timeout?: number;
          failOn?: FailOn;
          allowPrivate?: boolean;
        },
      ) => {
        const { runBatchCommand } = await import('./commands/batch');
        io.setExit(
          await runBatchCommand(
            list,
            { ...o, ...(o.shards ? { jobIndex: io.env?.JOB_COMPLETION_INDEX } : {}) },
            { ...io, out: (s) => io.out(inert(s)) },
          ),
        );
      },
    );

  program
    .command('merge')
    .description('combine the output folders of several batch runs (shards) into one findings CSV and summary, without auditing again')
    .argument('<dir...>', "folders holding a batch run's findings CSV and its -sites folder (or the -sites folders themselves)")
    .requiredOption('--out <findings.csv>', 'merged findings CSV to write (the summary goes beside it)')
    .addOption(failOnOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (dirs: string[], o: { out: string; failOn?: FailOn }) => {
      const { runMergeCommand } = await import('./commands/merge');
      io.setExit(await runMergeCommand(dirs, o, { ...io, out: (s) => io.out(inert(s)) }));
    });
  return program;
}

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  setExit: (code: number) => void;
  /** Read by `notice -` (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream;
  /** Environment variables (JOB_COMPLETION_INDEX for batch --shards); default: the process's. */
  env?: Record<string, string | undefined>;
}

const processIo: CliIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  setExit: () => {},
};

/** Runs the CLI; returns the exit code (0 done, 1 unreadable input, 2 usage, 3 gaps with --fail-on, 4 every site failed). */
export async function main(argv: string[], rawIo: CliIo = processIo): Promise<number> {
  let code: number = EXIT.done;
  // Everything on stderr may quote a website (URLs, reasons): it reaches the terminal inert.
  const io: CliIo = { ...rawIo, err: (s) => rawIo.err(inert(s)) };
  const program = buildProgram({ env: process.env, ...io, setExit: (c) => (code = c) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.done : EXIT.usage;
    if (err instanceof UsageError) {
      io.err(`school-privacy-audit: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      io.err(`school-privacy-audit: ${err.message}\n`);
      return EXIT.inputUnreadable;
    }
    io.err(`school-privacy-audit: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.inputUnreadable;
  }
}
