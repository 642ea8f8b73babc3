// Accuracy over the fixture corpus: per-check agreement, exact agreement, and gap precision/recall, every disagreement listed.
// A fixture is tests/fixtures/corpus/NAME.(txt|html) with NAME.expected.json beside it; several renderings may share one label file
// by naming it NAME.expected.json where the rendering is NAME.txt, NAME.html, NAME.pdf ... (binary formats are read via src/documents).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { loadDocumentFile } from '../src/cli/load-document';
import { runAudit } from '../src/core/run-audit';
import { isGap, type Status } from '../src/core/report';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus');
const only = process.argv.find((a) => a.startsWith('--format='))?.slice(9);

interface Expected {
  asOf?: string;
  nation?: string;
  phase?: string;
  kind?: string;
  flags?: string[];
  absentFlags?: string[];
  items: Record<string, Status>;
}

const perCheck = new Map<string, { agree: number; total: number }>();
const perFormat = new Map<string, { agree: number; total: number }>();
let agree = 0, total = 0, tp = 0, fp = 0, fn = 0;
const disagreements: string[] = [];

const files = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
for (const file of files) {
  const ext = file.split('.').pop()!;
  if (only && ext !== only) continue;
  const stem = basename(file, `.${ext}`);
  const expPath = join(dir, `${stem}.expected.json`);
  if (!existsSync(expPath)) continue;
  const expected = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
  const input = await loadDocumentFile(join(dir, file));
  const report = runAudit({ notice: input }, undefined, { asOf: expected.asOf ?? '2026-11-23', ...(expected.kind ? { kind: expected.kind as never } : {}) });
  const got = new Map(report.items.map((i) => [i.id, i]));
  for (const [id, want] of Object.entries(expected.items)) {
    const item = got.get(id);
    const have = item?.status ?? '(absent)';
    const ok = have === want;
    const pc = perCheck.get(id) ?? { agree: 0, total: 0 };
    pc.total++; if (ok) pc.agree++;
    perCheck.set(id, pc);
    const pf = perFormat.get(ext) ?? { agree: 0, total: 0 };
    pf.total++; if (ok) pf.agree++;
    perFormat.set(ext, pf);
    total++; if (ok) agree++;
    const wantGap = isGap(want), haveGap = item ? isGap(item.status) : false;
    if (wantGap && haveGap) tp++; else if (haveGap) fp++; else if (wantGap) fn++;
    if (!ok) disagreements.push(`  ${file.padEnd(28)} ${id.padEnd(30)} want ${want.padEnd(14)} got ${have.padEnd(14)} ${item?.message ?? ''}`.slice(0, 220));
  }
  for (const [what, want, have] of [['nation', expected.nation, report.nation], ['phase', expected.phase, report.phase]] as const) {
    if (want && want !== have) disagreements.push(`  ${file.padEnd(28)} ${what.padEnd(30)} want ${want.padEnd(14)} got ${have}`);
  }
  const flags = new Set(report.flags.map((f) => f.id));
  for (const f of expected.flags ?? []) if (!flags.has(f)) disagreements.push(`  ${file.padEnd(28)} flag ${f.padEnd(25)} expected, not raised`);
  for (const f of expected.absentFlags ?? []) if (flags.has(f)) disagreements.push(`  ${file.padEnd(28)} flag ${f.padEnd(25)} raised, expected absent`);
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
console.log('Agreement per check:');
for (const [id, { agree: a, total: t }] of [...perCheck].sort((x, y) => x[1].agree / x[1].total - y[1].agree / y[1].total)) {
  console.log(`  ${id.padEnd(32)} ${String(a).padStart(3)}/${String(t).padEnd(3)} ${pct(a, t)}%`);
}
console.log('Agreement per format:');
for (const [f, { agree: a, total: t }] of perFormat) console.log(`  ${f.padEnd(6)} ${a}/${t} ${pct(a, t)}%`);
console.log(`\nDisagreements (${disagreements.length}):`);
console.log(disagreements.join('\n') || '  none');
const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + fn ? tp / (tp + fn) : 1;
console.log(`\nExact agreement: ${agree}/${total} = ${pct(agree, total)}%`);
console.log(`Gap detection precision: ${precision.toFixed(3)}  recall: ${recall.toFixed(3)}  (gap = partial or fail; tp ${tp}, fp ${fp}, fn ${fn})`);
