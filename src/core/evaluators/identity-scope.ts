// Which sentences speak for the school: drops the NPD boilerplate and any cookie notice appended to the privacy notice.
import type { NoticeDocument } from '../notice/types';
import type { Sentence } from '../analysis/notice-text';
import type { AuditContext } from './types';

const COOKIE_HEADING = /\bcookies?\b/i;
// Headings that return to the privacy notice after a cookie section (a cookie table's own headings never match these).
const PRIVACY_HEADING = /privacy notice|personal (data|information)|pupil|your rights|complain|data protection officer|\bdpo\b|requesting access|subject access|contact us$|^contact$/i;

const cookieCache = new WeakMap<NoticeDocument, Set<number>>();

/**
 * Blocks of a cookie notice that shares the page with the privacy notice (seed 004 ends with one).
 * Consent, "accept or decline" and ICO mentions there concern PECR cookies, not the Art 13 items.
 */
export function cookieBlocks(doc: NoticeDocument): Set<number> {
  const cached = cookieCache.get(doc);
  if (cached) return cached;
  const out = new Set<number>();
  let inside = false;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      if (COOKIE_HEADING.test(b.text)) inside = true;
      else if (PRIVACY_HEADING.test(b.text)) inside = false;
    }
    // Only a cookie heading opens the region: a paragraph that mentions "cookie settings" is still the privacy notice.
    if (inside) out.add(b.index);
  }
  cookieCache.set(doc, out);
  return out;
}

const ownCache = new WeakMap<object, Sentence[]>();

/** Sentences that are the school's own statements: not NPD boilerplate, not the cookie notice. Computed once per audit. */
export function ownSentences(ctx: AuditContext): Sentence[] {
  let own = ownCache.get(ctx.text);
  if (!own) {
    const cookies = cookieBlocks(ctx.doc);
    own = ctx.text.sentences.filter((s) => !s.inNpd && !cookies.has(s.block));
    ownCache.set(ctx.text, own);
  }
  return own;
}

/** True when a block is the school's own text (not NPD boilerplate, not the cookie notice). */
export function isOwnBlock(ctx: AuditContext, block: number): boolean {
  return !ctx.text.npdBlocks.has(block) && !cookieBlocks(ctx.doc).has(block);
}

const candidateCache = new WeakMap<object, Map<string, Set<number> | null>>();
const blockStartCache = new WeakMap<object, number[]>();

/** Offset of each block in `text.lower` (blocks joined by newlines). */
function blockStarts(ctx: AuditContext): number[] {
  let starts = blockStartCache.get(ctx.text);
  if (!starts) {
    starts = [];
    let at = 0;
    for (const b of ctx.text.blockLower) {
      starts.push(at);
      at += b.length + 1;
    }
    blockStartCache.set(ctx.text, starts);
  }
  return starts;
}

function blockAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Blocks that may hold a match of `re`, from one scan of the whole text (null: every block, for anchored patterns).
 * Testing tens of thousands of sentences one by one costs far more than one pass over the text, so a 5 MB notice
 * is scanned once per phrase list and only the candidate blocks' sentences are tested exactly.
 */
function candidateBlocks(ctx: AuditContext, re: RegExp): Set<number> | null {
  let bySource = candidateCache.get(ctx.text);
  if (!bySource) candidateCache.set(ctx.text, (bySource = new Map()));
  const cached = bySource.get(re.source);
  if (cached !== undefined) return cached;
  let out: Set<number> | null = null;
  if (!/(?<!\\)[\^$]/.test(re.source.replace(/\[\^[^\]]*\]/g, ''))) {
    out = new Set();
    const starts = blockStarts(ctx);
    const g = new RegExp(re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = g.exec(ctx.text.lower)) !== null) {
      const block = blockAt(starts, m.index);
      out.add(block);
      // One hit makes the block a candidate; resume at the next block so a match running across blocks hides none.
      const next = starts[block + 1];
      if (next === undefined) break;
      g.lastIndex = next;
    }
  }
  bySource.set(re.source, out);
  return out;
}

/** Own sentences matching `re` and not `exclude`. */
export function findOwn(ctx: AuditContext, re: RegExp, exclude?: RegExp): Sentence[] {
  const candidates = candidateBlocks(ctx, re);
  return ownSentences(ctx).filter((s) => (candidates === null || candidates.has(s.block)) && re.test(s.text) && !(exclude && exclude.test(s.text)));
}

/** The lead-in paragraph a list item hangs from ("the grounds we rely on are:"), if any. */
export function leadInOf(doc: NoticeDocument, block: number): string | null {
  const b = doc.blocks[block];
  if (!b || b.kind !== 'list-item') return null;
  for (let i = block - 1; i >= 0 && i >= block - 40; i--) {
    const prev = doc.blocks[i]!;
    if (prev.kind === 'list-item') continue;
    return /:\s*-?\s*$/.test(prev.text) ? prev.text : null;
  }
  return null;
}
