// The cookie part of a document: the whole cookie notice, or the cookie section inside a privacy notice.
import type { NoticeDocument } from '../notice/types';

/** A heading that opens cookie content ("How we use cookies", "Cookie policy", "Cookies used on this website"). */
export const COOKIE_HEADING = /\bcookies?\b|\bstorage and access technologies\b/i;
// Headings that plainly return to the privacy notice: they end a cookie section embedded in it.
const PRIVACY_TOPIC =
  /\b(pupil|student|parent|workforce|personal (data|information)|data protection officer|dpo|subject access|national pupil database|who (we|do we) share|sharing (pupil|personal)|retention|how long we (keep|hold|retain)|your (data protection )?rights|complain|concerns?|lawful basis|why we collect|categories of|contact(ing)? us|(who|how) to contact|keep(ing)? (your |pupil |personal )?(information|data) (safe|secure)|(data |information )?security|information commissioner|ico|biometric|cctv|photograph)/i;
// "7. Cookies" ... "8. How long we keep information": the next numbered section of the policy ends the cookie one.
const SECTION_NUMBER = /^\s*(?:section\s+)?(\d{1,2})[.)]?\s/i;

export interface CookieScope {
  /** First and last block index (inclusive) of the cookie content; first > last when there is none. */
  first: number;
  last: number;
  /** True when the cookie content is only part of the document (a section of a privacy notice). */
  embedded: boolean;
}

/** True when the document has a cookie table (a table whose headers or first row name cookies). */
export function hasCookieTable(doc: NoticeDocument): boolean {
  return doc.tables.some((t) => [...t.headers, ...(t.rows[0] ?? [])].some((h) => /\bcookies?\b/i.test(h) && h.length < 60));
}

// "Privacy and Cookies Policy", "Website privacy & cookies": a title naming both topics heads the whole document.
const PRIVACY_WORDS = /\bprivacy\b|\bdata protection\b|\bpersonal (?:data|information)\b/i;

/** True when a heading titles privacy and cookies together, so it heads a whole policy rather than its cookie section. */
export function isCombinedTitle(heading: string): boolean {
  return COOKIE_HEADING.test(heading) && PRIVACY_WORDS.test(heading);
}

function firstCookieBlock(doc: NoticeDocument): number {
  const cookieHeadings = doc.sections.filter(
    (s) => s.heading !== null && s.headingBlock !== null && COOKIE_HEADING.test(s.heading) && s.heading.length <= 120,
  );
  // The cookie section proper starts at a heading about cookies alone; the combined title counts only when there is none.
  const heading = cookieHeadings.find((s) => !isCombinedTitle(s.heading!)) ?? cookieHeadings[0];
  const table = doc.tables.find((t) => t.firstBlock >= 0 && t.headers.some((h) => /\bcookies?\b/i.test(h)));
  const candidates = [heading?.headingBlock ?? Infinity, table ? Math.max(0, table.firstBlock - 1) : Infinity];
  const first = Math.min(...candidates);
  return Number.isFinite(first) ? first : -1;
}

/**
 * Where the cookie content is. A document given as the cookie notice is all cookie content, unless it is the
 * privacy notice itself, when only its cookie section counts (a privacy notice's date or links are not the
 * cookie notice's).
 */
export function findCookieScope(doc: NoticeDocument, embedded: boolean): CookieScope {
  const lastBlock = doc.blocks.length - 1;
  if (!embedded) return { first: 0, last: lastBlock, embedded: false };
  const first = firstCookieBlock(doc);
  if (first < 0) return { first: 0, last: -1, embedded: true };
  const startLevel = doc.blocks[first]?.kind === 'heading' ? (doc.blocks[first]!.level ?? 2) : 6;
  const startNumber = SECTION_NUMBER.exec(doc.blocks[first]?.text ?? '')?.[1];
  let last = lastBlock;
  // A cookie section inside a privacy policy is a scope within it, not its end: the policy's next section closes it.
  for (let i = first + 1; i <= lastBlock; i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'heading' || COOKIE_HEADING.test(b.text)) continue;
    const number = SECTION_NUMBER.exec(b.text)?.[1];
    const nextSection = startNumber !== undefined && number !== undefined && Number(number) > Number(startNumber);
    if ((b.level ?? 2) <= startLevel && (PRIVACY_TOPIC.test(b.text) || nextSection)) {
      last = i - 1;
      break;
    }
  }
  return { first, last, embedded: true };
}

/** True when a block index lies in the scope. */
export function inScope(scope: CookieScope, block: number): boolean {
  return block >= scope.first && block <= scope.last;
}
