// Derived views of a NoticeDocument that every check reads: sentences with locations, and the NPD boilerplate range.
import type { Block, NoticeDocument } from '../notice/types';
import type { Evidence } from '../report';
import { lowerBlockTexts } from '../scan/block-scan';
import { isTemplateInstruction } from './template-instruction';

export interface Sentence {
  readonly text: string;
  /** Lower-cased text, for matching. */
  readonly lower: string;
  readonly block: number;
  readonly section: number;
  readonly where: string;
  /** Inside the DfE / Welsh Government National Pupil Database boilerplate (about government, not the school). */
  readonly inNpd: boolean;
}

/**
 * A sentence whose lower-cased copy is made on first use: a large notice has tens of thousands of sentences and
 * few readers ever ask for `lower`, so copying every one up front only feeds the garbage collector.
 */
class NoticeSentence implements Sentence {
  #lower: string | undefined;
  constructor(
    readonly text: string,
    readonly block: number,
    readonly section: number,
    readonly where: string,
    readonly inNpd: boolean,
  ) {}

  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase());
  }

  /** Plain-object form (JSON, spreads in tests) keeps the documented fields, lower included. */
  toJSON(): Sentence {
    return { text: this.text, lower: this.lower, block: this.block, section: this.section, where: this.where, inNpd: this.inNpd };
  }
}

export interface NoticeText {
  sentences: Sentence[];
  /** Blocks inside the NPD boilerplate. */
  npdBlocks: Set<number>;
  /** Lower-cased text of every block, by block index. */
  blockLower: readonly string[];
}

const NPD_START = /\bnational pupil database\b|^the npd\b|\(npd\)/i;
// Headings that still belong to the government-data boilerplate.
const NPD_CONTINUES =
  /\bnpd\b|department|\bdfe\b|sharing by|data collection|government|to find out more|how to find out|contact dfe|statistics/i;
// Openings of school-level text that end the boilerplate even without a heading.
const NPD_ENDS =
  /^(under (the )?data protection legislation|to make a request|you (also )?have the right|if you have a concern|requesting access|if you would like to discuss|contact\b|withdrawal of consent|last updated)/i;

/** Blocks from an NPD heading (or "The NPD is owned...") to the next heading or opening that is the school's own again. */
export function findNpdBlocks(doc: NoticeDocument): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (const b of doc.blocks) {
    if (!inside) {
      if (
        NPD_START.test(b.text) &&
        (b.kind === 'heading' || /^the npd\b/i.test(b.text) || /national pupil database \(npd\)$/i.test(b.text))
      )
        inside = true;
    } else if (
      NPD_ENDS.test(b.text) ||
      // A heading, or a table the boilerplate never has (records and periods, rights), is the school's own again.
      ((b.kind === 'heading' || b.kind === 'table-row') && !NPD_CONTINUES.test(b.text) && !NPD_START.test(b.text))
    ) {
      inside = false;
    }
    if (inside) out.add(b.index);
  }
  return out;
}

// Split on sentence ends, but not inside "e.g.", "i.e.", "etc.", "No.", initials, URLs or numbers like "13.5", nor after
// the short form of a legal reference before its number ("Art. 6(1)(e)", "s. 537A", "Sch. 1", "No. 5"): "... Music and Art.
// Pupils ..." still ends a sentence.
const SENTENCE_SPLIT =
  /(?<!\b(?:e\.g|i\.e|etc|no|mr|mrs|ms|dr|st|vs|cf|[A-Z]))(?<!\b(?:[Aa]rts?|[Ss]ch|[Rr]egs?|[Pp]aras?|[Ss]ec|ss?|[Nn]os?)(?=\.\s+\d))([.!?])\s+(?=["'(]?[A-Z0-9\u2022])/g;

export function splitSentences(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTENCE_SPLIT)) {
    const end = m.index! + m[1]!.length;
    parts.push(text.slice(last, end).trim());
    last = end;
  }
  parts.push(text.slice(last).trim());
  return parts.filter(Boolean);
}

// Per document, held weakly: detection reads sentences before the audit context exists.
const blockSentenceCache = new WeakMap<NoticeDocument, readonly (readonly string[])[]>();

/** splitSentences of every block, by block index: split once per document and shared by every reader of sentences. */
export function blockSentences(doc: NoticeDocument): readonly (readonly string[])[] {
  let out = blockSentenceCache.get(doc);
  if (!out) {
    out = doc.blocks.map((b) => splitSentences(b.text));
    blockSentenceCache.set(doc, out);
  }
  return out;
}

/** A paragraph of one sentence: a notice written one sentence to a line, whose lines may go on in the next. */
export function isOneSentenceParagraph(doc: NoticeDocument, block: Block | undefined): block is Block {
  return block?.kind === 'paragraph' && blockSentences(doc)[block.index]!.length === 1;
}

export function analyseNotice(doc: NoticeDocument): NoticeText {
  const npdBlocks = findNpdBlocks(doc);
  const sentences: Sentence[] = [];
  const blockLower = lowerBlockTexts(doc);
  const split = blockSentences(doc);
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    for (const s of split[i]!) {
      // A template's unfilled instruction tells the school what to write, not the reader what the school does.
      if (isTemplateInstruction(s)) continue;
      sentences.push(new NoticeSentence(s, b.index, b.section, b.where, npdBlocks.has(b.index)));
    }
  }
  return { sentences, npdBlocks, blockLower };
}

const MAX_QUOTE = 320;

/** Evidence quoting a sentence; long sentences are cut around the matched span so the quote stays checkable. */
export function quoteSentence(s: Pick<Sentence, 'text' | 'where'>, match?: RegExp): Evidence {
  if (s.text.length <= MAX_QUOTE) return { text: s.text, where: s.where };
  let start = 0;
  if (match) {
    const m = new RegExp(match.source, match.flags.replace('g', '')).exec(s.text);
    if (m) start = Math.max(0, m.index - 120);
  }
  const cut = s.text.slice(start, start + MAX_QUOTE);
  return { text: `${start > 0 ? '...' : ''}${cut}${start + MAX_QUOTE < s.text.length ? '...' : ''}`, where: s.where };
}
