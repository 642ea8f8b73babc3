// The concept lexicons' look-up tables: every term by its first stem, for all concepts and for each one. Built from the
// lexicons' stems alone (stemmed at build time: stem-lexicon.ts, concept-terms.ts), once per process.

/** Each concept's terms as stem sequences ("pass on to" -> ["pass", "on", "to"]; "word*" stays a prefix). Plain data. */
export type LexiconStems = Readonly<Record<string, readonly (readonly string[])[]>>;

// English negators as stems, and the Welsh "nid" / "nad" (not) and "heb" (without). Welsh "ni" is also "we", and "dim"
// also ends "am ddim" (free of charge), so neither is read as a negator.
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  'neither',
  'nor',
  'none',
  'nobodi',
  'nid',
  'nad',
  'heb',
]);

/** One stem of a term: matched whole, or as a prefix where the lexicon writes "word*" (compiled once, not per token). */
export interface StemPattern {
  readonly stem: string;
  readonly prefix: boolean;
}

const stemPattern = (want: string): StemPattern =>
  want.endsWith('*') ? { stem: want.slice(0, -1), prefix: true } : { stem: want, prefix: false };

export const stemMatches = (stem: string, want: StemPattern) => (want.prefix ? stem.startsWith(want.stem) : stem === want.stem);

/** One term of one concept, keyed in the lexicon index by its first stem. */
export interface LexiconTerm {
  readonly concept: string;
  readonly id: number;
  readonly stems: readonly StemPattern[];
  /** A term that holds its own negation ("not have to") is never negated by the words before it. */
  readonly selfNegating: boolean;
}

/** Terms by their first stem; terms starting with a "word*" prefix are kept apart. */
export interface TermIndex {
  readonly exact: ReadonlyMap<string, readonly LexiconTerm[]>;
  readonly prefixed: readonly LexiconTerm[];
}

export interface LexiconIndex {
  /** A small number for each concept, so a unit can say which concepts it holds in a few bit words. */
  readonly ids: ReadonlyMap<string, number>;
  /** Each concept's terms as stem sequences. */
  readonly terms: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every term of the lexicon by its first stem. */
  readonly all: TermIndex;
  /** Each concept's own terms so, by concept id. */
  readonly byConcept: readonly TermIndex[];
}

function addTerm(index: { exact: Map<string, LexiconTerm[]>; prefixed: LexiconTerm[] }, term: LexiconTerm): void {
  const first = term.stems[0]!;
  if (first.prefix) index.prefixed.push(term);
  else {
    const list = index.exact.get(first.stem);
    if (list) list.push(term);
    else index.exact.set(first.stem, [term]);
  }
}

/** The lexicon's look-up tables, from its stems alone. */
export function buildLexiconIndex(stems: LexiconStems): LexiconIndex {
  const terms = new Map(Object.entries(stems));
  const ids = new Map([...terms.keys()].map((c, i) => [c, i]));
  const all = { exact: new Map<string, LexiconTerm[]>(), prefixed: [] as LexiconTerm[] };
  const byConcept: TermIndex[] = [];
  for (const [concept, sequences] of terms) {
    const id = ids.get(concept)!;
    const own = { exact: new Map<string, LexiconTerm[]>(), prefixed: [] as LexiconTerm[] };
    for (const sequence of sequences) {
      const term = { concept, id, stems: sequence.map(stemPattern), selfNegating: sequence.some((st) => NEGATORS.has(st)) };
      addTerm(all, term);
      addTerm(own, term);
    }
    byConcept[id] = own;
  }
  return { ids, terms, all, byConcept };
}
