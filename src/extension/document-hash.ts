// A short fingerprint of a document's readable text, so a re-audit can say whether the notice changed since last time.
import type { DocumentInput } from '../core/artifacts';
import { readNotice } from '../core/notice/read-notice';
import type { NoticeDocument } from '../core/notice/types';

/** Hex characters kept: 48 bits tell one school's notice versions apart without filling the log. */
const HASH_CHARS = 12;

/**
 * SHA-256 (Web Crypto) of the document's text as the audit read it, block by block: markup, scripts and page
 * furniture that change on every visit (tokens, dates in the footer) do not count as a change of the notice.
 */
export async function readTextHash(doc: Pick<NoticeDocument, 'blocks'>): Promise<string> {
  const text = doc.blocks.map((b) => b.text).join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_CHARS);
}

/** The fingerprint of a document not yet read (the audit hands over the documents it read: use readTextHash there). */
export async function documentTextHash(input: DocumentInput): Promise<string> {
  return readTextHash(readNotice(input));
}
