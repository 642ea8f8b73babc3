// Which stretches of a long text may hold a literal: the text's trigrams, recorded per chunk of whole blocks, so a
// pattern is scanned only where one of its required literals can be (see required-literals.ts).
import { isLookupLiteral, type LiteralQuery } from './required-literals';

/**
 * Characters are read in 5-bit classes: ASCII letters case-folded, every whitespace one class, digits one class, the
 * rest coarser. So few classes keep one chunk set per possible trigram small enough to index directly.
 */
const BITS = 5;
const CLASS = buildClasses();
const KEYS = 1 << (3 * BITS);
const KEY_MASK = KEYS - 1;
/** Chunks are at least this long; longer texts get longer chunks, so there are at most 4,096 of them. */
const MIN_CHUNK_CHARS = 256;
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
const SYMBOL_COUNT = SYMBOL_SLOT.reduce((n, slot) => (slot >= 0 ? n + 1 : n), 0);

function buildSymbolSlots(): Int8Array {
  const out = new Int8Array(128).fill(-1);
  let slot = 0;
  for (let c = 0x21; c < 0x7f; c++) if (CLASS[c]! > 26) out[c] = slot++;
  return out;
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
   * The chunk set of every printable ASCII symbol and digit, by slot: a literal too short for a trigram ("@", "[") is
   * looked up by its characters. Their classes are too coarse for that.
   */
  readonly symbols: Uint32Array;
  /** Working sets for evaluating queries, one per depth of nesting. */
  readonly scratch: Uint32Array[];
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
    if (cls > 26 && c < 0x7f) {
      const slot = SYMBOL_SLOT[c]!;
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
  return { chunkStarts, words, rows, sets, symbols, scratch: [] };
}

/**
 * A query with every literal read once into its trigram keys, so evaluating it against an index only looks keys up; a
 * literal too short for a trigram (one or two symbols) stays as it is.
 */
type TrigramQuery = Int32Array | string | { all: TrigramQuery[] } | { any: TrigramQuery[] };

function literalKeys(literal: string): Int32Array {
  const keys = new Int32Array(Math.max(0, literal.length - 2));
  let key = 0;
  for (let j = 0; j < literal.length; j++) {
    key = ((key << BITS) | CLASS[literal.charCodeAt(j)]!) & KEY_MASK;
    if (j >= 2) keys[j - 2] = key;
  }
  return keys;
}

/** A short literal of letters or spaces has no trigram and cannot be searched for as written: it narrows nothing. */
function compileLiteral(literal: string): TrigramQuery {
  return literal.length < 3 && isLookupLiteral(literal) ? literal : literalKeys(literal);
}

function compile(query: LiteralQuery): TrigramQuery {
  if (typeof query === 'string') return compileLiteral(query);
  return 'any' in query ? { any: query.any.map(compile) } : { all: query.all.map(compile) };
}

// Module-level on purpose: a scanner's query is a pure function of its pattern, and is asked about every document.
const compiled = new WeakMap<object, TrigramQuery>();
const compiledLiterals = new Map<string, TrigramQuery>();
/** Quotes looked up in the text are literals too: the table of them must not grow without end. */
const MAX_LITERALS = 4_096;

function compiledQuery(query: LiteralQuery): TrigramQuery {
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

/** Sets `out` to the chunks holding every trigram of the literal (compared by class). */
function holdingLiteral(index: TrigramChunks, keys: Int32Array, out: Uint32Array): void {
  const { words, rows, sets } = index;
  // Most literals of a long alternation are not in the text at all, often for want of one trigram: no set to read.
  for (let k = 0; k < keys.length; k++) {
    if (rows[keys[k]!] === 0) {
      out.fill(0);
      return;
    }
  }
  out.fill(~0 >>> 0);
  for (let k = 0; k < keys.length; k++) {
    const at = (rows[keys[k]!]! - 1) * words;
    let left = 0;
    for (let w = 0; w < words; w++) left |= out[w]! &= sets[at + w]!;
    if (!left) return;
  }
}

/** Sets `out` to the chunks holding every character of a short literal of symbols (see required-literals.ts). */
function holdingShortLiteral(index: TrigramChunks, literal: string, out: Uint32Array): void {
  const { words, symbols } = index;
  out.fill(~0 >>> 0);
  for (let j = 0; j < literal.length; j++) {
    const at = SYMBOL_SLOT[literal.charCodeAt(j)]! * words;
    for (let w = 0; w < words; w++) out[w]! &= symbols[at + w]!;
  }
}

/**
 * Sets `out` to the chunks that may satisfy the query. Nested parts are worked out in one scratch set per depth, so a
 * query of hundreds of literals allocates nothing.
 */
function satisfying(index: TrigramChunks, query: TrigramQuery, out: Uint32Array, depth = 0): void {
  if (typeof query === 'string') return holdingShortLiteral(index, query, out);
  if (query instanceof Int32Array) return holdingLiteral(index, query, out);
  const { words, scratch } = index;
  const part = (scratch[depth] ??= new Uint32Array(words));
  if ('any' in query) {
    out.fill(0);
    for (const q of query.any) {
      satisfying(index, q, part, depth + 1);
      for (let w = 0; w < words; w++) out[w]! |= part[w]!;
    }
    return;
  }
  satisfying(index, query.all[0]!, out, depth + 1);
  for (let i = 1; i < query.all.length; i++) {
    satisfying(index, query.all[i]!, part, depth + 1);
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
