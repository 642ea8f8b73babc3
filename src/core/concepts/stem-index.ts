// Which blocks hold which stems, read once per notice, so a concept's candidate blocks are looked up exactly instead of
// found by a pattern scan of the whole text per concept.
import { CAPITALS_READINGS, isWordCode, readWord, tokenTextOfLower, wordEnd } from './tokens';

/** Blocks in ascending order, with a mask for membership tests. */
export interface BlockSet {
  readonly size: number;
  has(block: number): boolean;
  /** The blocks, ascending. */
  readonly blocks: Int32Array;
}

type Postings = readonly (readonly number[])[];
const NO_POSTINGS: Postings = [];

/** Blocks marked in a mask: a class rather than an object with its own `has` closure, one per concept an audit asks about. */
class MaskedBlocks implements BlockSet {
  constructor(
    readonly size: number,
    readonly blocks: Int32Array,
    private readonly mask: Uint8Array,
  ) {}

  has(block: number): boolean {
    return this.mask[block] === 1;
  }
}

/** No block: what most concepts asked of a short notice, or of one that never touches their subject, come to. */
const NO_BLOCKS: BlockSet = new MaskedBlocks(0, new Int32Array(0), new Uint8Array(0));

/**
 * Every stem a block's words give as tokens on their own, with the blocks holding it: one ascending block list per
 * written word that gives the stem. A compound ("data_protect") is two words, each filed under its own stem: a unit
 * made of several blocks' text may join words the blocks hold apart, so a compound is looked up by its first word.
 */
export class StemIndex {
  /** Each lexicon stem looked up so far, with its block lists and how many blocks they hold (terms share stems). */
  readonly #looked = new Map<string, { lists: Postings; count: number }>();

  constructor(
    readonly blockCount: number,
    private readonly byStem: ReadonlyMap<string, Postings>,
  ) {}

  /** The block lists of a stem of a lexicon term: "word*" is every stem starting so, a compound its first word. */
  #postings(stem: string): { lists: Postings; count: number } {
    let found = this.#looked.get(stem);
    if (!found) {
      let lists: Postings;
      if (stem.endsWith('*')) lists = this.#postingsByPrefix(stem.slice(0, -1));
      else {
        const join = stem.indexOf('_');
        lists = this.byStem.get(join < 0 ? stem : stem.slice(0, join)) ?? NO_POSTINGS;
      }
      let count = 0;
      for (const list of lists) count += list.length;
      found = { lists, count };
      this.#looked.set(stem, found);
    }
    return found;
  }

  /** The notice's stems in order, made on the first prefix look-up. */
  #sortedStems: string[] | undefined;

  /** Block lists of every stem starting with `prefix`: a binary search in the sorted stems, not a pass over all of them. */
  #postingsByPrefix(prefix: string): Postings {
    const sorted = (this.#sortedStems ??= [...this.byStem.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const lists: (readonly number[])[] = [];
    for (let k = lo; k < sorted.length && sorted[k]!.startsWith(prefix); k++) lists.push(...this.byStem.get(sorted[k]!)!);
    return lists;
  }

  /**
   * Blocks that may hold one of `terms` (each a sequence of stems) as a unit's tokens: for each term, the blocks
   * holding its rarest stem, since a unit holding the term holds every one of its stems.
   */
  blocksHoldingAny(terms: readonly (readonly string[])[]): BlockSet {
    let mask: Uint8Array | undefined;
    for (const term of terms) {
      let rarest: Postings = NO_POSTINGS;
      let rarestCount = Infinity;
      for (const stem of term) {
        const { lists, count } = this.#postings(stem);
        if (count < rarestCount) {
          rarest = lists;
          rarestCount = count;
        }
        if (count === 0) break;
      }
      if (rarestCount === 0) continue;
      mask ??= new Uint8Array(this.blockCount);
      for (const list of rarest) for (const b of list) mask[b] = 1;
    }
    if (!mask) return NO_BLOCKS;
    let size = 0;
    for (let b = 0; b < this.blockCount; b++) size += mask[b]!;
    const blocks = new Int32Array(size);
    for (let b = 0, k = 0; b < this.blockCount; b++) if (mask[b]) blocks[k++] = b;
    return new MaskedBlocks(size, blocks, mask);
  }
}

/** Index the blocks' lower-cased texts: blocks by written word, then by stem, so each distinct word is stemmed once. */
export function indexStems(lowerBlockTexts: readonly string[]): StemIndex {
  const byWord = new Map<string, number[]>();
  for (let block = 0; block < lowerBlockTexts.length; block++) {
    const text = tokenTextOfLower(lowerBlockTexts[block]!);
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      i = wordEnd(text, start);
      const word = text.slice(start, i);
      const list = byWord.get(word);
      if (!list) byWord.set(word, [block]);
      else if (list[list.length - 1] !== block) list.push(block);
    }
  }
  const byStem = new Map<string, (readonly number[])[]>();
  for (const [word, blocks] of byWord) {
    // The lower-cased text cannot tell "SEND" from "send": a block holding the word is a candidate for both readings.
    const capitals = CAPITALS_READINGS.get(word);
    for (const stem of capitals ? [...readWord(word).stems, capitals] : readWord(word).stems) {
      const lists = byStem.get(stem);
      if (lists) lists.push(blocks);
      else byStem.set(stem, [blocks]);
    }
  }
  return new StemIndex(lowerBlockTexts.length, byStem);
}
