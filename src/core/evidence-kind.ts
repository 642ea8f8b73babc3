// Evidence is a quote from the audited text, or a description a check composed ("PHPSESSID (school.example; ...)",
// the contact channels a footer gives): found verbatim in the documents, or not. Front ends quote only the first kind.
import type { Evidence } from './report';
import type { NoticeDocument } from './notice/types';

/**
 * Where a quote may join or cut the document's text: an ellipsis marks a shortening, and a list's lead-in is quoted
 * with its items ("...for these purposes: to support learning; to monitor progress").
 */
// Applied to normalised text (single spaces), so each side holds at most one space.
const JOINS = / ?(?:\.\.\.|…) ?|[;:] | \| /;

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Everything a quote can come from: the documents' blocks, titles and page furniture, normalised once. */
export function quotableText(docs: readonly NoticeDocument[]): string {
  const parts: string[] = [];
  for (const doc of docs) {
    if (doc.title) parts.push(doc.title);
    if (doc.chrome.pageTitle) parts.push(doc.chrome.pageTitle);
    parts.push(doc.chrome.header, doc.chrome.footer);
    for (const b of doc.blocks) parts.push(b.text);
    // A link's address is quoted as the document wrote it.
    for (const l of doc.links) parts.push(l.text, l.href ?? '');
  }
  // A separator no quote contains, so a quote is never "found" across two blocks.
  return parts.map(normalise).join('\u0000');
}

/** True when every stretch of the text between joins stands in the documents as it is. */
export function isQuote(text: string, quotable: string): boolean {
  const pieces = normalise(text)
    .split(JOINS)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return pieces.length > 0 && pieces.every((p) => quotable.includes(p));
}

/** Mark composed evidence as a description; quotes are left as they are. */
export function markDescriptions(list: readonly Evidence[], quotable: string): Evidence[] {
  return list.map((e) => (isQuote(e.text, quotable) ? e : { ...e, kind: 'description' as const }));
}
