// Words of a sentence as stems (Porter, via the `stemmer` package), with the clause and negation marks the concept matcher needs.
import { stemmer } from 'stemmer';

export interface Token {
  /** Porter stem of the lower-cased word ("shared" -> "share", "authorities" -> "author"). */
  readonly stem: string;
  /** Clause number within the unit: commas, semicolons, colons, dashes and "but"/"however" start a new clause. */
  readonly clause: number;
  /** Start offset of the word in the unit's text (for quoting). */
  readonly start: number;
}

// A word, a number, or an apostrophe form ("don't", "pupil's"); curly apostrophes are folded first.
const WORD = /[a-z0-9]+(?:'[a-z]+)?|[,;:()\u2013\u2014]|\s-\s/g;
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'unless', 'except']);

// Terms of art read as one word, so their parts do not count as meanings of their own: "data protection" is not
// "protect", a "data collection" (a census return) is not "collect", a "data subject" is not a subject.
const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  data: ['protection', 'collection', 'collections', 'subject', 'subjects', 'controller', 'processor'],
  protect: ['of', 'freedoms'],
};

// Porter merges these with words of another meaning ("information" with "inform"); they keep a stem of their own.
// "us" (the pronoun) and "use" both stem to "us" under Porter.
const OWN_STEMS: Readonly<Record<string, string>> = { information: 'information', informational: 'information', us: 'us-pronoun' };

const stemCache = new Map<string, string>();

/** Porter stem of one lower-case word, memoised (a notice has a few thousand distinct words). */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // "don't" -> "do" + a negation mark is handled by the tokenizer; here only possessives are trimmed.
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("s'") ? word.slice(0, -1) : word;
    s = OWN_STEMS[bare] ?? stemmer(bare);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Tokens of a text: stems in order, "n't" split off as its own "not" token so negation is one word everywhere. */
export function tokenize(text: string): Token[] {
  const lower = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  const out: Token[] = [];
  let clause = 0;
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    if (w.length === 1 && ',;:()\u2013\u2014'.includes(w)) {
      clause++;
      continue;
    }
    if (w.trim() === '-') {
      clause++;
      continue;
    }
    if (CLAUSE_WORDS.has(w)) clause++;
    if (w === 'cannot') {
      out.push({ stem: 'can', clause, start: m.index! }, { stem: 'not', clause, start: m.index! });
      continue;
    }
    if (w.endsWith("n't")) {
      const head = w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3);
      out.push({ stem: stemOf(head), clause, start: m.index! });
      out.push({ stem: 'not', clause, start: m.index! });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !prev.stem.includes('_') && COMPOUNDS[prev.stem]?.includes(w) && prev.clause === clause) {
      out[out.length - 1] = { ...prev, stem: `${prev.stem}_${stemOf(w)}` };
      continue;
    }
    out.push({ stem: stemOf(w), clause, start: m.index! });
  }
  return out;
}

/** Stems of a phrase written in the lexicon ("pass on to" -> ["pass", "on", "to"]); "word*" stays a prefix to match. */
export function phraseStems(phrase: string): string[] {
  if (!phrase.includes('*')) return tokenize(phrase).map((t) => t.stem);
  return phrase.split(/\s+/).flatMap((w) => (w.endsWith('*') ? [w.toLowerCase()] : tokenize(w).map((t) => t.stem)));
}
