// Turns positioned text runs from PDF pages into reading-order blocks: lines, paragraphs, headings, list items.
import type { PageBlock } from '../core/artifacts';
import { ENDS_LEAD_IN_DASH, isContactLine, looksLikeHeading } from '../core/notice/read-text';

/** One positioned piece of text, in top-down page coordinates (0 = top edge), as any PDF library reports it. */
export interface TextRun {
  text: string;
  x: number;
  /** Baseline distance from the top of the page. */
  top: number;
  width: number;
  /** Font size in page units (the vertical scale of the text matrix). */
  size: number;
}

export interface PageRuns {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export interface LaidOutPage {
  page: number;
  blocks: PageBlock[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  top: number;
  size: number;
  page: number;
  /** Set when the line began with a bullet or number (the marker is already stripped from text). */
  listMarker: boolean;
}

// Bullet glyphs schools' Word documents really produce, including Symbol/Wingdings private-use code points
// (U+F0B7 etc.) that lose their mapping on export. "o" is Word's second-level bullet in Courier New.
const BULLET =
  /^\s*(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25c6\u25c7\u25e6\u27a2\u27a4\u2794\u2192\u00b7\u2713\u2714\u2013\u2014*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e0]|[-o](?=\s))\s*/u;
const NUMBERED = /^\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)](?=\s)\s*/i;
const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^-\s*#\s*-$/i;
const SENTENCE_END = /[.!?:;]["'\u201d\u2019)]?$/;
// Notices often end a sentence with a bare email address or URL and no full stop.
const ENDS_WITH_ADDRESS = /(?:\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+)$/i;

const MAX_BLOCK_CHARS = 100_000;

/** Where running headers and footers live: the top and bottom tenth of a page. */
const MARGIN_FRACTION = 0.1;

function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

/** Group a page's runs into lines: runs whose baselines agree within a third of the font size share a line. */
function buildLines(page: PageRuns): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.top) && Number.isFinite(r.x));
  runs.sort((a, b) => a.top - b.top || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    const anchor = last?.[0];
    if (last && anchor && Math.abs(run.top - anchor.top) <= Math.max(1, 0.35 * Math.max(anchor.size, run.size))) last.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let prevEnd = -Infinity;
    const chars = new Map<number, number>();
    for (const run of group) {
      const gap = run.x - prevEnd;
      if (text && gap > 0.15 * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
      text += run.text;
      prevEnd = Math.max(prevEnd, run.x + run.width);
      const s = roundSize(run.size);
      chars.set(s, (chars.get(s) ?? 0) + run.text.trim().length);
    }
    const size = [...chars].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
    const first = group[0]!;
    return { text: text.replace(/\s+/g, ' ').trim(), x0: first.x, x1: prevEnd, top: first.top, size, page: page.page, listMarker: false };
  });
}

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inMargin(line: Line, height: number): boolean {
  return line.top < height * MARGIN_FRACTION || line.top > height * (1 - MARGIN_FRACTION);
}

/** Drop page numbers, and lines in the margins that repeat on at least half the pages (running headers/footers). */
function dropFurniture(pages: { lines: Line[]; height: number }[]): void {
  const pagesWith = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.filter((l) => inMargin(l, p.height)).map((l) => furnitureKey(l.text)));
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  for (const p of pages) {
    p.lines = p.lines.filter((l) => {
      if (!inMargin(l, p.height)) return true;
      const key = furnitureKey(l.text);
      if (PAGE_NUMBER.test(key)) return false;
      return (pagesWith.get(key) ?? 0) < threshold;
    });
  }
}

/** Most common value, weighted. */
function mode(weights: Map<number, number>): number | null {
  let best: number | null = null;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * A line-end hyphen is either a real one ("follow-" "up") or one a typesetter inserted ("informa-" "tion").
 * The document itself decides: if the joined word occurs elsewhere, the hyphen was inserted.
 */
function joinLines(prev: string, next: string, words: Set<string>): string {
  const m = /([A-Za-z]+)-$/.exec(prev);
  const n = /^([a-z]+)/.exec(next);
  if (m && n) {
    const joined = (m[1]! + n[1]!).toLowerCase();
    if (words.has(joined)) return prev.slice(0, -1) + next;
    return prev + next;
  }
  if (prev.endsWith('\u00ad')) return prev.slice(0, -1) + next;
  // Word processors wrap long URLs after a slash or other separator; a space there would break the link.
  if (/(?:https?:\/\/|www\.)\S*[/_.?=&#]$/i.test(prev) && /^[\w%~/-]/.test(next)) return prev + next;
  return `${prev} ${next}`;
}

function stripMarker(line: Line): void {
  for (const re of [BULLET, NUMBERED]) {
    const m = re.exec(line.text);
    if (m && m[0].length < line.text.length) {
      line.text = line.text.slice(m[0].length);
      line.listMarker = true;
      return;
    }
  }
}

export interface LayoutResult {
  pages: LaidOutPage[];
  /** The largest heading, a fallback title. */
  firstHeading: string | null;
}

/** Lay out every page: furniture removed, headings by font size, lists by marker, paragraphs by spacing. */
export function layoutPages(input: PageRuns[]): LayoutResult {
  const pages = input.map((p) => ({ page: p.page, height: p.height, width: p.width, lines: buildLines(p) }));
  dropFurniture(pages);

  // A bullet glyph alone on its line (drawn a little off the text's baseline) belongs to the next line.
  for (const p of pages) {
    const merged: Line[] = [];
    for (let i = 0; i < p.lines.length; i++) {
      const line = p.lines[i]!;
      const next = p.lines[i + 1];
      if (next && BULLET.test(line.text) && line.text.replace(BULLET, '') === '' && next.top - line.top < 1.2 * next.size) {
        next.text = `${line.text.trim()} ${next.text}`;
        next.x0 = Math.min(next.x0, line.x0);
        continue;
      }
      merged.push(line);
    }
    p.lines = merged;
  }

  const sizeChars = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) sizeChars.set(l.size, (sizeChars.get(l.size) ?? 0) + l.text.length);
  const bodySize = mode(sizeChars) ?? 0;
  const isHeadingSize = (l: Line) => bodySize > 0 && l.size >= bodySize * 1.12 && l.text.length <= 200;
  const headingSizes = [...new Set(pages.flatMap((p) => p.lines.filter(isHeadingSize).map((l) => l.size)))].sort((a, b) => b - a);
  const levelOf = (size: number) => Math.min(6, headingSizes.indexOf(size) + 1);

  // Typical baseline-to-baseline distance of body text: a larger gap means a new paragraph.
  const gaps = new Map<number, number>();
  for (const p of pages) {
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1]!;
      const b = p.lines[i]!;
      if (a.size === bodySize && b.size === bodySize && b.top > a.top) {
        const g = Math.round(b.top - a.top);
        gaps.set(g, (gaps.get(g) ?? 0) + 1);
      }
    }
  }
  const lineGap = mode(gaps) ?? bodySize * 1.2;

  const words = new Set<string>();
  for (const p of pages) for (const l of p.lines) for (const w of l.text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);

  type Draft = PageBlock & { page: number; x0: number; minX: number; left: number; lastLine: Line; lines: number; endsFullWidth?: boolean };
  const drafts: Draft[] = [];
  for (const p of pages) {
    const right = Math.max(0, ...p.lines.filter((l) => l.size === bodySize).map((l) => l.x1));
    const left = Math.min(Infinity, ...p.lines.filter((l) => l.size === bodySize).map((l) => l.x0));
    let current: Draft | null = null;
    for (const line of p.lines) {
      const heading = isHeadingSize(line);
      if (!heading) stripMarker(line);
      const prev: Line | undefined = current?.lastLine;
      let continues = false;
      if (current && prev && prev.page === line.page) {
        const gap = line.top - prev.top;
        if (heading) {
          continues = current.kind === 'heading' && prev.size === line.size && gap < line.size * 1.6;
        } else if (current.kind !== 'heading' && !line.listMarker && gap > 0 && gap <= lineGap * 1.3) {
          // If the next line's first word would have fitted at the end of this one, the break was chosen, not wrapped:
          // the end of a paragraph, list item or heading, whatever its punctuation.
          const charWidth = (line.x1 - line.x0) / Math.max(1, line.text.length);
          const firstWord = line.text.split(' ')[0] ?? '';
          const prevShort = right > left && prev.x1 + (firstWord.length + 1) * charWidth < right - bodySize * 0.5;
          const indentOk =
            current.kind === 'list-item'
              ? line.x0 > current.x0 + bodySize * 0.5
              : Math.abs(line.x0 - prev.x0) < bodySize * 2 || line.x0 < prev.x0;
          continues = !prevShort && indentOk;
        }
      }
      if (continues && current) {
        current.text = joinLines(current.text, line.text, words);
        current.lastLine = line;
        current.minX = Math.min(current.minX, line.x0);
        current.lines++;
        continue;
      }
      current = {
        kind: heading ? 'heading' : line.listMarker ? 'list-item' : 'paragraph',
        text: line.text,
        ...(heading ? { level: levelOf(line.size) } : {}),
        page: p.page,
        x0: line.x0,
        minX: line.x0,
        left,
        lastLine: line,
        lines: 1,
      };
      drafts.push(current);
    }
    // A last line that runs to the right margin was wrapped, so its sentence goes on elsewhere.
    if (current && right > left) current.endsFullWidth = current.lastLine.x1 >= right - (right - left) * 0.1;
  }

  // Browsers print list bullets as drawn shapes, not text: a run of indented paragraphs at one indent, or one
  // introduced by a line ending in a colon, is a list whose markers the text layer lost.
  // Every line must sit at the indent: a first-line indent alone is ordinary paragraph style.
  const indented = (d: Draft) => d.kind === 'paragraph' && Number.isFinite(d.left) && d.minX > d.left + bodySize * 1.2;
  for (let i = 0; i < drafts.length;) {
    const first = drafts[i]!;
    if (!indented(first)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < drafts.length && indented(drafts[j]!) && Math.abs(drafts[j]!.x0 - first.x0) < 2) j++;
    const before = drafts[i - 1];
    const introduced =
      before !== undefined && (/[:-]$/.test(before.text) || (before.kind === 'list-item' && Math.abs(before.x0 - first.x0) < bodySize));
    if (j - i >= 2 || introduced) for (let k = i; k < j; k++) drafts[k]!.kind = 'list-item';
    i = j;
  }

  // A paragraph cut by a page break continues on the next page: no sentence end, and either its last line
  // was wrapped at the margin or the next page starts lower-case.
  const blocks: Draft[] = [];
  for (const d of drafts) {
    const last = blocks[blocks.length - 1];
    if (
      last &&
      last.page !== d.page &&
      last.kind !== 'heading' &&
      d.kind === 'paragraph' &&
      !SENTENCE_END.test(last.text) &&
      (/^[a-z]/.test(d.text) || (last.endsFullWidth && !ENDS_WITH_ADDRESS.test(last.text)))
    ) {
      last.text = joinLines(last.text, d.text, words);
      last.lines += d.lines;
      continue;
    }
    blocks.push(d);
  }

  // Word documents often mark headings with bold body-size text, which a text layer does not show: a lone
  // short line with no closing punctuation reads as a heading, by the same test the plain-text reader uses.
  for (const d of blocks) {
    if (d.kind === 'paragraph' && d.lines === 1 && looksLikeHeading(d.text)) {
      d.kind = 'heading';
      d.level = Math.min(6, headingSizes.length + 1);
    }
    // A line ending ":-" promises the list under it ("We collect and use pupil data to:-"), however large its type:
    // the plain-text reader reads it as a lead-in too; and an address or phone line is part of its contact block.
    else if (d.kind === 'heading' && (ENDS_LEAD_IN_DASH.test(d.text) || isContactLine(d.text))) {
      d.kind = 'paragraph';
      delete d.level;
    }
  }

  const out: LaidOutPage[] = input.map((p) => ({ page: p.page, blocks: [] }));
  const byPage = new Map(out.map((p) => [p.page, p]));
  for (const d of blocks) {
    // A hostile PDF can pour a whole book into one "paragraph"; the artifact schema caps block text, so cut it here.
    const block: PageBlock = { kind: d.kind, text: d.text.slice(0, MAX_BLOCK_CHARS), ...(d.level !== undefined ? { level: d.level } : {}) };
    byPage.get(d.page)?.blocks.push(block);
  }
  const top = blocks.filter((b) => b.kind === 'heading').sort((a, b) => (a.level ?? 6) - (b.level ?? 6))[0];
  return { pages: out, firstHeading: top?.text ?? null };
}
