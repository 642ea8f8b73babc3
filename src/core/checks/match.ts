// Phrase matching shared by every evaluator: compile phrase lists, find sentences, read list structure.
import { FIRST_PERSON_SINGULAR } from '../first-person';
import type { NoticeDocument, Block } from '../notice/types';
import type { NoticeText, Sentence } from '../analysis/notice-text';
import { quoteSentence } from '../analysis/notice-text';
import { sentenceCandidateBlocks } from '../scan/block-scan';
import type { Evidence } from '../report';
import { isLeadIn, listAfterLeadIn } from '../notice/list-structure';

export { isLeadIn };

// Module-level on purpose: phrase lists are constant checklist data, so their compiled regex is a pure function of them.
const compiled = new Map<string, RegExp>();
const compiledByList = new WeakMap<readonly string[], RegExp>();

// The plural's words as whole words of a phrase's source: after a start, a space, a group or an alternation bar, and
// before an end, a space, a bar or a closing group ("\\bwe (?:hold|keep)", "(?:we|the school)", "contact us\\b").
const PLURAL_SELF = new RegExp(
  `(?<=^|[(|:\\s]|\\\\b|\\\\s[+*?]?)(${FIRST_PERSON_SINGULAR.map(([plural]) => plural).join('|')})(?=$|[|)\\s]|\\\\b|\\\\s)`,
  'g',
);
const SINGULAR = new Map(FIRST_PERSON_SINGULAR.map(([plural, one]) => [plural, `(?:${plural}|${one})`]));

/**
 * A phrase written for a school's "we" also read in the first person singular, as a childminder or a head teacher
 * writing a letter puts it: "we keep" is "I keep", "contact us" is "contact me", "our records" is "my records".
 */
export function firstPersonToo(source: string): string {
  return source.replace(PLURAL_SELF, (w) => SINGULAR.get(w)!);
}

/** One case-insensitive regex from a phrase list (each phrase is a regex source over normalised text). Cached. */
export function phrases(list: readonly string[]): RegExp {
  // Checklist data arrays are long-lived: look them up by identity before building a text key.
  let re = compiledByList.get(list);
  if (re) return re;
  const key = list.join('\u0000');
  re = compiled.get(key);
  if (!re) {
    re = new RegExp(list.map((p) => `(?:${firstPersonToo(p)})`).join('|'), 'i');
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

/** Blocks that may hold a sentence matching `re` (one scan of the whole text; null: test every block). */
export const candidateBlocks = sentenceCandidateBlocks;

/** Sentences matching `re`, in document order. */
export function findSentences(doc: NoticeDocument, text: NoticeText, re: RegExp, opts: FindOptions = {}): Sentence[] {
  const keep = (s: Sentence) =>
    (opts.includeNpd || !s.inNpd) &&
    re.test(s.text) &&
    !(opts.exclude && opts.exclude.test(s.text)) &&
    !(opts.inSection && !opts.inSection.test(doc.sections[s.section]?.heading ?? ''));
  return filterCandidates(text, text.sentences, candidateBlocks(text, re), keep);
}

// Per document, held weakly: the scan engine also serves the concept matcher, which has no audit context to hold it.
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
export function filterCandidates(
  text: NoticeText,
  sentences: readonly Sentence[],
  candidates: ReadonlySet<number> | null,
  keep: (s: Sentence) => boolean,
): Sentence[] {
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

/**
 * The sentence `offset` places from `s` in document order (-1: the one before), or undefined; with `sameBlock`, only
 * when it sits in the same block (the same paragraph or item, so it continues the thought).
 */
export function adjacentSentence(text: NoticeText, s: Sentence, offset: number, sameBlock = true): Sentence | undefined {
  const i = text.sentences.indexOf(s);
  const near = i < 0 ? undefined : text.sentences[i + offset];
  return near && (!sameBlock || near.block === s.block) ? near : undefined;
}

/** Blocks of the section whose heading matches `heading` (heading block excluded). */
export function sectionBlocks(doc: NoticeDocument, heading: RegExp): Block[] {
  return doc.sections
    .filter((s) => s.heading !== null && heading.test(s.heading))
    .flatMap((s) => doc.blocks.slice(s.firstBlock, s.lastBlock + 1).filter((b) => b.index !== s.headingBlock));
}

/**
 * A section's heading with the headings stacked straight above it, nothing between them: the lines of a contact card
 * read as headings ("Data Protection Officer for Schools" / "Glannant County Borough Council" / "Email: ..."), whose first
 * line says whose card it is.
 */
export function stackedHeadings(doc: NoticeDocument, section: number, most = 3): string {
  const headings: string[] = [];
  for (let i = section; i >= 0 && headings.length < most; i--) {
    const heading = doc.sections[i]?.heading;
    if (heading == null) break;
    headings.unshift(heading);
    const above = doc.sections[i - 1];
    if (!above || above.headingBlock === null || above.lastBlock > above.firstBlock) break;
  }
  return headings.join('\n');
}

/**
 * The list items that follow a lead-in block, also behind sub-headings ("We share information with:" / "Public bodies" /
 * items / "Service providers" / items), or the sub-headings that name the items; empty when the list was dropped.
 */
export function listAfter(doc: NoticeDocument, block: Block): Block[] {
  return listAfterLeadIn(doc, block, { namedSubHeadings: block.kind !== 'heading' });
}

/** Text of the lead-in plus whatever list follows it, for matching a whole "X include: - a - b" unit. */
export function withList(doc: NoticeDocument, block: Block): string {
  return [block.text, ...listAfter(doc, block).map((b) => b.text)].join('\n');
}

// A table column that says what something is used for: "The interest", "Purpose", "Why we use it", "What we use it for".
export const PURPOSE_COLUMN = /\b(?:interests?|purposes?|why|reasons?|what (?:we|it) (?:use|is)|used for)\b/i;
