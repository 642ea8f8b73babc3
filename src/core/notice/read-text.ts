// Plain text -> NoticeDocument: one block per line, with list, heading and table structure (tabs or pipes) inferred.
import type { NoticeDocument } from './types';
import { buildDocument, type RawBlock } from './build-document';
import { normaliseKeepingLines, normaliseText } from './normalise';
import { addressesIn } from './text-addresses';

// Bullet glyphs, typed arrows ("->", "=>", "→", "►", "➢") and tick marks, numbers and letters.
const LIST_MARKER =
  /^\s*(?:[-*\u2022\u00B7\u25AA\u25E6\u2023\u2043\u25CF\u25A0\u2013\u2014o\u2192\u25B6\u25BA\u27A2\u27A4\u2713\u2714](?=\s)|[-=]>(?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s))\s*/;
const URL_OR_EMAIL = /(https?:\/\/|www\.|@[\w-]+\.)/i;

/** A line ending ":-" promises the list under it ("Organisations we share with include:-"): a lead-in, never a heading. */
export const ENDS_LEAD_IN_DASH = /:\s*[-\u2013]\s*$/;

const CONTACT_LABEL = /^(?:tel|telephone|phone|mobile|fax|e-?mail|web|website)\b\s*(?:no\.?\s*)?[:.]/i;
/** An address line ends in a UK postcode ("County Hall, Westmarch WM1 1AA"). */
const ENDS_IN_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;

/**
 * A contact or address line ("Tel: 029 2018 0455", "01632 960100", "Civic Centre, Oldport OP1 2AB"): part of the
 * contact block it stands in, never a heading, however it is set.
 */
export function isContactLine(line: string): boolean {
  const t = line.trim();
  return CONTACT_LABEL.test(t) || ENDS_IN_POSTCODE.test(t) || (t.match(/\d/g)?.length ?? 0) >= 9;
}

// An aside naming whom the part is for, after a comma: "Information about you, as a parent or carer".
const AS_WHOM_ASIDE = /,\s+as (?:a|an|the|our|your)\s+[^,]{1,30}$/i;

/** The longest line read as a bilingual title: two headings of the longest kind, with the slash between. */
const BILINGUAL_TITLE_MAX = 180;

/** A short line with no closing punctuation reads as a heading ("Storing pupil data", "Why do we collect data?"). */
export function looksLikeHeading(line: string, numbered = false): boolean {
  const t = line.trim();
  // A bilingual title gives the same heading twice, Welsh then English ("Beth yw fy hawliau? / What are my rights?"):
  // each half is measured as a heading alone.
  if (t.length <= BILINGUAL_TITLE_MAX && t.includes('/')) {
    // A slash with space either side; a run of spaces is entered only at its first, so the split stays linear.
    const halves = t.split(/(?<!\s)\s+\/\s+/);
    if (halves.length === 2) return halves.every((half) => looksLikeHeading(half, numbered));
  }
  if (t.length < 2 || t.length > 90) return false;
  if (/[.,;:]$/.test(t) || ENDS_LEAD_IN_DASH.test(t)) return false;
  if (/^[a-z]/.test(t)) return false;
  if (URL_OR_EMAIL.test(t)) return false;
  if (isContactLine(t)) return false;
  const words = t.split(/\s+/).length;
  // A comma followed by more words reads as a sentence that lost its full stop, unless numbered as a section: "9. How
  // long we keep it, and how we keep it safe".
  // Not where the comma opens an aside naming whom the part is for, nor in one question standing on its own line: a
  // sentence that lost its stop does not end in a question mark ("How long do we keep it, and how do we keep it safe?").
  const oneQuestion = t.endsWith('?') && (numbered || !/[.!?]\s/.test(t));
  // Nor in capitals throughout, as headings are set and sentences are not: "WHY WE KEEP IT, AND HOW LONG FOR".
  const capitals = !/[a-z]/.test(t);
  if (!numbered && !oneQuestion && !capitals && /,\s+\S+\s+\S+/.test(t) && words > 6 && !AS_WHOM_ASIDE.test(t)) return false;
  // A section asked as a question runs longer: "9. How long do you keep it, and how do you keep it safe?".
  return words <= (oneQuestion ? 16 : 12);
}

// Words that cannot end a sentence: a line ending in one was wrapped, whatever starts the next line.
const DANGLING =
  /\b(for|of|to|the|a|an|and|or|in|on|at|by|with|from|until|than|within|after|before|over|under|is|are|be|our|your|their|such as)$/i;

/** A label, a run of dots, then its value: a row of a table laid out with dotted leaders ("Who you are ....... name"). */
export const LEADER_ROW = /^\s*[^.!?:;\n]{1,40}?\s\.{3,}\s+\S/;

/** A line that ends a sentence (or a lead-in), perhaps inside a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?:;]["')]?$/;
/** A line ending on a colon or a comma: what follows belongs to it. */
const ITEM_LEFT_OPEN = /[:,]$/;
const indentOf = (line: string): number => line.length - line.trimStart().length;
const ENDS_ON_DETERMINER = /\b(?:the|a|an|our|your|their)$/i;
/** Lines broken by hand are short; a whole paragraph set on one line is longer than this. */
const HAND_BROKEN_MAX_CHARS = 80;
/** Text is broken by hand when at least this many lines, and this share of its lines, run on into a lower-case line. */
const HAND_BROKEN_MIN_LINES = 8;
const HAND_BROKEN_MIN_SHARE = 0.15;

/** Whether the text's sentences run over short lines broken by hand (large print, a letter set line by line). */
function isHandBroken(lines: readonly string[]): boolean {
  let text = 0;
  let runOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!/[a-z]/i.test(line)) continue;
    text++;
    if (line.length <= HAND_BROKEN_MAX_CHARS && !ENDS_SENTENCE.test(line) && /^[a-z]/.test(lines[i + 1]?.trim() ?? '')) runOn++;
  }
  return runOn >= HAND_BROKEN_MIN_LINES && runOn >= text * HAND_BROKEN_MIN_SHARE;
}

/**
 * Whether `line` carries on the block above: the previous line did not end a sentence and this one starts in
 * lower case (or after a dangling word like "for"); an indented lower-case line after a list item carries on the item.
 */
function continuesLine(prevKind: string, prevLine: string, line: string, wrap: number | null, handBroken: boolean): boolean {
  if (ENDS_SENTENCE.test(prevLine)) return false;
  // Rows laid out with dotted leaders ("Accident records ......... until your child is 21"): each line is a row of its own.
  if (LEADER_ROW.test(prevLine) && LEADER_ROW.test(line)) return false;
  const lower = /^\s*[a-z]/.test(line);
  // In text wrapped at a fixed width, a line the next word would not have fitted on was wrapped, whatever its case:
  // "write to Mrs Helen Garside, School Business" / "Manager, at the school address."
  const filled = wrap !== null && prevLine.length >= wrap - WRAP_SLACK;
  const wrapped = wrappedOnto(prevLine, line, wrap);
  if (prevKind === 'list-item') return (lower || wrapped) && /^\s/.test(line);
  if (wrapped && (prevKind === 'paragraph' || prevKind === 'heading')) return true;
  // A line filled near the wrap width that ends on a word no sentence ends on goes on, whatever the case of the next:
  // "... under section 537A of the" / "Education Act 1996 ...".
  if (filled && prevKind === 'paragraph' && DANGLING.test(prevLine)) return true;
  if (prevKind !== 'paragraph' && prevKind !== 'heading') return false;
  // Only a lower-case or numeric continuation, also in quotes ("The law calls this the" / '"data controller".'): "...such
  // as the" above a capitalised line is a truncated sentence.
  if (DANGLING.test(prevLine) && /^\s*["'\u201c\u2018(]?[a-z0-9]/.test(line)) return true;
  // In text broken by hand into short lines, as large print is, a line ending on "the" or "our" goes on, whatever the
  // case of the next ("in a big database called the" / "National Pupil Database."): no heading ends so. Elsewhere a
  // capitalised line after one means the sentence was cut off.
  if (handBroken && ENDS_ON_DETERMINER.test(prevLine) && prevLine.length <= HAND_BROKEN_MAX_CHARS) return true;
  // There a lower-case line goes on from the short line above, however few its words: "Meadow Lane Infant School" /
  // "is the data controller" / "for the information on this poster."
  if (handBroken && lower && prevLine.length <= HAND_BROKEN_MAX_CHARS) return true;
  // A short heading-like line ("30 minutes") above a lower-case cookie name is a table cell, not a wrapped sentence.
  return lower && (prevKind === 'paragraph' || prevLine.split(/\s+/).length >= 5);
}

/** A word that is a web address broken after a slash or a hyphen (a host with its path begun). */
const BROKEN_ADDRESS = /^\S*?[a-z0-9]\.[a-z]{2,}\/\S*[/-]$/i;
/** The longest last word read for a broken address: a block's text grows line by line, and only its end is read. */
const ADDRESS_MAX_CHARS = 300;

/** Whether a line ends in a web address broken after a slash or a hyphen; only its last word, and at most its end, is read. */
function endsInBrokenAddress(line: string): boolean {
  if (!line.endsWith('/') && !line.endsWith('-')) return false;
  const tail = line.slice(-ADDRESS_MAX_CHARS);
  return BROKEN_ADDRESS.test(tail.slice(tail.lastIndexOf(' ') + 1));
}
/** A line that is nothing but the rest of a web address. */
const ADDRESS_REST = /^[\w\-./%?=&#~]+$/;

const firstWord = (line: string): string => /\S+/.exec(line)?.[0] ?? '';

/**
 * Whether `line` holds the words that did not fit on `prevLine` in text wrapped at a fixed width: the line above, not
 * ending a sentence, is filled near the width, and the next word would have run past it.
 */
function wrappedOnto(prevLine: string, line: string, wrap: number | null): boolean {
  if (wrap === null || !prevLine || ENDS_SENTENCE.test(prevLine)) return false;
  return prevLine.length >= wrap - WRAP_SLACK && prevLine.length + 1 + firstWord(line).length > wrap;
}

/** How far short of the wrap width a wrapped line may stop: the longest word that would not have fitted. */
const WRAP_SLACK = 20;
/** Lines at least this long are read for the width (shorter ones are headings, list items or ends of paragraphs). */
const WRAP_SAMPLE_MIN_CHARS = 30;

/**
 * The width plain text was wrapped at (an email or a text export filled to 72 or 110 characters), or null when its
 * lines run as long as their paragraphs. Wrapped text has most of its long lines ending within a word's length of
 * one width, and few beyond it.
 */
function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines
    // Not a rule of dashes or stars, whose width is the writer's choice, not the wrap's.
    .filter((l) => !l.includes('\t') && !LIST_MARKER.test(l) && !l.trimStart().startsWith('|') && /[a-z]/i.test(l))
    .map((l) => l.trimEnd().length)
    .filter((n) => n >= WRAP_SAMPLE_MIN_CHARS)
    .sort((a, b) => a - b);
  if (lengths.length < 10) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  const near = lengths.filter((n) => n >= width - WRAP_SLACK && n <= width).length;
  return near >= lengths.length * 0.4 ? width : null;
}

const NUMBER_MARKER = /^\s*\d{1,2}\.\s/;
/** A question numbered as a part of the notice, or marked as one: "Q12.", "Question 4:", "Q." */
const QUESTION_NUMBER = /^\s*(?:(?:q|question)\s?\d{1,2}[.:)]?|q[.:])\s/i;

/** A printed page's number: "Page 3 of 4". */
const PAGE_NUMBER = /\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b/i;
/** Text set apart on a line: by a run of spaces, a tab, or a bar or dash. */
const setApart = (side: string, end: 'before' | 'after'): boolean => {
  if (!side.trim()) return true;
  if (end === 'before') return side.endsWith('  ') || side.endsWith('\t') || /[|\u2013-]$/.test(side.trimEnd());
  return side.startsWith('  ') || side.startsWith('\t') || /^[|\u2013-]/.test(side.trimStart());
};

/** A printed page's running header or footer: "Page 3 of 4", set apart from a document reference or title beside it. */
function isPageFurniture(line: string): boolean {
  const m = PAGE_NUMBER.exec(line);
  return m !== null && setApart(line.slice(0, m.index), 'before') && setApart(line.slice(m.index + m[0].length), 'after');
}

/** A line drawn only of rule characters ("-----", "=====", "_____", "* * *"): a separator, never content. */
const RULE_LINE = /^\s*(?:[-=_*~\u2013\u2014\u2500\u2550]\s*){3,}$/;
const HEADING_MAX_CHARS = 120;

/** The nearest line with text before (`step` -1) or after (`step` 1) line i. */
function nearestText(lines: readonly string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim()) return lines[j];
  return undefined;
}

/**
 * A short line set off as a title by rules drawn in text: underlined by the very next line ("Your rights" /
 * "-----------"), or boxed between two rules. It is a heading even when numbered like a list item ("9. Do you use
 * fingerprints?").
 */
function isRuledHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (line.length > HEADING_MAX_CHARS || isTableLine(line)) return false;
  const before = nearestText(lines, i, -1);
  const after = nearestText(lines, i, 1);
  // Boxed between two rules, even when it ends on a word a sentence may go on from ("7. WHO ELSE WE SHARE INFORMATION WITH").
  if (before !== undefined && after !== undefined && RULE_LINE.test(before) && RULE_LINE.test(after)) return true;
  // Underlined: unless the line reads as a sentence cut short ("Contact the office about").
  if (RULE_LINE.test(lines[i + 1] ?? '')) return !/[.,;:]$/.test(line) && !DANGLING.test(line);
  return false;
}

/**
 * "8. Your rights" standing alone (no numbered item just above or below it) over a paragraph, a table or a bulleted list
 * is a numbered section heading, not a one-item list: what is under it is read as that section's opening or body.
 */
function isNumberedHeading(lines: readonly string[], i: number, marker: string): boolean {
  if (!NUMBER_MARKER.test(marker) || !looksLikeHeading(lines[i]!.slice(marker.length), true)) return false;
  const next = lines.slice(i + 1).find((l) => l.trim());
  if (next === undefined) return false;
  // Over a bulleted list ("10. How long we keep things" / "- Registers: until the child is 21"): the list's heading.
  if (LIST_MARKER.test(next) && !NUMBER_MARKER.test(next)) return true;
  return !LIST_MARKER.test(next) && (!looksLikeHeading(next) || isTableLine(next));
}

/** A line typed as a table row: two or more cells split by tabs or pipes. */
const isTableLine = (line: string): boolean =>
  (line.includes('\t') && line.split('\t').filter((c) => c.trim()).length >= 2) || pipeCells(line) !== null;

// A row of a table typed with pipes ("Record | How long we keep it"), and a Markdown rule row ("|---|---|") under its
// header. Read cell by cell rather than by one pattern over the line, so a long hostile line stays linear.
const RULE_CELL = /^:?-{3,}:?$/;

function isPipeRule(line: string): boolean {
  if (!line.includes('-')) return false;
  const cells = line.split('|').map((c) => c.trim());
  return cells.some((c) => RULE_CELL.test(c)) && cells.every((c) => c === '' || RULE_CELL.test(c));
}

/** The cells of a pipe-typed row (two or more filled), or null. */
function pipeCells(line: string): string[] | null {
  if (!line.includes('|') || isPipeRule(line)) return null;
  const trimmed = line.trim();
  const inner = trimmed.slice(trimmed.startsWith('|') ? 1 : 0, trimmed.endsWith('|') ? -1 : undefined);
  const cells = inner.split('|').map((c) => normaliseText(c));
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

/** A pipe-typed row that starts a table: the next line with text (past a Markdown rule row) is a row too. */
function startsPipeTable(lines: readonly string[], i: number): boolean {
  // Rule rows are stepped over whatever their number (a grid table's folded row leaves one per line); blank lines, two.
  let blanks = 0;
  for (let j = i + 1; j < lines.length && j <= i + PIPE_LOOKAHEAD; j++) {
    const next = lines[j]!;
    if (isPipeRule(next)) continue;
    if (!next.trim()) {
      if (++blanks > 2) return false;
      continue;
    }
    return pipeCells(next) !== null;
  }
  return false;
}
/** How far ahead a pipe row looks for the next row across rules: a grid table's tallest row. */
const PIPE_LOOKAHEAD = 40;

/** A cell that is a statement, not a column's name: a sentence (a header may ask a question), or longer than a header runs. */
const isCellStatement = (cell: string): boolean => cell.length > 60 || /[.!]$/.test(cell);

/** A data row read with its header row's labels, as an HTML table row is: "Record: SEN file | How long we keep it: 25 years". */
function labelledRow(cells: readonly string[], headers: readonly string[]): string {
  return cells
    .map((c, k) => (c && headers[k] && headers[k] !== c ? `${headers[k]}: ${c}` : c))
    .filter(Boolean)
    .join(' | ');
}

// A table typed with spaces, as text taken from a PDF or a fixed-width page keeps it: cells set apart by runs of three
// or more spaces ("Who          What for" / "Anyshire County Council      admissions, funding").
const SPACED_GAP = / {3,}/;
const SPACED_ROWS_MIN = 3;

/** The cells of a line typed with space-set columns (two or more), or null. */
function spacedCells(line: string): string[] | null {
  const trimmed = line.trim();
  // A pipe-typed row padded with spaces is read by its pipes.
  if (!SPACED_GAP.test(trimmed) || trimmed.includes('|')) return null;
  const cells = trimmed.split(SPACED_GAP).filter(Boolean);
  return cells.length >= 2 ? cells : null;
}

/** Three or more lines in a row typed with space-set columns are a table: rewritten as tab-typed rows, in place. */
function spacedColumnsAsTabs(lines: string[]): void {
  let run: { at: number; cells: string[] }[] = [];
  const flush = () => {
    if (run.length >= SPACED_ROWS_MIN) for (const row of run) lines[row.at] = row.cells.join('\t');
    run = [];
  };
  lines.forEach((line, at) => {
    const cells = line.includes('\t') ? null : spacedCells(line);
    if (cells) run.push({ at, cells });
    else flush();
  });
  flush();
}

// A box drawn in text ("+-----+" above and below, "| text |" lines between), as council templates set the parts a
// school fills in: its borders are rules, and each line its text.
const BOX_BORDER = /^\s*\+[-=]{3,}\+\s*$/;
const BOX_LINE = /^\s*\|([^|]*)\|\s*$/;

/** A box line whose text reaches this close to the box's right edge was wrapped there: the next line goes on with it. */
const WRAP_MARGIN = 15;

// A whole line set in Markdown bold ("**We keep each file until the pupil is 25.**", "__Your rights__").
const BOLD_LINE = /^(\s*)(\*\*|__)(?=\S)(.*\S)\2\s*$/;

/**
 * Bold markers round a whole line are dropped, in place: they set the line off, and the line is read by what it says (a
 * sentence stays a sentence, a short title a heading).
 */
function unbolded(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const m = BOLD_LINE.exec(lines[i]!);
    if (m && !m[3]!.includes(m[2]!)) lines[i] = `${m[1]}${m[3]}`;
  }
}

/**
 * Box borders become blank lines and box lines their text, in place, so the box reads as the text it holds. A line
 * wrapped at the box's edge ("We have a" / "Data Protection Officer ...") is joined to the line it goes on in.
 */
function unboxed(lines: string[]): void {
  let wrappedAt = -1;
  lines.forEach((line, at) => {
    if (BOX_BORDER.test(line)) {
      lines[at] = '';
      wrappedAt = -1;
      return;
    }
    const inner = BOX_LINE.exec(line)?.[1];
    if (inner === undefined) {
      wrappedAt = -1;
      return;
    }
    const text = inner.trimEnd();
    if (wrappedAt >= 0 && text.trim() && !LIST_MARKER.test(text)) {
      lines[wrappedAt] = `${lines[wrappedAt]} ${text.trim()}`;
      lines[at] = '';
    } else {
      lines[at] = text;
      wrappedAt = at;
    }
    if (text.trim().length < inner.length - WRAP_MARGIN) wrappedAt = -1;
  });
}

// A grid table drawn in text: "+------+------+" between rows, each row one or more "| cell | cell |" lines whose cells
// wrap within their column ("| To get a copy of your | Make a request by email to |" / "| information | office@... |").
const GRID_BORDER = /^\s*\+(?:[-=:]{2,}\+){2,}\s*$/;
const GRID_LINE = /^\s*\|.*\|\s*$/;
/** What a grid table's border, and each line folded into the row above, becomes: a rule the pipe-table reader steps over. */
const GRID_RULE = '|---|---|';

/**
 * Grid tables rewritten as pipe tables, in place and line for line, so a wrapped cell reads whole: each row's lines are
 * joined cell by cell into its first line, and its other lines and the borders inside the table become rules. Where
 * borders part the rows (three or more parts), each part is a row; where the box holds the rows with no border between
 * them, a row starts at each line whose first cell is filled ("| Controller | The Centre, a unit maintained by |" /
 * "|            | the council. |"). A row whose lines do not all have the same cells (a merged cell) is left as it is.
 */
function gridTablesAsPipes(lines: string[]): void {
  let parts: number[][] = [];
  let part: number[] = [];
  const closePart = () => {
    if (part.length) parts.push(part);
    part = [];
  };
  const endTable = () => {
    closePart();
    const rowPerPart = parts.length >= 3;
    for (const p of parts) {
      if (rowPerPart) foldGridRow(lines, p);
      else for (const row of rowsByFirstCell(lines, p)) foldGridRow(lines, row);
    }
    parts = [];
  };
  let inTable = false;
  lines.forEach((line, at) => {
    if (GRID_BORDER.test(line)) {
      closePart();
      // The top border stands before the table: the pipe reader starts the table at its first row.
      lines[at] = inTable ? GRID_RULE : '';
      inTable = true;
    } else if (inTable && GRID_LINE.test(line)) {
      part.push(at);
    } else {
      endTable();
      inTable = false;
    }
  });
  endTable();
}

const gridCells = (line: string): string[] => line.trim().slice(1, -1).split('|');

/** The rows of a part of a grid table with no borders between its rows: each starts at a line whose first cell is filled. */
function rowsByFirstCell(lines: readonly string[], part: readonly number[]): number[][] {
  const rows: number[][] = [];
  for (const at of part) {
    if (!rows.length || gridCells(lines[at]!)[0]!.trim()) rows.push([at]);
    else rows[rows.length - 1]!.push(at);
  }
  return rows;
}

/** One row of a grid table, its lines joined cell by cell into its first line; the others become rules. */
function foldGridRow(lines: string[], row: readonly number[]): void {
  if (row.length < 2) return;
  const cells = row.map((at) => gridCells(lines[at]!));
  if (!cells.every((c) => c.length === cells[0]!.length)) return;
  const joined = cells[0]!.map((_, k) =>
    cells
      .map((c) => c[k]!.trim())
      .filter(Boolean)
      .join(' '),
  );
  lines[row[0]!] = `| ${joined.join(' | ')} |`;
  for (const at of row.slice(1)) lines[at] = GRID_RULE;
}

/** Read a plain-text notice. Wrapped lines (no closing punctuation, next line lower-case) join into one block. */
export function readText(text: string, url: string | null = null): NoticeDocument {
  const lines = normaliseKeepingLines(text).split('\n');
  gridTablesAsPipes(lines);
  unboxed(lines);
  unbolded(lines);
  spacedColumnsAsTabs(lines);
  const wrap = wrapWidth(lines);
  const handBroken = isHandBroken(lines);
  const blocks: RawBlock[] = [];
  const tables: { headers: string[]; rows: string[][] }[] = [];
  let listId = 0;
  let lastListLine = -10;
  let lastListNumbered = false;
  let lastTableLine = -10;
  let lastPipeLine = -10;
  /** The block whose text ends in a web address broken over its lines, still going on. */
  let openAddress: RawBlock | null = null;
  // Where the last list item's marker stood: lines set further in, under an item still open, hang from it.
  let itemIndent = -1;
  const furnitureSeen = new Set<string>();

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (!raw.trim() || RULE_LINE.test(raw)) continue;
    // A running header or footer is read once, as a line of its own (it may carry the notice's date); its repeats on later
    // pages are skipped, so a list or paragraph broken by a page end reads on.
    if (isPageFurniture(raw)) {
      const furniture = raw.replace(PAGE_NUMBER, ' ').replace(/\s+/g, ' ').trim();
      if (furniture && !furnitureSeen.has(furniture)) {
        furnitureSeen.add(furniture);
        blocks.push({ kind: 'paragraph', text: raw.trim(), line: lineNo });
      } else if (lineNo - lastListLine <= 2) lastListLine = lineNo;
      continue;
    }
    if (isRuledHeading(lines, i)) {
      blocks.push({ kind: 'heading', text: raw.trim(), line: lineNo, level: 2 });
      continue;
    }
    const cells = raw.includes('\t') ? raw.split('\t').map((c) => normaliseText(c)) : null;
    // A table survives a blank line and continuation rows whose first cell is empty (merged cells in the source).
    const continuesTable = lineNo - lastTableLine <= 2;
    const filled = cells ? cells.filter(Boolean).length : 0;
    if (cells && (filled >= 2 || (continuesTable && filled >= 1))) {
      if (!continuesTable) tables.push({ headers: cells.filter(Boolean), rows: [] });
      else tables[tables.length - 1]!.rows.push(cells);
      lastTableLine = lineNo;
      blocks.push({ kind: 'table-row', text: cells.filter(Boolean).join(' | '), cells, table: tables.length - 1, line: lineNo });
      continue;
    }
    if (isPipeRule(raw) && lineNo - lastPipeLine <= 2) {
      lastPipeLine = lineNo;
      continue;
    }
    const pipes = pipeCells(raw);
    const continuesPipes = lineNo - lastPipeLine <= 2;
    if (pipes && (continuesPipes || startsPipeTable(lines, i))) {
      // A first row that says something ("| Controller | The Centre, run by the council, is the controller. |") is the
      // first of a table of labels and values, with no header row: its later rows are read as they stand.
      if (!continuesPipes) tables.push({ headers: pipes.some(isCellStatement) ? [] : pipes.filter(Boolean), rows: [] });
      const table = tables[tables.length - 1]!;
      if (continuesPipes) table.rows.push(pipes);
      lastPipeLine = lineNo;
      const text = continuesPipes ? labelledRow(pipes, table.headers) : pipes.filter(Boolean).join(' | ');
      blocks.push({ kind: 'table-row', text, cells: pipes, table: tables.length - 1, line: lineNo });
      continue;
    }
    const marker = LIST_MARKER.exec(raw);
    const numberedListGoesOn = lastListNumbered && lineNo - lastListLine <= 2;
    // A number that wrapped onto the start of a line ("... for students aged 16 to" / "19. We also offer ...") goes on
    // with the sentence above: it opens no list.
    const above = blocks[blocks.length - 1]?.kind;
    const numberWrapped =
      marker !== null &&
      NUMBER_MARKER.test(marker[0]) &&
      !numberedListGoesOn &&
      (above === 'paragraph' || above === 'heading') &&
      i > 0 &&
      wrappedOnto(lines[i - 1]!.trim(), raw, wrap);
    if (marker && !numberWrapped && raw.slice(marker[0].length).trim() && (numberedListGoesOn || !isNumberedHeading(lines, i, marker[0]))) {
      lastListNumbered = NUMBER_MARKER.test(marker[0]);
      // Items separated only by blank lines still belong to one list.
      if (lineNo - lastListLine > 2) listId++;
      lastListLine = lineNo;
      itemIndent = indentOf(raw);
      blocks.push({ kind: 'list-item', text: raw.slice(marker[0].length), listId, line: lineNo });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    // A rule drawn above the line ends whatever came before it.
    const prevLine = i > 0 && !RULE_LINE.test(lines[i - 1]!) ? lines[i - 1]!.trim() : '';
    // A hanging indent: "- companies that provide services to us:" / "      Arbor (our pupil database), Google ...,": the
    // lines set in under an item left open on a colon or a comma are the item's own, whatever their case.
    const hangsFromItem = prev?.kind === 'list-item' && ITEM_LEFT_OPEN.test(prevLine) && indentOf(raw) > itemIndent;
    if (prev && prevLine && (hangsFromItem || continuesLine(prev.kind, prevLine, raw, wrap, handBroken))) {
      // A web address broken after a slash or hyphen goes on without a space: "gov.uk/government/publications/" /
      // "privacy-information-early-years-" / "foundation-stage-to-key-stage-3". Only the lines are read, never the
      // block's growing text, so a long paragraph joins in linear time.
      const rest = raw.trim();
      const gap: string = (openAddress === prev || endsInBrokenAddress(prevLine)) && ADDRESS_REST.test(rest) ? '' : ' ';
      openAddress = gap === '' && /[/-]$/.test(rest) ? prev : null;
      prev.text = `${prev.text}${gap}${rest}`;
      prev.where = `lines ${prev.line}-${lineNo}`;
      if (prev.kind === 'heading') {
        prev.kind = 'paragraph';
        delete prev.level;
      }
      continue;
    }
    // A numbered line that reached here stands alone as a section's title (isNumberedHeading); so does a numbered
    // question ("Q12. My child is in Year 8. Does anything change when they turn 13?").
    const heading = looksLikeHeading(raw, (marker !== null && NUMBER_MARKER.test(marker[0])) || QUESTION_NUMBER.test(raw));
    blocks.push({
      kind: heading ? 'heading' : 'paragraph',
      text: raw,
      line: lineNo,
      ...(heading ? { level: 2 } : {}),
    });
  }

  const links = blocks.flatMap((b, rawBlock) => addressesIn(b.text).map((a) => ({ ...a, rawBlock })));

  return buildDocument({
    url,
    format: 'text',
    title: null,
    blocks,
    links,
    tables,
    ...(text.trim() ? {} : { unreadable: ['the document has no text'] }),
  });
}
