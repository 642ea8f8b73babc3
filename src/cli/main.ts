// CLI entry: parses arguments (commander) and dispatches to the notice, site and batch commands.
import { Command, InvalidArgumentError, CommanderError } from 'commander';
import { runNoticeCommand, type NoticeCommandOptions } from './commands/notice';
import { runSiteCommand } from './commands/site';
import { runBatchCommand } from './commands/batch';
import { InputError } from './load-document';
import { TOOL } from '../core/run-audit';

function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
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
function collect(v: string, prev: string[]): string[] {
  return [...prev, ...v.split(',').map((s) => oneOf(['none', 'reject', 'accept'] as const)(s.trim()))];
}

export function buildProgram(io: { out: (s: string) => void; err: (s: string) => void; setExit: (code: number) => void }): Command {
  const program = new Command('school-privacy-audit')
    .description('Audit UK school privacy notices (UK GDPR Arts 13/14) and cookie notices (PECR), with quoted evidence.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('notice')
    .description('audit one notice: a .html, .htm, .txt, .pdf or .docx file, or a URL')
    .argument('<file-or-url>', 'the privacy notice')
    .option('--cookies <file>', 'observed cookies JSON (object with pageUrl/capturedAt/consent/cookies, or a bare array)')
    .option('--cookie-notice <file-or-url>', 'the cookie notice, if it is a separate document')
    .option('--site-url <url>', 'the site the cookies came from (for a bare cookie array)')
    .option('--as-of <date>', 'audit date YYYY-MM-DD (default: today)', isoDate)
    .option('--nation <nation>', 'auto, england or wales', oneOf(['auto', 'england', 'wales'] as const), 'auto')
    .option('--phase <phase>', 'auto, primary, secondary, all-through or special', oneOf(['auto', 'primary', 'secondary', 'all-through', 'special'] as const), 'auto')
    .option('--format <format>', 'json, csv, text or html (one self-contained page)', oneOf(['json', 'csv', 'text', 'html'] as const), 'text')
    .action(async (target: string, o: Record<string, string | undefined>) => {
      const now = new Date();
      const output = await runNoticeCommand(
        target,
        {
          format: o.format as NoticeCommandOptions['format'],
          asOf: o.asOf ?? now.toISOString().slice(0, 10),
          nation: o.nation as never,
          phase: o.phase as never,
          ...(o.cookies ? { cookies: o.cookies } : {}),
          ...(o.cookieNotice ? { cookieNotice: o.cookieNotice } : {}),
          ...(o.siteUrl ? { siteUrl: o.siteUrl } : {}),
        },
        now,
      );
      io.out(output);
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
    .action(async (url: string | undefined, o: { out?: string; consent: string[]; browser?: string; fromArtifacts?: string; timeout?: number }) => {
      io.setExit(await runSiteCommand(url, o, io));
    });

  program
    .command('batch')
    .description('audit a list of schools (CSV with name and URL columns, or one URL per line)')
    .argument('[list]')
    .requiredOption('--out <findings.csv>', 'findings CSV to write (a summary CSV and per-site folders go beside it)')
    .option('--concurrency <n>', 'sites at once (default: number of cores)', positiveInt)
    .option('--resume', 'skip sites already done in the output folder')
    .option('--shard <i/n>', 'take a deterministic 1/n of the list, e.g. 2/4')
    .option('--consent <states>', 'also capture after reject and/or accept (none,reject,accept)', collect, [])
    .option('--browser <path>', 'path to a Chromium binary')
    .option('--from-artifacts <dir>', 're-audit the saved per-site folders in DIR offline, without visiting')
    .option('--timeout <seconds>', 'time limit per site (default 90)', positiveSeconds)
    .action(async (list: string | undefined, o: { out: string; concurrency?: number; resume?: boolean; shard?: string; consent: string[]; browser?: string; fromArtifacts?: string; timeout?: number }) => {
      io.setExit(await runBatchCommand(list, o, io));
    });
  return program;
}

/** Runs the CLI; returns the exit code (0 done, 1 unreadable input, 2 usage). */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  setExit: (code: number) => void;
}

const processIo: CliIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  setExit: () => {},
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram({ ...io, setExit: (c) => (code = c) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof InputError) {
      io.err(`school-privacy-audit: ${err.message}\n`);
      return 1;
    }
    io.err(`school-privacy-audit: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
