// The `merge` command: combine the output folders of several batch runs (shards) into one findings CSV and summary, without auditing again.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { FailOn } from '../../core/fail-on';
import { InputError } from '../input-error';
import { readManifest } from '../site/site-folder';
import { batchPaths, rebuildBatchCsv, type SchoolEntry, type SchoolsFile } from '../batch/run-batch';
import { writeFileAtomic } from '../site/write-atomic';
import { findingsHtmlPath, writeFindingsHtml } from '../report/findings-html';
import { batchExitCode } from './batch';

export interface MergeCommandOptions {
  out: string;
  failOn?: FailOn;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

interface Found {
  /** Absolute folder of one school. */
  dir: string;
  entry: Omit<SchoolEntry, 'folder'> | null;
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function readSchoolsFile(path: string): Promise<Found[]> {
  let file: SchoolsFile;
  try {
    file = JSON.parse(await readFile(path, 'utf8')) as SchoolsFile;
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`);
  }
  if (file?.format !== 'school-privacy-audit/schools@1' || !Array.isArray(file.schools))
    throw new InputError(`${path} is not a batch run's list of schools`);
  return file.schools.map(({ folder, ...entry }) => ({ dir: resolve(dirname(path), folder), entry }));
}

/**
 * The schools of one argument: a batch output folder (its *.schools.json files say each school's list position and
 * folder), a findings CSV of a run, or a folder of school folders (e.g. findings-sites/, listed by folder name).
 */
async function schoolsIn(arg: string): Promise<Found[]> {
  const path = resolve(arg);
  if (!(await stat(path).catch(() => null))) throw new InputError(`cannot read ${arg}: no such file or folder`);
  if (!(await isDir(path))) {
    const schools = path.endsWith('.schools.json') ? path : batchPaths(path).schools;
    return readSchoolsFile(schools);
  }
  const names = (await readdir(path)).sort();
  const lists = names.filter((n) => n.endsWith('.schools.json'));
  if (lists.length) return (await Promise.all(lists.map((n) => readSchoolsFile(join(path, n))))).flat();
  const found: Found[] = [];
  for (const n of names) if (await readManifest(join(path, n))) found.push({ dir: join(path, n), entry: null });
  // A run's output folder from before the list file: its -sites folder holds the schools.
  for (const n of names.filter((x) => x.endsWith('-sites'))) {
    for (const m of (await readdir(join(path, n))).sort())
      if (await readManifest(join(path, n, m))) found.push({ dir: join(path, n, m), entry: null });
  }
  if (!found.length) throw new InputError(`${arg} holds no batch output: no *.schools.json and no saved school folders`);
  return found;
}

export async function runMergeCommand(
  dirs: string[],
  opts: MergeCommandOptions,
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const out = resolve(opts.out);
  const all: Found[] = [];
  for (const d of dirs) all.push(...(await schoolsIn(d)));
  // A school in two runs (a shard run twice, or overlapping lists) is taken once: the first given.
  const seen = new Map<string, Found>();
  let duplicates = 0;
  for (const f of all) {
    const key = basename(f.dir);
    if (seen.has(key)) duplicates++;
    else seen.set(key, f);
  }
  // List order where the runs recorded it (shards of one list share positions), then folder name.
  const merged = [...seen.values()].sort(
    (a, b) => (a.entry?.index ?? Infinity) - (b.entry?.index ?? Infinity) || basename(a.dir).localeCompare(basename(b.dir)),
  );
  const paths = batchPaths(out);
  const tally = await rebuildBatchCsv(
    merged.map((f) => ({ dir: f.dir, ...(f.entry ? { target: f.entry } : {}) })),
    paths,
  );
  await writeFindingsHtml(
    merged.map((f) => f.dir),
    findingsHtmlPath(paths.findings),
  );
  const file: SchoolsFile = {
    format: 'school-privacy-audit/schools@1',
    shard: null,
    schools: merged.map((f, i) => ({
      index: f.entry?.index ?? i,
      folder: f.dir,
      url: f.entry?.url ?? '',
      school: f.entry?.school ?? null,
      urn: f.entry?.urn ?? null,
      la: f.entry?.la ?? null,
    })),
  };
  await writeFileAtomic(paths.schools, `${JSON.stringify(file, null, 1)}\n`);
  if (duplicates)
    io.err(`note: ${duplicates} school folder${duplicates === 1 ? '' : 's'} appeared in more than one run; the first given was kept\n`);
  io.out(
    `merged ${tally.schools} school${tally.schools === 1 ? '' : 's'} from ${dirs.length} run${dirs.length === 1 ? '' : 's'} (${merged.length - tally.schools} not audited yet)\nfindings: ${paths.findings}\nsummary: ${paths.summary}\nreport: ${findingsHtmlPath(paths.findings)}\n`,
  );
  return batchExitCode(tally, opts.failOn, io);
}
