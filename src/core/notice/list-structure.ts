// Document structure around lists: which list items belong to a lead-in ("We share information with:"), across sub-headings.
import type { Block, NoticeDocument } from './types';

/** More items than any real lead-in's list: the walk stops here so a long document stays linear per lead-in. */
const MAX_ITEMS = 60;
/** Blocks looked at for sub-headings that name items. */
const MAX_SCAN = 2_000;
/** A named item's own text is a few paragraphs: a longer gap means the headings no longer answer the lead-in. */
const MAX_DESCRIPTION = 12;

const isItem = (b: Block | undefined): boolean => b !== undefined && (b.kind === 'list-item' || b.kind === 'table-row');

/**
 * The heading level a lead-in speaks from: a heading's own level, else its section's heading level (0 before any heading).
 * A heading deeper than this, straight after the lead-in, divides the lead-in's list; one at this level or above ends it.
 */
export function contextLevel(doc: NoticeDocument, block: Block): number {
  if (block.kind === 'heading') return block.level ?? 2;
  const section = doc.sections[block.section];
  return section && section.headingBlock !== null ? section.level : 0;
}

const isSubHeading = (b: Block | undefined, level: number): b is Block => b !== undefined && b.kind === 'heading' && (b.level ?? 2) > level;

/** A table's header row, when rows follow it: it names the columns, it is not an item. */
function isHeaderRow(doc: NoticeDocument, b: Block): boolean {
  const t = b.table === undefined ? undefined : doc.tables[b.table];
  return t !== undefined && t.headers.length > 0 && t.firstBlock === b.index && doc.blocks[b.index + 1]?.table === b.table;
}

/** A run of items starting at `from`: list items of one list after another, or a table's rows (a table only as the first run). */
function itemRun(doc: NoticeDocument, from: number, out: Block[]): number {
  let i = from;
  for (; i < doc.blocks.length && out.length < MAX_ITEMS; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === 'list-item') out.push(b);
    else if (b.kind === 'table-row' && (out.length === 0 || (i > from && doc.blocks[i - 1]!.kind === 'table-row'))) {
      if (!(i === from && isHeaderRow(doc, b))) out.push(b);
    } else break;
  }
  return i;
}

export interface ListOptions {
  /**
   * Also take sub-headings that each open prose as the items ("We share with:" / h4 "The local authority" / text ...).
   * Off for a heading's own section, where sub-headings with prose are ordinary document structure.
   */
  namedSubHeadings?: boolean;
}

/**
 * The items that belong to a lead-in block, in order:
 * - the list (or table) straight after it;
 * - lists behind sub-headings: "We may share information with:" / "Public bodies" / list / "Service providers" / list;
 * - paragraphs that each open with a name, two or more in a run ("The local council, for admissions." / "The NHS. ...");
 * - with `namedSubHeadings`, sub-headings each followed by prose, when no list follows at all (each heading names an item).
 * Empty when nothing list-like follows: the list was dropped.
 */
export function listAfterLeadIn(doc: NoticeDocument, lead: Block, opts: ListOptions = {}): Block[] {
  const level = contextLevel(doc, lead);
  const blocks = doc.blocks;
  const items: Block[] = [];
  let i = itemRun(doc, lead.index + 1, items);
  // Sub-headed lists: each sub-heading must itself open a list; a sub-heading followed by prose ends the run.
  while (items.length < MAX_ITEMS && isSubHeading(blocks[i], level) && isItem(blocks[i + 1])) i = itemRun(doc, i + 1, items);
  if (items.length) return items;
  const named = namedParagraphs(doc, lead.index + 1);
  if (named.length || !opts.namedSubHeadings) return named;

  // Only under a real heading can a deeper one be told from the next section ("We use data to:" / "Storing data": dropped).
  const first = blocks[lead.index + 1];
  if (level === 0 || !isSubHeading(first, level)) return items;
  // Sub-headings at the first one's level name the items; deeper ones and their prose describe them.
  const itemLevel = first.level ?? 2;
  const end = Math.min(blocks.length, first.index + MAX_SCAN);
  for (let j = first.index, last = first.index; j < end && items.length < MAX_ITEMS && j - last <= MAX_DESCRIPTION; j++) {
    const b = blocks[j]!;
    if (b.kind !== 'heading') continue;
    last = j;
    const l = b.level ?? 2;
    if (l <= level || l < itemLevel) break;
    if (l === itemLevel) items.push(b);
  }

  return items;
}

/** The name a paragraph opens with, before its first full stop or comma: "The Department for Education." */
const OPENING_NAME = /^([A-Z][^.,;:!?]{2,80})[.,]\s+\S/;
/** Words of a clause, not of a name: a subject pronoun or a finite verb ("We share ...", "This is ..."). */
const CLAUSE_WORD =
  /\b(?:we|you|i|they|it|he|she|this|these|there|is|are|was|were|be|been|will|would|can|could|may|might|must|shall|should|has|have|had|do|does|did|please)\b/i;
const NAME_WORDS = 8;
const isNamedParagraph = (b: Block | undefined): boolean => {
  if (b === undefined || b.kind !== 'paragraph') return false;
  const name = OPENING_NAME.exec(b.text)?.[1];
  return name !== undefined && name.split(/\s+/).length <= NAME_WORDS && !CLAUSE_WORD.test(name);
};

/**
 * Paragraphs that each open by naming a thing, written as the items of the list a lead-in promised ("We share with:" /
 * "The local council. It receives ..." / "The NHS school nurses, for health checks ..."): two at least, in a run.
 */
function namedParagraphs(doc: NoticeDocument, from: number): Block[] {
  const items: Block[] = [];
  for (let i = from; i < doc.blocks.length && items.length < MAX_ITEMS && isNamedParagraph(doc.blocks[i]); i++) items.push(doc.blocks[i]!);
  return items.length >= 2 ? items : [];
}

/**
 * The lead-in block a list item belongs to ("You have the right to:" for "- object to processing"), also across the
 * sub-headings that divide its list, or the question heading the list answers; null when the list has no lead-in.
 */
export function leadInBefore(doc: NoticeDocument, index: number): Block | null {
  const item = doc.blocks[index];
  if (!item || item.kind !== 'list-item') return null;
  let crossedHeading = false;
  for (let i = index - 1; i >= 0 && i >= index - MAX_ITEMS; i--) {
    const prev = doc.blocks[i]!;
    if (prev.kind === 'list-item') continue;
    // A question heading straight above the list is its lead-in ("What are your rights?" / "- to see your records").
    if (prev.kind === 'heading' && !crossedHeading && /\?\s*$/.test(prev.text)) return prev;
    // A sub-heading that opens a list may stand between the lead-in and this item.
    if (prev.kind === 'heading' && doc.blocks[i + 1]?.kind === 'list-item' && !/:\s*-?\s*$/.test(prev.text)) {
      crossedHeading = true;
      continue;
    }
    if (!/:\s*-?\s*$/.test(prev.text)) return null;
    return !crossedHeading || listAfterLeadIn(doc, prev).includes(item) ? prev : null;
  }
  return null;
}

/** True for a lead-in that promises a list ("...include:", "We do so to:", "include:-"). */
export function isLeadIn(block: Block): boolean {
  return block.kind !== 'list-item' && /:\s*-?\s*$/.test(block.text);
}
