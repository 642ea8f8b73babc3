// Profiling aid: builds the audit benchmark's large pages and runs runAudit on them in a loop, so
// `node --cpu-prof --import tsx scripts/profile-audit.ts [chars] [runs]` shows where the audit spends its time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { runAudit } from '../src/core/run-audit';
import type { Artifacts } from '../src/core/artifacts';

const corpus = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus');
const SEEDS = ['000', '001', '002', '003', '004'];
const chars = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
/** `audit-only`: leave cheerio.load out of the loop, so a profile holds the audit alone. */
const auditOnly = process.argv[4] === 'audit-only';

function mainOf(html: string): string {
  const start = html.indexOf('>', html.indexOf('<main')) + 1;
  return html.slice(start, html.lastIndexOf('</main>'));
}
const seedHtml = SEEDS.map((n) => readFileSync(join(corpus, `seed-${n}.html`), 'utf8'));
const sections = seedHtml.map(mainOf);
const page004 = seedHtml[4]!;
const shell =
  page004.slice(0, page004.indexOf('>', page004.indexOf('<main')) + 1) + '<!--MAIN-->' + page004.slice(page004.lastIndexOf('</main>'));
const parts: string[] = [];
let size = shell.length;
for (let i = 0; size < chars; i++) {
  const part = `<section class="notice-part" id="part-${i}"><h2>Part ${i + 1}</h2>${sections[i % sections.length]!}</section>\n`;
  parts.push(part);
  size += part.length;
}
const html = shell.replace('<!--MAIN-->', parts.join(''));
const artifacts: Artifacts = { notice: { format: 'html', url: 'https://school.example/privacy-notice/', html } };
runAudit(artifacts, { asOf: '2026-11-23' });
let loadMs = 0;
let auditMs = 0;
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  if (!auditOnly) load(html);
  loadMs += performance.now() - t;
  t = performance.now();
  runAudit(artifacts, { asOf: '2026-11-23' });
  auditMs += performance.now() - t;
}
console.log(
  `${html.length} chars: load ${(loadMs / runs).toFixed(1)} ms, audit ${(auditMs / runs).toFixed(1)} ms, ratio ${(auditMs / loadMs).toFixed(2)}x`,
);
