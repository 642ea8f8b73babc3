// Which stretches of a long text may hold a literal: the text's trigrams, recorded per chunk of whole blocks, so a
// pattern is scanned only where one of its required literals can be (see required-literals.ts).
import { isIndexedSymbol, isLookupLiteral, type LiteralQuery } from './required-literals';

/**
 * Characters are read in 5-bit classes: ASCII letters case-folded, every whitespace one class, digits one class, the
 * rest coarser. So few classes keep one chunk set per possible trigram small enough to index directly.
 */
const BITS = 5;
const CLASS = buildClasses();
const KEYS = 1 << (3 * BITS);
const KEY_MASK = KEYS - 1;
/** Chunks are at least this long; longer texts get longer chunks, so there are at most 4,096 of them. */
const MIN_CHUNK_CHARS = 128;
const MAX_CHUNKS = 4_096;

function buildClasses(): Uint8Array {
  const out = new Uint8Array(65_536).fill(31);
  for (let c = 0; c < 128; c++) out[c] = 30;
  for (let c = 0; c < 26; c++) out[0x61 + c] = out[0x41 + c] = 1 + c;
  for (let c = 0; c < 10; c++) out[0x30 + c] = 27;
  // Exactly the characters \s matches, so a pattern's \s can be read as one space.
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) out[c] = 28;
  for (let c = 0x2000; c <= 0x200a; c++) out[c] = 28;
  out[0x2e] = 29;
  return out;
}

/** Each printable ASCII symbol's and digit's slot in an index's symbol sets (-1 for other characters). */
const SYMBOL_SLOT = buildSymbolSlots();
/** One slot shared by every character beyond ASCII that is not a space: rare in notice text once it is normalised. */
const OTHER_SLOT = SYMBOL_SLOT.reduce((n, slot) => (slot >= 0 ? n + 1 : n), 0);
const SYMBOL_COUNT = OTHER_SLOT + 1;

function buildSymbolSlots(): Int8Array {
  const out = new Int8Array(128).fill(-1);
  let slot = 0;
  for (let c = 0x21; c < 0x7f; c++) if (CLASS[c]! > 26) out[c] = slot++;
  return out;
}

/** The symbol slot a literal's character is looked up in, or -1 when the index does not record it on its own. */
function symbolSlot(code: number): number {
  if (code < 0x80) return SYMBOL_SLOT[code]!;
  return isIndexedSymbol(String.fromCharCode(code)) ? OTHER_SLOT : -1;
}

export interface TrigramChunks {
  /** Offset of each chunk's first character, then the text's length. */
  readonly chunkStarts: Int32Array;
  /** 32-bit words in one chunk set. */
  readonly words: number;
  /** Each trigram key's row in `sets`, plus one; 0 for a trigram the text never holds. */
  readonly rows: Uint16Array;
  /** The chunk set of every trigram the text holds, `words` words apiece, by row. */
  readonly sets: Uint32Array;
  /**
   * The chunk set of every printable ASCII symbol and digit, by slot, and of characters beyond ASCII (but spaces) in
   * one slot: a literal too short for a trigram ("@", "[", "«") is looked up by its characters, and a longer one's
   * symbols narrow what its trigrams find. Their classes are too coarse for either: " / " and " - " are one trigram.
   */
  readonly symbols: Uint32Array;
  /** Working sets for evaluating queries, one per depth of nesting. */
  readonly scratch: Uint32Array[];
  /** Working offsets of a literal's chunk sets, grown to the longest literal looked up. */
  offsets: Int32Array;
  /** How many chunks hold each row's trigram, counted on the first look-up. */
  chunkCounts?: Uint32Array;
}

/** Chunks of whole blocks (`blockStarts`: offset of every block in `text`), about equal in length. */
function chunkStartsOf(length: number, blockStarts: Int32Array): Int32Array {
  const chunkChars = Math.max(MIN_CHUNK_CHARS, Math.ceil(length / MAX_CHUNKS));
  const starts = [0];
  for (const at of blockStarts) if (at - starts[starts.length - 1]! >= chunkChars) starts.push(at);
  starts.push(length);
  return Int32Array.from(starts);
}

/** Rows made room for at first; text holds a few thousand distinct trigrams, so most keys never get one. */
const FIRST_ROWS = 4_096;

/**
 * One pass over the text, recording in which chunks each trigram ends. Only trigrams the text holds get a chunk set,
 * so a short text's index is small and a long one's is a quarter or less of one set for every possible key.
 */
export function indexTrigramChunks(text: string, blockStarts: Int32Array): TrigramChunks {
  const chunkStarts = chunkStartsOf(text.length, blockStarts);
  const words = Math.ceil((chunkStarts.length - 1) / 32);
  const rows = new Uint16Array(KEYS);
  let sets = new Uint32Array(FIRST_ROWS * words);
  const symbols = new Uint32Array(SYMBOL_COUNT * words);
  let rowCount = 0;
  let chunk = 0;
  let nextChunk = chunkStarts[1]!;
  let key = 0;
  for (let p = 0; p < text.length; p++) {
    if (p === nextChunk) nextChunk = chunkStarts[++chunk + 1]!;
    const c = text.charCodeAt(p);
    const cls = CLASS[c]!;
    key = ((key << BITS) | cls) & KEY_MASK;
    // Letters, the commonest characters, are told apart from symbols by their class alone.
    if (cls > 26) {
      const slot = c < 0x7f ? SYMBOL_SLOT[c]! : cls === 31 ? OTHER_SLOT : -1;
      if (slot >= 0) symbols[slot * words + (chunk >> 5)]! |= 1 << (chunk & 31);
    }
    let row = rows[key]!;
    if (row === 0) {
      row = rows[key] = ++rowCount;
      if (rowCount * words > sets.length) {
        const grown = new Uint32Array(sets.length * 2);
        grown.set(sets);
        sets = grown;
      }
    }
    sets[(row - 1) * words + (chunk >> 5)]! |= 1 << (chunk & 31);
  }
  return { chunkStarts, words, rows, sets, symbols, scratch: [], offsets: new Int32Array(64) };
}

/** Kinds of query node: a literal's trigram keys, a short literal of symbols, and any-of or all-of parts. */
const LITERAL = 0;
const SYMBOLS = 1;
const ANY = 2;
const ALL = 3;

/**
 * A query with every literal read once into its trigram keys (or, for one or two symbols too short for a trigram, their
 * slots), so evaluating it against an index only looks keys up. One shape for every node: evaluating a query of
 * hundreds of literals then reads the same fields each time instead of testing which kind of object it holds.
 */
interface QueryNode {
  readonly op: typeof LITERAL | typeof SYMBOLS | typeof ANY | typeof ALL;
  /** LITERAL: trigram keys; SYMBOLS: symbol slots. */
  readonly codes: Int32Array;
  /** LITERAL: the slots of the symbols it holds (most literals hold none). */
  readonly slots: Int32Array;
  /** ANY and ALL: the parts. */
  readonly parts: readonly QueryNode[];
}

const NO_CODES = new Int32Array(0);

function literalKeys(literal: string): Int32Array {
  const keys = new Int32Array(Math.max(0, literal.length - 2));
  let key = 0;
  for (let j = 0; j < literal.length; j++) {
    key = ((key << BITS) | CLASS[literal.charCodeAt(j)]!) & KEY_MASK;
    if (j >= 2) keys[j - 2] = key;
  }
  return keys;
}

/** The distinct symbol slots of a literal's characters (see symbolSlot). */
function literalSlots(literal: string): Int32Array {
  const slots = new Set<number>();
  for (let j = 0; j < literal.length; j++) {
    const slot = symbolSlot(literal.charCodeAt(j));
    if (slot >= 0) slots.add(slot);
  }
  return slots.size ? Int32Array.from(slots) : NO_CODES;
}

/** A short literal of letters or spaces has no trigram and cannot be searched for as written: it narrows nothing. */
function compileLiteral(literal: string): QueryNode {
  if (literal.length < 3 && isLookupLiteral(literal)) return { op: SYMBOLS, codes: literalSlots(literal), slots: NO_CODES, parts: [] };
  return { op: LITERAL, codes: literalKeys(literal), slots: literalSlots(literal), parts: [] };
}

function compile(query: LiteralQuery): QueryNode {
  if (typeof query === 'string') return compileLiteral(query);
  return 'any' in query
    ? { op: ANY, codes: NO_CODES, slots: NO_CODES, parts: query.any.map(compile) }
    : { op: ALL, codes: NO_CODES, slots: NO_CODES, parts: query.all.map(compile) };
}

// Module-level on purpose: a scanner's query is a pure function of its pattern, and is asked about every document.
const compiled = new WeakMap<object, QueryNode>();
const compiledLiterals = new Map<string, QueryNode>();
/** Quotes looked up in the text are literals too: the table of them must not grow without end. */
const MAX_LITERALS = 4_096;

function compiledQuery(query: LiteralQuery): QueryNode {
  if (typeof query === 'string') {
    let out = compiledLiterals.get(query);
    if (!out) {
      if (compiledLiterals.size >= MAX_LITERALS) compiledLiterals.clear();
      compiledLiterals.set(query, (out = compileLiteral(query)));
    }
    return out;
  }
  let out = compiled.get(query);
  if (!out) compiled.set(query, (out = compile(query)));
  return out;
}

/** How many chunks hold each trigram the text holds, by row (bits counted once per index). */
function chunkCountsOf(index: TrigramChunks): Uint32Array {
  if (!index.chunkCounts) {
    const { sets, words } = index;
    const counts = new Uint32Array(sets.length / words);
    for (let row = 0; row < counts.length; row++) {
      let n = 0;
      for (let w = row * words, end = w + words; w < end; w++) {
        let x = sets[w]!;
        x -= (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
      }
      counts[row] = n;
    }
    index.chunkCounts = counts;
  }
  return index.chunkCounts;
}

/**
 * Below this many words per chunk set the AND of a literal's sets is short, and finding its rarest set first costs
 * more than it saves.
 */
const RAREST_FIRST_WORDS = 8;

/**
 * Where each key's chunk set starts in `index.sets`, written to `index.offsets`; false when the text lacks one of
 * the keys. Most literals of a long alternation are not in the text at all, often for want of one trigram: no set is
 * read. In a long text the set of fewest chunks goes first: it empties most words of the AND at its first step.
 */
function keyOffsets(index: TrigramChunks, keys: Int32Array): boolean {
  const { rows, words } = index;
  if (index.offsets.length < keys.length) index.offsets = new Int32Array(keys.length * 2);
  const offsets = index.offsets;
  for (let k = 0; k < keys.length; k++) {
    const row = rows[keys[k]!]!;
    if (row === 0) return false;
    offsets[k] = (row - 1) * words;
  }
  if (words >= RAREST_FIRST_WORDS) rarestFirst(index, keys.length);
  return true;
}

/** Moves the offset of the set holding fewest chunks to the front of the first `n` offsets. */
function rarestFirst(index: TrigramChunks, n: number): void {
  const { offsets, words } = index;
  const counts = chunkCountsOf(index);
  let rarest = 0;
  let fewest = Infinity;
  for (let k = 0; k < n; k++) {
    const count = counts[offsets[k]! / words]!;
    if (count < fewest) {
      fewest = count;
      rarest = k;
    }
  }
  const first = offsets[0]!;
  offsets[0] = offsets[rarest]!;
  offsets[rarest] = first;
}

/**
 * Adds to `out` the chunks holding every trigram of the literal (compared by class) and every symbol of it. Word by
 * word, so a literal in an any-of is folded into the result directly, with no set of its own to fill and merge.
 */
function addLiteral(index: TrigramChunks, literal: QueryNode, out: Uint32Array): void {
  const { codes: keys, slots } = literal;
  if (!keyOffsets(index, keys)) return;
  const { words, sets, offsets, symbols } = index;
  for (let w = 0; w < words; w++) {
    let word = ~0;
    // A chunk lacking one trigram lacks the literal: most words empty after the first few keys.
    for (let k = 0; k < keys.length && word; k++) word &= sets[offsets[k]! + w]!;
    for (let j = 0; j < slots.length && word; j++) word &= symbols[slots[j]! * words + w]!;
    out[w]! |= word;
  }
}

/** Keeps in `out` only the chunks holding every trigram and every symbol of the literal; false when none is left. */
function keepLiteral(index: TrigramChunks, literal: QueryNode, out: Uint32Array): boolean {
  const { codes: keys, slots } = literal;
  const { words, sets, symbols } = index;
  if (!keyOffsets(index, keys)) {
    out.fill(0);
    return false;
  }
  const offsets = index.offsets;
  let left = 0;
  for (let w = 0; w < words; w++) {
    let word = out[w]!;
    for (let k = 0; k < keys.length && word; k++) word &= sets[offsets[k]! + w]!;
    for (let j = 0; j < slots.length && word; j++) word &= symbols[slots[j]! * words + w]!;
    left |= out[w] = word;
  }
  return left !== 0;
}

/** Keeps in `out` only the chunks holding every character of a short literal of symbols (see required-literals.ts). */
function keepSymbols(index: TrigramChunks, slots: Int32Array, out: Uint32Array): boolean {
  const { words, symbols } = index;
  let left = 0;
  for (let w = 0; w < words; w++) {
    let word = out[w]!;
    for (let j = 0; j < slots.length; j++) word &= symbols[slots[j]! * words + w]!;
    left |= out[w] = word;
  }
  return left !== 0;
}

/**
 * Sets `out` to the chunks that may satisfy the query. Nested parts are worked out in one scratch set per depth, so a
 * query of hundreds of literals allocates nothing.
 */
function satisfying(index: TrigramChunks, query: QueryNode, out: Uint32Array, depth = 0): void {
  switch (query.op) {
    case LITERAL:
      out.fill(~0 >>> 0);
      keepLiteral(index, query, out);
      return;
    case SYMBOLS:
      out.fill(~0 >>> 0);
      keepSymbols(index, query.codes, out);
      return;
  }
  const { words, scratch } = index;
  const { parts } = query;
  if (query.op === ANY) {
    out.fill(0);
    for (const q of parts) {
      if (q.op === LITERAL) {
        addLiteral(index, q, out);
        continue;
      }
      const part = (scratch[depth] ??= new Uint32Array(words));
      satisfying(index, q, part, depth + 1);
      for (let w = 0; w < words; w++) out[w]! |= part[w]!;
    }
    return;
  }
  satisfying(index, parts[0]!, out, depth + 1);
  for (let i = 1; i < parts.length; i++) {
    const q = parts[i]!;
    if (q.op === LITERAL) {
      if (!keepLiteral(index, q, out)) return;
      continue;
    }
    if (q.op === SYMBOLS) {
      if (!keepSymbols(index, q.codes, out)) return;
      continue;
    }
    const part = (scratch[depth] ??= new Uint32Array(words));
    satisfying(index, q, part, depth + 1);
    let left = 0;
    for (let w = 0; w < words; w++) left |= out[w]! &= part[w]!;
    if (!left) return;
  }
}

/** Stretches [from, to) of the text that may satisfy the query, in text order, neighbouring chunks merged. */
export function regionsSatisfying(index: TrigramChunks, query: LiteralQuery): [number, number][] {
  const set = new Uint32Array(index.words);
  satisfying(index, compiledQuery(query), set);
  const { chunkStarts } = index;
  const regions: [number, number][] = [];
  const chunks = chunkStarts.length - 1;
  for (let c = 0; c < chunks; c++) {
    if (!(set[c >> 5]! & (1 << (c & 31)))) continue;
    const from = chunkStarts[c]!;
    const to = chunkStarts[c + 1]!;
    const last = regions[regions.length - 1];
    if (last && last[1] === from) last[1] = to;
    else regions.push([from, to]);
  }
  return regions;
}
