// Whether a fetched HTML page already holds its text as served, so it need not be rendered in a background tab (a tab's
// load and quiet wait cost far more than the audit). Script-built pages serve an empty shell and are still rendered.
import type { NoticeDocument } from '../core/notice/types';

/** Words of running text the body must hold, and how many blocks of it must read as sentences (menus do not). */
const SERVED_TEXT = { minWords: 80, minSentenceBlocks: 3, sentenceWords: 12 } as const;

// Consent managers whose cookie declaration (the cookie table) is written into the page by their script.
const SCRIPT_WRITTEN_PARTS =
  /CookieDeclaration|consent\.cookiebot\.com|cookieyes|cky-audit-table|ot-sdk-cookie-policy|termly|iubenda|cookiefirst|cookie-script\.com/i;
// A page that asks for scripts to show its content.
const NEEDS_SCRIPTS = /<noscript\b[^>]*>[^<]{0,300}(?:enable|turn on|requires?)\s+javascript/i;

/** `read` reads the served HTML as a notice: called only when the markup does not already settle it. */
export function servedTextSuffices(html: string, read: () => Pick<NoticeDocument, 'blocks'>): boolean {
  if (SCRIPT_WRITTEN_PARTS.test(html) || NEEDS_SCRIPTS.test(html)) return false;
  const doc = read();
  let words = 0;
  let sentenceBlocks = 0;
  for (const block of doc.blocks) {
    const n = block.text.split(/\s+/).filter(Boolean).length;
    words += n;
    if (n >= SERVED_TEXT.sentenceWords) sentenceBlocks++;
  }
  return words >= SERVED_TEXT.minWords && sentenceBlocks >= SERVED_TEXT.minSentenceBlocks;
}
