// Accuracy over the labelled fixtures: per-check agreement, exact agreement, and gap precision/recall, for each split.
// Splits: tests/fixtures/corpus (written alongside the rules; every disagreement listed), tests/fixtures/heldout
// (written and labelled with the corpus but never tuned on: its figures and the checks it disagrees on are printed,
// --show-heldout lists the lines once the rules are settled) and tests/fixtures/blind (written and labelled apart from
// the rules and never tuned on: only its figures and the checks it disagrees on are printed, unless --show-blind asks
// for the lines). tests/fixtures/blind2 is a second blind split, written and labelled apart from the first and from the
// rules, reported the same way (--show-blind2 lists its lines).
// A fixture is DIR/NAME.(txt|html|pdf|docx) with NAME.expected.json beside it; several renderings may share one label file.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { loadDocumentFile } from '../src/cli/load-document';
import { runAudit } from '../src/core/run-audit';
import { isGap, type Status } from '../src/core/report';

const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures');
const only = process.argv.find((a) => a.startsWith('--format='))?.slice(9);
const showBlind = process.argv.includes('--show-blind');
const showHeldout = process.argv.includes('--show-heldout');
const showBlind2 = process.argv.includes('--show-blind2');

interface Expected {
  asOf?: string;
  nation?: string;
  phase?: string;
  kind?: string;
  flags?: string[];
  absentFlags?: string[];
  items: Record<string, Status>;
}

interface Tally {
  agree: number;
  total: number;
  tp: number;
  fp: number;
  fn: number;
  files: number;
  perCheck: Map<string, { agree: number; total: number }>;
  perFormat: Map<string, { agree: number; total: number }>;
  disagreements: string[];
}

const newTally = (): Tally => ({
  agree: 0,
  total: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  files: 0,
  perCheck: new Map(),
  perFormat: new Map(),
  disagreements: [],
});

function bump(map: Map<string, { agree: number; total: number }>, key: string, ok: boolean): void {
  const v = map.get(key) ?? { agree: 0, total: 0 };
  v.total++;
  if (ok) v.agree++;
  map.set(key, v);
}

async function measure(dir: string): Promise<Tally> {
  const t = newTally();
  if (!existsSync(dir)) return t;
  const files = readdirSync(dir)
    .filter((f) => !f.endsWith('.json') && !f.endsWith('.md'))
    .sort();
  for (const file of files) {
    const ext = file.split('.').pop()!;
    if (only && ext !== only) continue;
    const stem = basename(file, `.${ext}`);
    const expPath = join(dir, `${stem}.expected.json`);
    if (!existsSync(expPath)) continue;
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
    const input = await loadDocumentFile(join(dir, file));
    const report = runAudit(
      { notice: input },
      { asOf: expected.asOf ?? '2026-11-23', ...(expected.kind ? { kind: expected.kind as never } : {}) },
    );
    t.files++;
    const got = new Map(report.items.map((i) => [i.id, i]));
    for (const [id, want] of Object.entries(expected.items)) {
      const item = got.get(id);
      if (!item && id.startsWith('ck-')) continue; // cookie checks run only when the notice carries a cookie notice
      const have = item?.status ?? '(absent)';
      const ok = have === want;
      bump(t.perCheck, id, ok);
      bump(t.perFormat, ext, ok);
      t.total++;
      if (ok) t.agree++;
      const wantGap = isGap(want);
      const haveGap = item ? isGap(item.status) : false;
      if (wantGap && haveGap) t.tp++;
      else if (haveGap) t.fp++;
      else if (wantGap) t.fn++;
      if (!ok)
        t.disagreements.push(
          `  ${file.padEnd(40)} ${id.padEnd(30)} want ${want.padEnd(14)} got ${have.padEnd(14)} ${item?.message ?? ''}`.slice(0, 240),
        );
    }
    for (const [what, want, have] of [
      ['nation', expected.nation, report.nation],
      ['phase', expected.phase, report.phase],
    ] as const) {
      if (want && want !== have) t.disagreements.push(`  ${file.padEnd(40)} ${what.padEnd(30)} want ${want.padEnd(14)} got ${have}`);
    }
    const flags = new Set(report.flags.map((f) => f.id));
    for (const f of expected.flags ?? [])
      if (!flags.has(f)) t.disagreements.push(`  ${file.padEnd(40)} flag ${f.padEnd(25)} expected, not raised`);
    for (const f of expected.absentFlags ?? [])
      if (flags.has(f)) t.disagreements.push(`  ${file.padEnd(40)} flag ${f.padEnd(25)} raised, expected absent`);
  }
  return t;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
const precision = (t: Tally) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
const recall = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
const line = (name: string, t: Tally) =>
  `${name.padEnd(8)} ${String(t.files).padStart(3)} files  agreement ${t.agree}/${t.total} = ${pct(t.agree, t.total)}%  gap precision ${precision(t).toFixed(3)}  recall ${recall(t).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

const corpus = await measure(join(fixtures, 'corpus'));
const heldout = await measure(join(fixtures, 'heldout'));
const blind = await measure(join(fixtures, 'blind'));
const blind2 = await measure(join(fixtures, 'blind2'));

console.log('Agreement per check (corpus):');
for (const [id, { agree: a, total: n }] of [...corpus.perCheck].sort((x, y) => x[1].agree / x[1].total - y[1].agree / y[1].total)) {
  console.log(`  ${id.padEnd(32)} ${String(a).padStart(3)}/${String(n).padEnd(3)} ${pct(a, n)}%`);
}
console.log('Agreement per format (corpus):');
for (const [f, { agree: a, total: n }] of corpus.perFormat) console.log(`  ${f.padEnd(6)} ${a}/${n} ${pct(a, n)}%`);
console.log(`\nDisagreements, corpus (${corpus.disagreements.length}):`);
console.log(corpus.disagreements.join('\n') || '  none');

for (const [name, t, show] of [
  ['Held-out', heldout, showHeldout],
  ['Blind', blind, showBlind],
  ['Blind2', blind2, showBlind2],
] as const) {
  if (!t.files) continue;
  const missed = [...t.perCheck].filter(([, v]) => v.agree < v.total).map(([id, v]) => `${id} ${v.agree}/${v.total}`);
  console.log(`\n${name} split: checks with disagreements: ${missed.join(', ') || 'none'}`);
  if (show) console.log(t.disagreements.join('\n') || '  none');
}

const all = newTally();
for (const t of [corpus, heldout, blind, blind2]) {
  all.files += t.files;
  all.agree += t.agree;
  all.total += t.total;
  all.tp += t.tp;
  all.fp += t.fp;
  all.fn += t.fn;
}
console.log('\nExact agreement (gap = partial or fail):');
console.log(line('corpus', corpus));
if (heldout.files) console.log(line('heldout', heldout));
console.log(line('blind', blind));
if (blind2.files) console.log(line('blind2', blind2));
console.log(line('all', all));
