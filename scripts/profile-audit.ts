// Profiling aid: builds the audit benchmark's large pages and runs runAudit on them in a loop, so
// `node --cpu-prof --import tsx scripts/profile-audit.ts [chars] [runs]` shows where the audit spends its time.
import { load } from 'cheerio';
import { runAudit } from '../src/core/run-audit';
import type { Artifacts } from '../src/core/artifacts';
import { largePageBuilder } from './bench/large-page';

const chars = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
/** `audit-only`: leave cheerio.load out of the loop, so a profile holds the audit alone. */
const auditOnly = process.argv[4] === 'audit-only';

const html = largePageBuilder()(chars);
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
