// Benchmarks PDF and DOCX extraction: pages per second, and extract + audit time for a 28-page notice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPdf } from '../../src/documents/extract-pdf';
import { extractDocx } from '../../src/documents/extract-docx';
import { runAudit } from '../../src/core/run-audit';

const root = join(import.meta.dirname, '..', '..');
const LONG_PDF = join(root, 'tests', 'fixtures', 'documents', 'long-28-pages.pdf');
const SEED_DOCX = join(root, 'tests', 'fixtures', 'corpus', 'seed-002.docx');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

export async function run(): Promise<void> {
  const pdf = new Uint8Array(readFileSync(LONG_PDF));
  // The first call loads pdfjs itself; report it apart, since a long batch pays it once.
  const [coldMs, first] = await time(() => extractPdf(pdf));
  const pages = first.pages.length;
  console.log(`  pdf: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB; first extraction (loads pdfjs) ${coldMs.toFixed(0)} ms`);

  const extractTimes: number[] = [];
  const totalTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [extractMs, input] = await time(() => extractPdf(pdf));
    const [auditMs] = await time(async () => runAudit({ notice: input }, { asOf: '2026-11-23' }));
    extractTimes.push(extractMs);
    totalTimes.push(extractMs + auditMs);
  }
  const extractMs = median(extractTimes);
  console.log(`  pdf extraction: ${extractMs.toFixed(0)} ms median of 5 = ${((pages * 1000) / extractMs).toFixed(0)} pages/s`);
  console.log(`  pdf extract + audit (${pages} pages): ${median(totalTimes).toFixed(0)} ms median of 5`);

  const docx = new Uint8Array(readFileSync(SEED_DOCX));
  await extractDocx(docx);
  const docxTimes: number[] = [];
  for (let i = 0; i < 5; i++) docxTimes.push((await time(() => extractDocx(docx)))[0]);
  console.log(
    `  docx extraction (seed 002, ${(docx.length / 1024).toFixed(0)} KiB, zip checks included): ${median(docxTimes).toFixed(0)} ms median of 5`,
  );
}
