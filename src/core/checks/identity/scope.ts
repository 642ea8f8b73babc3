// Which sentences speak for the school: drops the NPD boilerplate and any cookie notice appended to the privacy notice.
import type { NoticeDocument } from '../../notice/types';
import type { Sentence } from '../../analysis/notice-text';
import type { AuditContext } from '../types';
import { findCookieScope } from '../../cookies/scope';
import { candidateBlocks, filterCandidates } from '../match';
import { leadInBefore } from '../../notice/list-structure';

/**
 * Blocks of a cookie notice that shares the page with the privacy notice (seed 004 ends with one), as the cookie
 * audit scopes it. Consent, "accept or decline" and ICO mentions there concern PECR cookies, not the Art 13 items.
 */
export function cookieBlocks(ctx: AuditContext): Set<number> {
  return ctx.memo.once(cookieScopeBlocks, ctx.doc);
}

function cookieScopeBlocks(doc: NoticeDocument): Set<number> {
  const scope = findCookieScope(doc, true);
  const out = new Set<number>();
  for (let i = scope.first; i <= scope.last; i++) out.add(i);
  return out;
}

/** Sentences that are the school's own statements: not NPD boilerplate, not the cookie notice. Computed once per audit. */
export function ownSentences(ctx: AuditContext): Sentence[] {
  return ctx.memo.once(collectOwnSentences, ctx);
}

function collectOwnSentences(ctx: AuditContext): Sentence[] {
  const cookies = cookieBlocks(ctx);
  return ctx.text.sentences.filter((s) => !s.inNpd && !cookies.has(s.block));
}

/** True when a block is the school's own text (not NPD boilerplate, not the cookie notice). */
export function isOwnBlock(ctx: AuditContext, block: number): boolean {
  return !ctx.text.npdBlocks.has(block) && !cookieBlocks(ctx).has(block);
}

/** Own sentences matching `re` and not `exclude`. */
export function findOwn(ctx: AuditContext, re: RegExp, exclude?: RegExp): Sentence[] {
  return filterCandidates(
    ctx.text,
    ownSentences(ctx),
    candidateBlocks(ctx.text, re),
    (s) => re.test(s.text) && !(exclude && exclude.test(s.text)),
  );
}

/**
 * Own sentences matching `re`, with list items that say it only when read after their lead-in ("You can ask us:" /
 * "- what information we hold about you, and for a copy of it"). A lead-in that says it alone is found on its own.
 */
export function findOwnWithLeadIns(ctx: AuditContext, re: RegExp): Sentence[] {
  const found = findOwn(ctx, re);
  const seen = new Set(found);
  const items = ownSentences(ctx).filter((s) => {
    if (seen.has(s) || ctx.doc.blocks[s.block]?.kind !== 'list-item') return false;
    const lead = leadInOf(ctx.doc, s.block);
    // Read as one sentence: the lead-in's closing colon or dash is where the item carries on ("ask us: what ...").
    return lead !== null && !re.test(lead) && re.test(`${withoutClosingMarks(lead)} ${s.text}`);
  });
  return items.length ? [...found, ...items].sort((a, b) => a.block - b.block) : found;
}

/** A lead-in without the colon, dash or spaces that close it (a loop: a trailing pattern would rescan long runs). */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const CLOSING_MARKS = new Set([' ', '\t', '\n', '\r', '\u00a0', ':', ';', '-', '\u2013', '\u2014']);

/** The lead-in paragraph a list item hangs from ("the grounds we rely on are:"), if any. */
export function leadInOf(doc: NoticeDocument, block: number): string | null {
  return leadInBefore(doc, block)?.text ?? null;
}
