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

/** The lead-in paragraph a list item hangs from ("the grounds we rely on are:"), if any. */
export function leadInOf(doc: NoticeDocument, block: number): string | null {
  return leadInBefore(doc, block)?.text ?? null;
}
