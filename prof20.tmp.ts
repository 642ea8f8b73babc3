import { runAudit } from './src/core/run-audit';
import { largePageBuilder } from './scripts/bench/large-page';
const chars = Number(process.argv[2] ?? 20000), runs = Number(process.argv[3] ?? 300);
const html = largePageBuilder()(chars);
const a: any = { notice: { format: 'html', url: 'https://school.example/privacy-notice/', html } };
for (let i = 0; i < 20; i++) runAudit(a, { asOf: '2026-11-23' });
const s = performance.now();
for (let i = 0; i < runs; i++) runAudit(a, { asOf: '2026-11-23' });
console.log('ms', ((performance.now() - s) / runs).toFixed(2));
