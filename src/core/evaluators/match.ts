// Phrase matching shared by every evaluator: compile phrase lists, find sentences, read list structure.
import type { NoticeDocument, Block } from '../notice/types';
import type { NoticeText, Sentence } from '../analysis/notice-text';
import { quoteSentence } from '../analysis/notice-text';
import type { Evidence } from '../report';

const compiled = new Map<string, RegExp>();
const compiledByList = new WeakMap<readonly string[], RegExp>();

/** One case-insensitive regex from a phrase list (each phrase is a regex source over normalised text). Cached. */
export function phrases(list: readonly string[]): RegExp {
  // Checklist data arrays are long-lived: look them up by identity before building a text key.
  let re = compiledByList.get(list);
  if (re) return re;
  const key = list.join('\u0000');
  re = compiled.get(key);
  if (!re) {
    re = new RegExp(list.map((p) => `(?:${p})`).join('|'), 'i');
    compiled.set(key, re);
  }
  compiledByList.set(list, re);
  return re;
}

export interface FindOptions {
  /** Include sentences inside the NPD boilerplate (default: excluded, it is about government, not the school). */
  includeNpd?: boolean;
  /** Drop sentences that match this (traps). */
  exclude?: RegExp;
  /** Keep only sentences in sections whose heading matches this. */
  inSection?: RegExp;
}

const blockStartCache = new WeakMap<NoticeText, number[]>();
const candidateCache = new WeakMap<NoticeText, Map<RegExp, Set<number> | null>>();

/** Stands for "cannot be answered by a whole-text scan" (anchored or case-sensitive patterns). */
const NO_SCAN = /(?:)/;
const scannerBySource = new Map<string, RegExp>();
const MAX_SCANNERS = 2_000;
const scannerByRegExp = new WeakMap<RegExp, RegExp>();

/**
 * The global regex that scans the joined lower-cased text for `re`, or NO_SCAN. Built once per pattern (equal patterns
 * share one, so their scan results are shared too): compiling a large alternation on every audit costs more than a
 * small page's whole scan.
 */
function scannerFor(re: RegExp): RegExp {
  let scanner = scannerByRegExp.get(re);
  if (scanner) return scanner;
  const key = `${re.flags}/${re.source}`;
  scanner = scannerBySource.get(key);
  if (!scanner) {
    const eligible = re.flags.includes('i') && !/(?<!\\)[\^$]/.test(re.source.replace(/\[\^[^\]]*\]/g, ''));
    scanner = eligible ? new RegExp(re.source, foldsToLowerCase(re.source) ? 'g' : 'gi') : NO_SCAN;
    // Checklist patterns are a fixed set; a pattern built from page text must not make this grow without end.
    if (scannerBySource.size >= MAX_SCANNERS) scannerBySource.clear();
    scannerBySource.set(key, scanner);
  }
  scannerByRegExp.set(re, scanner);
  return scanner;
}

/** Offset of each block in `text.lower` (blocks joined by newlines). */
function blockStarts(text: NoticeText): number[] {
  let starts = blockStartCache.get(text);
  if (!starts) {
    starts = [];
    let at = 0;
    for (const b of text.blockLower) {
      starts.push(at);
      at += b.length + 1;
    }
    blockStartCache.set(text, starts);
  }
  return starts;
}

function blockAt(starts: readonly number[], offset: number): number {
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
 * True when a pattern finds the same matches over already lower-cased text with or without the i flag: only ASCII, no
 * upper-case letter, and no escape that names a character by code (\\x41 is "A"). Case-insensitive matching is
 * markedly slower in V8, and the whole-text scans below run once per phrase list.
 */
function foldsToLowerCase(source: string): boolean {
  if (/\\[xuc]/.test(source)) return false;
  const plain = source.replace(/\\./g, '');
  return !/[A-Z]|[^\x00-\x7f]/.test(plain);
}

/**
 * Blocks that may hold a match of `re`, from one scan of the whole text; null means "every block" (anchored or
 * case-sensitive patterns, which a scan of the joined lower-cased text cannot answer). Testing tens of thousands of
 * sentences one by one costs far more than one pass over the text, so a 5 MB notice is scanned once per phrase list
 * and only the candidate blocks' sentences are tested exactly.
 */
export function candidateBlocks(text: NoticeText, re: RegExp): Set<number> | null {
  const scanner = scannerFor(re);
  let byScanner = candidateCache.get(text);
  if (!byScanner) candidateCache.set(text, (byScanner = new Map()));
  const cached = byScanner.get(scanner);
  if (cached !== undefined) return cached;
  let out: Set<number> | null = null;
  if (scanner !== NO_SCAN) {
    out = new Set();
    const starts = blockStarts(text);
    const g = scanner;
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text.lower)) !== null) {
      const block = blockAt(starts, m.index);
      out.add(block);
      // One hit makes the block a candidate; resume at the next block so a match running across blocks hides none.
      const next = starts[block + 1];
      if (next === undefined) break;
      g.lastIndex = next;
    }
    g.lastIndex = 0;
  }
  byScanner.set(scanner, out);
  return out;
}

/** Sentences matching `re`, in document order. */
export function findSentences(doc: NoticeDocument, text: NoticeText, re: RegExp, opts: FindOptions = {}): Sentence[] {
  const keep = (s: Sentence) =>
    (opts.includeNpd || !s.inNpd) &&
    re.test(s.text) &&
    !(opts.exclude && opts.exclude.test(s.text)) &&
    !(opts.inSection && !opts.inSection.test(doc.sections[s.section]?.heading ?? ''));
  return filterCandidates(text, text.sentences, candidateBlocks(text, re), keep);
}

const sentenceStartCache = new WeakMap<readonly Sentence[], Int32Array>();

/** For a block-ordered sentence list, the index of each block's first sentence (one past the end for the last). */
function sentenceStarts(text: NoticeText, sentences: readonly Sentence[]): Int32Array {
  let starts = sentenceStartCache.get(sentences);
  if (!starts) {
    const blocks = text.blockLower.length;
    starts = new Int32Array(blocks + 1);
    let i = 0;
    for (let b = 0; b <= blocks; b++) {
      while (i < sentences.length && sentences[i]!.block < b) i++;
      starts[b] = i;
    }
    sentenceStartCache.set(sentences, starts);
  }
  return starts;
}

/**
 * `sentences.filter(keep)` restricted to the candidate blocks (null: all). Visits only the candidates' sentences,
 * in document order, so `keep` sees exactly the calls a full filter would make after its candidate test.
 * `sentences` must be in block order (analyseNotice's list, or a filtered copy of it).
 */
export function filterCandidates(text: NoticeText, sentences: readonly Sentence[], candidates: ReadonlySet<number> | null, keep: (s: Sentence) => boolean): Sentence[] {
  if (candidates === null) return sentences.filter(keep);
  const out: Sentence[] = [];
  if (candidates.size === 0) return out;
  const starts = sentenceStarts(text, sentences);
  // Candidate sets are built by a scan in text order, so they iterate in ascending block order.
  for (const b of candidates) {
    const end = starts[b + 1] ?? sentences.length;
    for (let i = starts[b] ?? sentences.length; i < end; i++) {
      const s = sentences[i]!;
      if (keep(s)) out.push(s);
    }
  }
  return out;
}

/** Evidence for up to `max` sentences, cut around the match. */
export function evidenceOf(sentences: readonly Sentence[], re?: RegExp, max = 3): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of sentences) {
    const e = quoteSentence(s, re);
    const key = `${e.where}|${e.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= max) break;
  }
  return out;
}

/** Blocks of the section whose heading matches `heading` (heading block excluded). */
export function sectionBlocks(doc: NoticeDocument, heading: RegExp): Block[] {
  return doc.sections
    .filter((s) => s.heading !== null && heading.test(s.heading))
    .flatMap((s) => doc.blocks.slice(s.firstBlock, s.lastBlock + 1).filter((b) => b.index !== s.headingBlock));
}

/** True for a lead-in that promises a list ("...include:", "We do so to:", "include:-"). */
export function isLeadIn(block: Block): boolean {
  return block.kind !== 'list-item' && /:\s*-?\s*$/.test(block.text);
}

/** The list items that directly follow a lead-in block (empty when the list was dropped). */
export function listAfter(doc: NoticeDocument, block: Block): Block[] {
  const items: Block[] = [];
  for (let i = block.index + 1; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === 'list-item') items.push(b);
    else if (b.kind === 'table-row' && items.length === 0) items.push(b);
    else break;
  }
  return items;
}

/** Text of the lead-in plus whatever list follows it, for matching a whole "X include: - a - b" unit. */
export function withList(doc: NoticeDocument, block: Block): string {
  return [block.text, ...listAfter(doc, block).map((b) => b.text)].join('\n');
}
