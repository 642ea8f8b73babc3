// Layout of positioned PDF text: lines, furniture removal, headings by size rank, lists, hyphenation, paragraph breaks.
import { describe, expect, it } from 'vitest';
import { layoutPages, type PageRuns, type TextRun } from '../../src/documents/layout-pdf';

const W = 595;
const H = 842;

/** One line of text at a baseline; width is estimated at half the font size per character. */
function line(text: string, top: number, opts: { x?: number; size?: number } = {}): TextRun {
  const size = opts.size ?? 10;
  return { text, x: opts.x ?? 72, top, width: text.length * size * 0.5, size };
}

function page(n: number, runs: TextRun[]): PageRuns {
  return { page: n, width: W, height: H, runs };
}

const body = (n: number) => [
  line(`Running header of the school notice`, 30),
  line('We collect information about pupils so that we can support their learning and keep', 120),
  line('them safe, and we share it only where the law allows.', 134),
  line(`Page ${n} of 3`, 810),
];

describe('layoutPages', () => {
  it('drops running headers and page numbers but keeps text that repeats in the body', () => {
    const { pages } = layoutPages([page(1, body(1)), page(2, body(2)), page(3, body(3))]);
    for (const p of pages) {
      expect(p.blocks.map((b) => b.text)).toEqual([
        'We collect information about pupils so that we can support their learning and keep them safe, and we share it only where the law allows.',
      ]);
    }
  });

  it('keeps a header-zone line that appears on one page only', () => {
    const { pages } = layoutPages([page(1, [line('Privacy notice for pupils', 40, { size: 18 }), ...body(1).slice(1)]), page(2, body(2))]);
    expect(pages[0]!.blocks[0]).toEqual({ kind: 'heading', text: 'Privacy notice for pupils', level: 1 });
  });

  it('ranks heading levels by font size and joins a heading wrapped over two lines', () => {
    const { pages, firstHeading } = layoutPages([
      page(1, [
        line('Privacy Notice', 100, { size: 20 }),
        line('How we use pupil information', 140, { size: 14 }),
        line('and who we share it with', 157, { size: 14 }),
        line('Some body text that is long enough to count as the body of this notice.', 190),
        line('More body text follows here so that ten points is clearly the body size.', 204),
        line('Retention', 240, { size: 12 }),
        line('We keep records for as long as the retention schedule says we must.', 260),
      ]),
    ]);
    const headings = pages[0]!.blocks.filter((b) => b.kind === 'heading');
    expect(headings).toEqual([
      { kind: 'heading', text: 'Privacy Notice', level: 1 },
      { kind: 'heading', text: 'How we use pupil information and who we share it with', level: 2 },
      { kind: 'heading', text: 'Retention', level: 3 },
    ]);
    expect(firstHeading).toBe('Privacy Notice');
  });

  it('makes bulleted and numbered lines list items, strips the marker, and joins indented continuation lines', () => {
    const { pages } = layoutPages([
      page(1, [
        line('We share pupil information with:', 100),
        line('\u2022', 114, { x: 80 }),
        line('our local authority, which needs it for admissions and for monitoring', 114, { x: 92 }),
        line('attendance and exclusions', 128, { x: 92 }),
        line('\uf0b7 the Department for Education (DfE)', 142, { x: 80 }),
        line('2. the NHS school nursing service', 156, { x: 80 }),
        line('o youth support services', 170, { x: 80 }),
        line('After the list comes an ordinary paragraph at the left margin.', 190),
      ]),
    ]);
    expect(pages[0]!.blocks).toEqual([
      { kind: 'paragraph', text: 'We share pupil information with:' },
      { kind: 'list-item', text: 'our local authority, which needs it for admissions and for monitoring attendance and exclusions' },
      { kind: 'list-item', text: 'the Department for Education (DfE)' },
      { kind: 'list-item', text: 'the NHS school nursing service' },
      { kind: 'list-item', text: 'youth support services' },
      { kind: 'paragraph', text: 'After the list comes an ordinary paragraph at the left margin.' },
    ]);
  });

  it('reads indented runs as a list when the bullets were drawn as shapes, but not first-line indents', () => {
    const { pages } = layoutPages([
      page(1, [
        line('We share pupil information with:', 100),
        line('schools that pupils attend after leaving us', 114, { x: 100 }),
        line('our local authority', 128, { x: 100 }),
        line('After the list comes an ordinary paragraph at the left margin.', 150),
        line('A paragraph whose first line is indented the way some house styles', 172, { x: 100 }),
        line('like, carrying on at the margin on its second line and its third.', 186),
        line('Another such paragraph follows it, first line indented and then', 208, { x: 100 }),
        line('back to the margin for the rest of it, just like the one before.', 222),
      ]),
    ]);
    expect(pages[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item', 'list-item', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('drops a typesetter hyphen when the document spells the word whole, and keeps a real one', () => {
    const { pages } = layoutPages([
      page(1, [
        line('We record information about attendance and we share the informa-', 100),
        line('tion with the local authority as part of our statutory follow-', 114),
        line('up work each term, and other information as the law requires us.', 128),
      ]),
    ]);
    expect(pages[0]!.blocks[0]!.text).toBe(
      'We record information about attendance and we share the information with the local authority as part of our statutory follow-up work each term, and other information as the law requires us.',
    );
  });

  it('joins a URL wrapped after a slash without a space', () => {
    const { pages } = layoutPages([
      page(1, [
        line('See http://www.example.gov.uk/schools/intranet/policies-and-key-documents/', 100),
        line('guidance-material for the retention schedule we follow.', 114),
      ]),
    ]);
    expect(pages[0]!.blocks[0]!.text).toBe(
      'See http://www.example.gov.uk/schools/intranet/policies-and-key-documents/guidance-material for the retention schedule we follow.',
    );
  });

  it('starts a new paragraph after a wider gap or a short line ending a sentence', () => {
    const { pages } = layoutPages([
      page(1, [
        line('The first paragraph runs the full width of the page and then it carries on', 100),
        line('until it stops short.', 114),
        line('A second paragraph starts straight after, with no extra space between them', 128),
        line('and ends normally here, on a line of its own making, right at the margin end', 142),
        line('A third paragraph after a gap.', 170),
      ]),
    ]);
    expect(pages[0]!.blocks.map((b) => b.text)).toEqual([
      'The first paragraph runs the full width of the page and then it carries on until it stops short.',
      'A second paragraph starts straight after, with no extra space between them and ends normally here, on a line of its own making, right at the margin end',
      'A third paragraph after a gap.',
    ]);
  });

  it('joins a sentence cut by a page break but not a new paragraph on the next page', () => {
    const full = 'This sentence is long enough to run across the whole width of the page and it';
    const { pages } = layoutPages([
      page(1, [line('A short opening line for width.', 100), line(full, 780)]),
      page(2, [line('Continues on the next page.', 100), line('Contact us', 140, { size: 14 })]),
    ]);
    expect(pages[0]!.blocks.map((b) => b.text)).toEqual(['A short opening line for width.', `${full} Continues on the next page.`]);
    expect(pages[1]!.blocks).toEqual([{ kind: 'heading', text: 'Contact us', level: 1 }]);
  });

  it('reads a lone short body-size line without closing punctuation as a heading (bold headings in Word)', () => {
    const { pages } = layoutPages([
      page(1, [
        line('Privacy Notice', 80, { size: 16 }),
        line('We hold pupil data securely for the set amount of time shown in our retention', 110),
        line('schedule, and then we destroy it.', 124),
        line('Who we share pupil information with', 148),
        line('We routinely share pupil information with schools that pupils attend after', 172),
        line('leaving us, and with our local authority.', 186),
      ]),
    ]);
    expect(pages[0]!.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });

  it('orders runs top to bottom and left to right whatever order they arrive in', () => {
    const { pages } = layoutPages([
      page(1, [line('second line of text here.', 114), line('world', 100, { x: 110 }), line('Hello', 100, { x: 72 })]),
    ]);
    expect(pages[0]!.blocks.map((b) => b.text).join(' ')).toBe('Hello world second line of text here.');
  });
});
