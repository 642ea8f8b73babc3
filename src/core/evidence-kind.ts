// Evidence is a quote from the audited text, or a description a check composed ("PHPSESSID (school.example; ...)",
// the contact channels a footer gives): found verbatim in the documents, or not. Front ends quote only the first kind.
import type { Evidence } from './report';
import type { NoticeDocument } from './notice/types';
import { lowerBlockTextIncludes, lowerBlockTexts } from './scan/block-scan';
import { hasNormalisedBlocks } from './notice/build-document';

/**
 * Where a quote may join or cut the document's text: an ellipsis marks a shortening, and a list's lead-in is quoted
 * with its items ("...for these purposes: to support learning; to monitor progress").
 */
// Applied to normalised text (single spaces), so each side holds at most one space.
const JOINS = / ?(?:\.\.\.|…) ?|[;:] | \| /;

/** Whitespace that normalising changes: anything but a single space. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

function normalise(text: string): string {
  // Most quotes come from normalised text: a replace of every single space by itself would copy them for nothing.
  const spaced = UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return spaced.trim().toLowerCase();
}

/** Where quotes are looked up: the documents' text, normalised, a quote never found across two of its parts. */
export interface Quotable {
  /** True when the normalised `piece` stands within one part of the documents. */
  includes(piece: string): boolean;
}

/** Text a reader already normalised needs no second pass: single spaces, no other whitespace, nothing at either end. */
const NOT_NORMAL = /[^\S ]| {2}|^ | $/;

// A separator no quote contains, so a quote is never "found" across two parts.
const SEPARATOR = '\u0000';

/** Page furniture, titles and links: short, normalised here. */
function furniture(doc: NoticeDocument): string[] {
  const parts: string[] = [];
  if (doc.title) parts.push(doc.title);
  if (doc.chrome.pageTitle) parts.push(doc.chrome.pageTitle);
  parts.push(doc.chrome.header, doc.chrome.footer);
  // A link's address is quoted as the document wrote it.
  for (const l of doc.links) parts.push(l.text, l.href ?? '');
  return parts.map(normalise);
}

/**
 * Whether a block of the document holds the piece. Readers normalise block text, so the scans' lower-cased text of the
 * document serves (and its index finds a phrase in a long notice quickly); a block left with runs of spaces or line
 * breaks is normalised here first.
 */
function blockLookup(doc: NoticeDocument): (piece: string) => boolean {
  // A document the readers built is normalised already: reading all its text to check would cost about what a scan does.
  if (hasNormalisedBlocks(doc)) return (piece) => lowerBlockTextIncludes(doc, piece);
  const lowered = lowerBlockTexts(doc);
  if (!lowered.some((t) => NOT_NORMAL.test(t))) return (piece) => lowerBlockTextIncludes(doc, piece);
  const text = lowered.map(normalise).join(SEPARATOR);
  return (piece) => text.includes(piece);
}

/** Everything a quote can come from: the documents' blocks, titles and page furniture, normalised once. */
export function quotableText(docs: readonly NoticeDocument[]): Quotable {
  const furnitureText = docs.flatMap(furniture).join(SEPARATOR);
  const inBlocks = docs.map(blockLookup);
  let joined: string | undefined;
  return {
    includes(piece) {
      // A piece holding the separator itself is looked up in all parts joined by it, as quotes always were.
      if (piece.includes(SEPARATOR)) return (joined ??= allParts(docs)).includes(piece);
      // Blocks are apart by a line break in the scans' text, which no normalised piece holds. Most quotes are from the
      // blocks, whose index answers without reading the furniture (every link's text and address) through.
      return inBlocks.some((holds) => holds(piece)) || furnitureText.includes(piece);
    },
  };
}

function allParts(docs: readonly NoticeDocument[]): string {
  const parts: string[] = [];
  for (const doc of docs) {
    if (doc.title) parts.push(doc.title);
    if (doc.chrome.pageTitle) parts.push(doc.chrome.pageTitle);
    parts.push(doc.chrome.header, doc.chrome.footer);
    for (const b of doc.blocks) parts.push(b.text);
    for (const l of doc.links) parts.push(l.text, l.href ?? '');
  }
  return parts.map(normalise).join(SEPARATOR);
}

/** True when every stretch of the text between joins stands in the documents as it is. */
export function isQuote(text: string, quotable: Quotable): boolean {
  const pieces = normalise(text)
    .split(JOINS)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return pieces.length > 0 && pieces.every((p) => quotable.includes(p));
}

/** Mark composed evidence as a description; quotes are left as they are. */
export function markDescriptions(list: readonly Evidence[], quotable: Quotable): Evidence[] {
  return list.map((e) => (isQuote(e.text, quotable) ? e : { ...e, kind: 'description' as const }));
}
