// Benchmark: full runAudit time per seed (text and HTML), and on large school pages against cheerio.load alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { loadDocumentFile } from '../../src/cli/load-document';
import { runAudit } from '../../src/core/run-audit';
import { readHtml } from '../../src/core/notice/read-html';
import type { Artifacts } from '../../src/core/artifacts';

const corpus = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'corpus');
const SEEDS = ['000', '001', '002', '003', '004'];
const SIZES: [string, number, number][] = [
  // label, target characters, timed runs (fewer for the big pages so the whole bench stays under a few minutes)
  ['20 KB', 20_000, 15],
  ['200 KB', 200_000, 9],
  ['1 MB', 1_000_000, 5],
  ['2 MB', 2_000_000, 3],
  ['5 MB', 5_000_000, 3],
];
const AS_OF = '2026-11-23';
// Targets from the design: the audit costs at most 3x parsing the page, and grows no worse than linearly.
const MAX_RATIO = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`.padStart(10);

/** The inner HTML of <main> in a seed page: realistic notice markup (headings, lists, tables, links). */
function mainOf(html: string): string {
  const start = html.indexOf('>', html.indexOf('<main')) + 1;
  const end = html.lastIndexOf('</main>');
  return html.slice(start, end);
}

/**
 * A school page of about `chars` characters: seed 004's chrome (header, menu, cookie banner,
 * breadcrumb, sidebar, footer) around the seed notices' sections repeated, each copy numbered so no
 * two sections are identical text.
 */
function buildPage(chars: number, shell: string, sections: string[]): string {
  const parts: string[] = [];
  let size = shell.length;
  for (let i = 0; size < chars; i++) {
    const part = `<section class="notice-part" id="part-${i}"><h2>Part ${i + 1}</h2>${sections[i % sections.length]!}</section>\n`;
    parts.push(part);
    size += part.length;
  }
  return shell.replace('<!--MAIN-->', parts.join(''));
}

export async function run(): Promise<void> {
  console.log('Seeds: median full runAudit (read + detect + every check), after warm-up');
  for (const n of SEEDS) {
    const cells: string[] = [];
    for (const ext of ['txt', 'html']) {
      const input = await loadDocumentFile(join(corpus, `seed-${n}.${ext}`));
      const artifacts: Artifacts = { notice: input };
      for (let i = 0; i < 3; i++) runAudit(artifacts, { asOf: AS_OF });
      const runs = Array.from({ length: 15 }, () => time(() => runAudit(artifacts, { asOf: AS_OF })));
      cells.push(`${ext} ${ms(median(runs))}`);
    }
    console.log(`  seed-${n}   ${cells.join('   ')}`);
  }

  const seedHtml = SEEDS.map((n) => readFileSync(join(corpus, `seed-${n}.html`), 'utf8'));
  const sections = seedHtml.map(mainOf);
  const page004 = seedHtml[4]!;
  const shell =
    page004.slice(0, page004.indexOf('>', page004.indexOf('<main')) + 1) + '<!--MAIN-->' + page004.slice(page004.lastIndexOf('</main>'));

  console.log('\nLarge pages: median of runs, cheerio.load and the audit timed alternately in the same process');
  console.log(
    `  ${'size'.padEnd(8)} ${'chars'.padStart(10)} ${'load'.padStart(10)} ${'read'.padStart(10)} ${'audit'.padStart(10)} ${'audit/load'.padStart(11)} ${'audit ms/MB'.padStart(12)} ${'blocks'.padStart(8)}`,
  );
  const perMb: number[] = [];
  const ratios: number[] = [];
  for (const [label, chars, runs] of SIZES) {
    const html = buildPage(chars, shell, sections);
    const artifacts: Artifacts = { notice: { format: 'html', url: 'https://school.example/privacy-notice/', html } };
    // Warm-up: JIT and the checklist load are not what is being measured.
    load(html);
    const report = runAudit(artifacts, { asOf: AS_OF });
    const loads: number[] = [];
    const reads: number[] = [];
    const audits: number[] = [];
    for (let i = 0; i < runs; i++) {
      loads.push(time(() => load(html)));
      reads.push(time(() => readHtml(html, artifacts.notice.url ?? null)));
      audits.push(time(() => runAudit(artifacts, { asOf: AS_OF })));
    }
    const [l, r, a] = [median(loads), median(reads), median(audits)];
    const mb = html.length / 1_000_000;
    perMb.push(a / mb);
    ratios.push(a / l);
    const blocks = readHtml(html).blocks.length;
    console.log(
      `  ${label.padEnd(8)} ${String(html.length).padStart(10)} ${ms(l)} ${ms(r)} ${ms(a)} ${(a / l).toFixed(2).padStart(10)}x ${(a / mb).toFixed(0).padStart(12)} ${String(blocks).padStart(8)}${report.items.length ? '' : '  (no items!)'}`,
    );
  }
  const worst = Math.max(...ratios);
  const growth = perMb[perMb.length - 1]! / perMb[2]!;
  console.log(`\n  target audit <= ${MAX_RATIO}x cheerio.load: ${worst <= MAX_RATIO ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}x)`);
  console.log(`  growth: ms/MB at 5 MB is ${growth.toFixed(2)}x that at 1 MB (${growth <= 1.5 ? 'linear' : 'worse than linear'})`);
}
