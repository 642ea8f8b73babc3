// Which blocks may match a pattern, from one pass over the whole text instead of one test per block or sentence.
import type { NoticeDocument } from '../notice/types';
import { lowerCasePattern } from './lower-pattern';
import { requiredLiterals, type LiteralQuery } from './required-literals';
import { indexTrigramChunks, regionsSatisfying, type TrigramChunks } from './trigram-chunks';
import { lookaroundCrossesBlocks, withoutNegativeLookarounds } from './cross-block-lookarounds';

/**
 * Blocks are joined with a newline, a NUL and a newline: with the m flag, ^ and $ then match at every block's edges,
 * and no \s run or word boundary can carry a match from one block's text into the next one's words. A negative
 * lookaround that can read the separator is another matter: such patterns are scanned without their negative
 * lookarounds (see newScanner).
 */
const SEPARATOR = '\n\u0000\n';

/** Shorter texts are scanned whole: indexing them would cost about what it saves. */
const MIN_INDEXED_CHARS = 4_096;

interface Joined {
  text: string;
  starts: Int32Array;
  /** Made at the first scan that can use it. */
  chunks?: TrigramChunks;
}

// Per document, held weakly: the engine serves detection (nation, phase, school), which runs without an audit context.
const joinedCache = new WeakMap<readonly string[], Joined>();
const hitsCache = new WeakMap<readonly string[], Map<Scanner, ReadonlySet<number>>>();
// Module-level on purpose: a scanner is a pure function of its pattern, and the patterns are checklist data.
const scanners = new WeakMap<RegExp, Scanner | null>();
const scannersBySource = new Map<string, Scanner | null>();
/** Checklist patterns are a fixed set; patterns built from page text must not make the shared table grow without end. */
const MAX_SHARED = 2_000;
const textsCache = new WeakMap<NoticeDocument, readonly string[]>();
/** What the sentence scans read of an analysed notice (notice-text's NoticeText): each block's lower-cased text. */
export interface LoweredBlocks {
  readonly blockLower: readonly string[];
}

const lowerTextsCache = new WeakMap<NoticeDocument, readonly string[]>();

interface Scanner {
  re: RegExp;
  /** The scan runs over lower-cased text without the i flag (V8 matches far faster so). */
  lower: boolean;
  /** What every match requires the text to hold (null: unknown; undefined: not yet worked out), so only text that does is scanned. */
  literals: LiteralQuery | null | undefined;
  /** Scans without the pattern's negative lookarounds: it finds candidates, and cannot count matches. */
  widened: boolean;
}

function joined(texts: readonly string[]): Joined {
  let out = joinedCache.get(texts);
  if (!out) {
    const starts = new Int32Array(texts.length);
    let at = 0;
    texts.forEach((t, i) => {
      starts[i] = at;
      at += t.length + SEPARATOR.length;
    });
    out = { text: texts.join(SEPARATOR), starts };
    joinedCache.set(texts, out);
  }
  return out;
}

/**
 * The global, multi-line twin of `re`, or null when a scan would not pay or could not answer: sticky patterns, patterns
 * anchored with ^, which a per-text test tries at one position only but a whole-text scan would try at every one, and
 * patterns whose negative lookarounds can read into the next block.
 */
function scannerFor(re: RegExp): Scanner | null {
  let scanner = scanners.get(re);
  if (scanner === undefined) {
    // Equal patterns built in different places share one scanner, and so one scan per document.
    const key = `${re.flags}/${re.source}`;
    scanner = scannersBySource.get(key);
    if (scanner === undefined) {
      scanner = newScanner(re);
      if (scannersBySource.size >= MAX_SHARED) scannersBySource.clear();
      scannersBySource.set(key, scanner);
    }
    scanners.set(re, scanner);
  }
  return scanner;
}

function newScanner(re: RegExp): Scanner | null {
  const anchoredAtStart = /(?<!\\)\^/.test(re.source.replace(/\[\^/g, '['));
  if (re.sticky || anchoredAtStart) return null;
  // A negative lookaround that can read into the next block ("[^.]{0,80}" before "notice") may refuse on the joined
  // text a match the block alone holds: the scan goes without it, finding every such block and some more, which the
  // callers test one by one.
  const widened = lookaroundCrossesBlocks(re.source);
  const source = widened ? withoutNegativeLookarounds(re.source) : re.source;
  const lowered = re.ignoreCase ? lowerCasePattern(source) : null;
  const scan =
    lowered !== null
      ? new RegExp(lowered, `${re.flags.replace(/[gmi]/g, '')}gm`)
      : new RegExp(source, `${re.flags.replace(/[gm]/g, '')}gm`);
  // Literals are worked out when a text long enough to index first meets the scanner: a short notice never needs them,
  // and parsing every checklist pattern up front is most of a first audit's time in a fresh popup.
  return { re: scan, lower: lowered !== null, literals: undefined, widened };
}

/** What every match of the scanner requires the text to hold, worked out on first use (null: unknown). */
function literalsOf(scanner: Scanner): LiteralQuery | null {
  if (scanner.literals === undefined) scanner.literals = requiredLiterals(scanner.re.source, scanner.re.flags);
  return scanner.literals;
}

function blockAt(starts: Int32Array, offset: number): number {
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
 * The stretches of the joined text worth scanning (those that may hold one of the scanner's literals) within its first
 * `upTo` characters, each as its offset and its text. Regions start and end at block edges, so a region read alone
 * matches as it does inside the whole text.
 */
function* partsToScan(target: Joined, scanner: Scanner, lowered: Joined | undefined, upTo = Infinity): Generator<[number, string]> {
  const { text } = target;
  let regions: [number, number][] = [[0, text.length]];
  if (text.length >= MIN_INDEXED_CHARS && literalsOf(scanner)) {
    // Lower-casing never shortens text, so a lowered twin of equal length has every block at the same offset, and its
    // index serves the text as written too: the index folds ASCII case itself (the Kelvin sign lowering to "k" can
    // only add a candidate).
    const source = lowered && lowered.text.length === text.length ? lowered : target;
    source.chunks ??= indexTrigramChunks(source.text, source.starts);
    regions = regionsSatisfying(source.chunks, literalsOf(scanner)!);
  }
  for (const [from, regionEnd] of regions) {
    const to = Math.min(regionEnd, upTo);
    if (from >= to) return;
    yield [from, from === 0 && to === text.length ? text : text.slice(from, to)];
  }
}

/** Indexes of the texts the scanner hits, one scan of their join, cached by the list's identity and the scanner. */
function scan(texts: readonly string[], scanner: Scanner, lowerTwin?: readonly string[]): ReadonlySet<number> {
  const cached = cachedHits(texts, scanner);
  if (cached) return cached;
  const target = joined(texts);
  const { starts } = target;
  const out = new Set<number>();
  for (const [from, part] of partsToScan(target, scanner, lowerTwin && joined(lowerTwin))) {
    let at = 0;
    while (at < part.length) {
      const i = hitFrom(scanner.re, part, at, from, starts);
      if (i < 0) break;
      out.add(i);
      at = resumeAfter(starts, i, from, part);
    }
  }
  return cacheHits(texts, scanner, out);
}

function cachedHits(texts: readonly string[], scanner: Scanner): ReadonlySet<number> | undefined {
  return hitsCache.get(texts)?.get(scanner);
}

function cacheHits(texts: readonly string[], scanner: Scanner, hits: ReadonlySet<number>): ReadonlySet<number> {
  let byScanner = hitsCache.get(texts);
  if (!byScanner) hitsCache.set(texts, (byScanner = new Map()));
  byScanner.set(scanner, hits);
  return hits;
}

/**
 * The text holding the first match at or after `at` in `part` (which starts at offset `from` of the join), or -1. The
 * pattern's position is set and reset here, not carried from one call to the next, so two scans with one pattern may
 * take turns (see blocksMatchingInOrder).
 */
function hitFrom(re: RegExp, part: string, at: number, from: number, starts: Int32Array): number {
  re.lastIndex = at;
  const m = re.exec(part);
  re.lastIndex = 0;
  return m === null ? -1 : blockAt(starts, from + m.index);
}

/** One hit is enough for a text: the scan resumes at the next one, so a match running past its end hides nothing there. */
function resumeAfter(starts: Int32Array, hit: number, from: number, part: string): number {
  return hit + 1 < starts.length ? starts[hit + 1]! - from : part.length;
}

/**
 * The texts the scanner hits, ascending, found as they are read, so a reader that stops early stops the scan; one read
 * to the end leaves its hits cached for every later reader.
 */
function* hitsInOrder(texts: readonly string[], scanner: Scanner, lowerTwin?: readonly string[]): Generator<number> {
  const target = joined(texts);
  const { starts } = target;
  const out = new Set<number>();
  for (const [from, part] of partsToScan(target, scanner, lowerTwin && joined(lowerTwin))) {
    let at = 0;
    while (at < part.length) {
      const i = hitFrom(scanner.re, part, at, from, starts);
      if (i < 0) break;
      out.add(i);
      yield i;
      at = resumeAfter(starts, i, from, part);
    }
  }
  cacheHits(texts, scanner, out);
}

/** The block texts a scanner reads in a document, and their lower-cased twin when they are the text as written. */
function textsFor(doc: NoticeDocument, scanner: Scanner): [readonly string[], readonly string[] | undefined] {
  return scanner.lower ? [lowerBlockTexts(doc), undefined] : [blockTexts(doc), lowerBlockTexts(doc)];
}

/**
 * Indexes of the lower-cased texts in which the case-insensitive `re` may match: every text `re.test` accepts is in the
 * set (a match that runs across a separator can add a text that does not match alone, so callers still test the text
 * itself). Null means "test every text": a case-sensitive pattern cannot be answered from lower-cased text, and some
 * patterns do not pay for a scan. The list must not change after its first scan: results are cached by its identity.
 */
export function loweredTextsMatching(lowerTexts: readonly string[], re: RegExp): ReadonlySet<number> | null {
  const scanner = re.ignoreCase ? scannerFor(re) : null;
  return scanner ? scan(lowerTexts, scanner) : null;
}

/** The text of every block of a document, by block index (one shared list, so scans of the document are cached). */
export function blockTexts(doc: NoticeDocument): readonly string[] {
  let out = textsCache.get(doc);
  if (!out) {
    out = doc.blocks.map((b) => b.text);
    textsCache.set(doc, out);
  }
  return out;
}

/** The lower-cased text of every block, by block index (shared by every reader, so it is made once per document). */
export function lowerBlockTexts(doc: NoticeDocument): readonly string[] {
  let out = lowerTextsCache.get(doc);
  if (!out) {
    out = doc.blocks.map((b) => b.text.toLowerCase());
    lowerTextsCache.set(doc, out);
  }
  return out;
}

/**
 * How much of a piece the index is asked about: a stretch this long already narrows the search to a few chunks, and
 * every further trigram of a quoted sentence costs a lookup and an AND of its chunk set while narrowing little more.
 */
const LOOKUP_WINDOW = 32;

/**
 * Whether one block's lower-cased text holds `piece` (lower-case, with no line break): only the stretches the trigram
 * index allows are searched, so looking up a phrase in a long notice does not read all of it.
 */
export function lowerBlockTextIncludes(doc: NoticeDocument, piece: string): boolean {
  const target = joined(lowerBlockTexts(doc));
  const { text } = target;
  if (text.length < MIN_INDEXED_CHARS || piece.length < 3) return text.includes(piece);
  target.chunks ??= indexTrigramChunks(text, target.starts);
  // A block lies wholly in one chunk, so a piece found in a block lies in a region holding every trigram of it, and so
  // every trigram of its middle stretch: the stretch finds the regions to search, the whole piece is then searched for.
  const middle = Math.max(0, (piece.length - LOOKUP_WINDOW) >> 1);
  const lookup = piece.slice(middle, middle + LOOKUP_WINDOW);
  for (const [from, to] of regionsSatisfying(target.chunks, lookup)) if (text.slice(from, to).includes(piece)) return true;
  return false;
}

/**
 * All block text of a document as one string (blocks apart by a newline, a NUL and a newline), as written or
 * lower-cased: made once per document and shared with the scans.
 */
export function documentText(doc: NoticeDocument, lower = false): string {
  return joined(lower ? lowerBlockTexts(doc) : blockTexts(doc)).text;
}

/**
 * How many times `re` (global or not) matches in the first `upTo` characters of the document's block text, counting
 * up to `max`. Only stretches that may hold a match are read, so a match that runs from one block into the next is
 * not counted; a scan-less pattern (anchored with ^, or sticky), or one scanned without its negative lookarounds, is
 * counted over the whole text.
 */
export function countMatches(doc: NoticeDocument, re: RegExp, max: number, upTo = Infinity): number {
  const own = scannerFor(re);
  const scanner =
    own && !own.widened
      ? own
      : { re: new RegExp(re.source, `${re.flags.replace(/[gm]/g, '')}gm`), lower: false, literals: null, widened: false };
  const [texts, lowerTwin] = textsFor(doc, scanner);
  const counter = scanner.re;
  let n = 0;
  for (const [, part] of partsToScan(joined(texts), scanner, lowerTwin && joined(lowerTwin), upTo)) {
    counter.lastIndex = 0;
    while (n < max && counter.exec(part) !== null) n++;
    counter.lastIndex = 0;
    if (n >= max) break;
  }
  return n;
}

/** Blocks of `doc` in which `re` may match (see loweredTextsMatching); null means every block must be tested. */
export function blocksMatching(doc: NoticeDocument, re: RegExp): ReadonlySet<number> | null {
  const scanner = scannerFor(re);
  if (!scanner) return null;
  const [texts, lowerTwin] = textsFor(doc, scanner);
  return scan(texts, scanner, lowerTwin);
}

/**
 * Blocks of `doc` in which `re` may match (see blocksMatching), ascending, found as the caller reads them: a reader that
 * needs only the first few (detection counts a signal at most three times) stops the scan there instead of reading a
 * long notice to its end for blocks it never looks at. Null means every block must be tested.
 */
export function blocksMatchingInOrder(doc: NoticeDocument, re: RegExp): Iterable<number> | null {
  const scanner = scannerFor(re);
  if (!scanner) return null;
  const [texts, lowerTwin] = textsFor(doc, scanner);
  return cachedHits(texts, scanner) ?? hitsInOrder(texts, scanner, lowerTwin);
}

/** "May block i match `re`?", answered from one scan of the whole document (always yes when a scan cannot tell). */
export function mayMatch(doc: NoticeDocument, re: RegExp): (block: number) => boolean {
  const hits = blocksMatching(doc, re);
  return hits ? (i) => hits.has(i) : () => true;
}

// Module-level on purpose: a pure function of the pattern.
const sentenceScannable = new WeakMap<RegExp, boolean>();

/**
 * Whether whole-block scans can answer for sentences: not when ^ or $ (sentence edges, which a scan of whole blocks
 * cannot see) are used, nor for a case-sensitive pattern, which lower-cased text cannot answer.
 */
function scansSentences(re: RegExp): boolean {
  let out = sentenceScannable.get(re);
  if (out === undefined) {
    out = re.ignoreCase && !re.sticky && !/(?<!\\)[\^$]/.test(re.source.replace(/\[\^[^\]]*\]/g, ''));
    sentenceScannable.set(re, out);
  }
  return out;
}

/**
 * Blocks that may hold a sentence matching `re`, from one scan of the whole lower-cased text; null means "every
 * block". Testing tens of thousands of sentences one by one costs far more than one pass over the text, so a 5 MB
 * notice is scanned once per phrase list and only the candidate blocks' sentences are tested exactly.
 */
export function sentenceCandidateBlocks(text: LoweredBlocks, re: RegExp): ReadonlySet<number> | null {
  return scansSentences(re) ? loweredTextsMatching(text.blockLower, re) : null;
}

/** "May a sentence of block i match `re`?" (see sentenceCandidateBlocks; always yes when a scan cannot tell). */
export function mayMatchText(text: LoweredBlocks, re: RegExp): (block: number) => boolean {
  const hits = sentenceCandidateBlocks(text, re);
  return hits ? (i) => hits.has(i) : () => true;
}
