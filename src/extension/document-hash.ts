// A short fingerprint of a document's readable text, so a re-audit can say whether the notice changed since last time.
import type { DocumentInput } from '../core/artifacts';
import { readNotice } from '../core/notice/read-notice';

/** Hex characters kept: 48 bits tell one school's notice versions apart without filling the log. */
const HASH_CHARS = 12;

/**
 * SHA-256 (Web Crypto) of the document's text as the audit read it, block by block: markup, scripts and page
 * furniture that change on every visit (tokens, dates in the footer) do not count as a change of the notice.
 */
export async function documentTextHash(input: DocumentInput): Promise<string> {
  const doc = readNotice(input);
  const text = doc.blocks.map((b) => b.text).join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_CHARS);
}
