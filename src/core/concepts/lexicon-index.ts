// The concept lexicons as the matcher reads them: each concept's phrases as stem sequences, and every term by its first
// stem. Two pure steps, so the costly one (stemming every phrase) can be done once, ahead of time or on first use.
import { foldAccents, phraseStems } from './tokens';
import { mutatedForms } from './welsh-mutations';

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

/** A Welsh phrase as the phrases it may be written as: its first word in each mutated form ("=word" never mutates). */
function welshSpellings(phrase: string): string[] {
  if (phrase.startsWith('=')) return [foldAccents(phrase.slice(1))];
  const [first, ...rest] = foldAccents(phrase).split(' ');
  return mutatedForms(first!).map((f) => [f, ...rest].join(' '));
}

/** Stem every phrase of both lexicons, English concepts first (a concept in both reads as English). */
export function lexiconStems(
  english: Readonly<Record<string, readonly string[]>>,
  welsh: Readonly<Record<string, readonly string[]>>,
): LexiconStems {
  const out: Record<string, string[][]> = {};
  const add = (concept: string, phrases: readonly string[]) => {
    out[concept] = phrases.map(phraseStems).filter((t) => t.length > 0);
  };
  for (const [concept, phrases] of Object.entries(english)) add(concept, phrases);
  for (const [concept, phrases] of Object.entries(welsh))
    if (!Object.hasOwn(english, concept)) add(concept, phrases.flatMap(welshSpellings));
  return out;
}

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
