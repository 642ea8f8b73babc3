// The notice's own contents list: an entry that repeats the title of a heading further down ("19. CCTV and biometrics"
// in a list at the top, "19. CCTV AND BIOMETRICS" over the section) announces that section; it says nothing itself.
import type { Block, NoticeDocument } from '../notice/types';

/** An entry longer than this is a sentence, not a title. */
const MAX_ENTRY = 120;
/** Section numbering and the punctuation around a title: "19.", "4.2)", "B3.", a trailing colon. */
const NUMBERING = /^[\W_]*(?:[a-z]?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s+)?|[\s.:;,\u2013\u2014-]+$/gi;

function titleKey(text: string): string {
  return text.replace(NUMBERING, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Each heading's title, to the heading blocks carrying it, in order. Built once per document. */
export function headingsByTitle(doc: NoticeDocument): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const b of doc.blocks) {
    if (b.kind !== 'heading' || b.text.length > MAX_ENTRY) continue;
    const key = titleKey(b.text);
    if (!key) continue;
    const list = out.get(key);
    if (list) list.push(b.index);
    else out.set(key, [b.index]);
  }
  return out;
}

/** The later heading a list item or short line announces, when the block is an entry of the contents list. */
export function announcedHeading(doc: NoticeDocument, byTitle: Map<string, number[]>, block: Block): Block | undefined {
  if (block.kind === 'heading' || block.kind === 'table-row' || block.text.length > MAX_ENTRY) return undefined;
  const later = byTitle.get(titleKey(block.text))?.find((h) => h > block.index);
  return later === undefined ? undefined : doc.blocks[later];
}
