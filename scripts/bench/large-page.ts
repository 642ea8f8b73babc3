// The audit benchmark's large school pages, shared with the profiling aid so both time the same markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'corpus');
export const SEEDS = ['000', '001', '002', '003', '004'];

/** The inner HTML of <main> in a seed page: realistic notice markup (headings, lists, tables, links). */
function mainOf(html: string): string {
  const start = html.indexOf('>', html.indexOf('<main')) + 1;
  const end = html.lastIndexOf('</main>');
  return html.slice(start, end);
}

/** Returns a builder of school pages of about `chars` characters. */
export function largePageBuilder(): (chars: number) => string {
  const seedHtml = SEEDS.map((n) => readFileSync(join(corpus, `seed-${n}.html`), 'utf8'));
  const sections = seedHtml.map(mainOf);
  const page004 = seedHtml[4]!;
  // Seed 004's chrome (header, menu, cookie banner, breadcrumb, sidebar, footer) around the notices' sections
  // repeated, each copy numbered so no two sections are identical text.
  const shell =
    page004.slice(0, page004.indexOf('>', page004.indexOf('<main')) + 1) + '<!--MAIN-->' + page004.slice(page004.lastIndexOf('</main>'));
  return (chars) => {
    const parts: string[] = [];
    let size = shell.length;
    for (let i = 0; size < chars; i++) {
      const part = `<section class="notice-part" id="part-${i}"><h2>Part ${i + 1}</h2>${sections[i % sections.length]!}</section>\n`;
      parts.push(part);
      size += part.length;
    }
    return shell.replace('<!--MAIN-->', parts.join(''));
  };
}
