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

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);
const SPACE = /\s/;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number) => c >= 97 && c <= 122;

/**
 * The next word or clause mark of the lower-cased text from `from`, as [start, end), or null: a word, a number or an
 * apostrophe form ("don't", "pupil's"), a clause mark (, ; : ( ) and dashes), or a hyphen between spaces. One
 * character-code scan: units are tokenised by the thousand, and a regex iterator costs an object per word.
 */
function nextToken(lower: string, from: number): [number, number] | null {
  const n = lower.length;
  for (let i = from; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      let end = i + 1;
      while (end < n && isWordChar(lower.charCodeAt(end))) end++;
      if (end + 1 < n && lower.charCodeAt(end) === 39 && isLetter(lower.charCodeAt(end + 1))) {
        end += 2;
        while (end < n && isLetter(lower.charCodeAt(end))) end++;
      }
      return [i, end];
    }
    if (CLAUSE_MARKS.has(lower[i]!)) return [i, i + 1];
    if (i + 2 < n && lower.charCodeAt(i + 1) === 45 && SPACE.test(lower[i]!) && SPACE.test(lower[i + 2]!)) return [i, i + 3];
  }
  return null;
}

/** Tokens of a text: stems in order, "n't" split off as its own "not" token so negation is one word everywhere. */
export function tokenize(text: string): Token[] {
  let lower = text.toLowerCase();
  if (/[\u2018\u2019\u02bc]/.test(lower)) lower = lower.replace(/[\u2018\u2019\u02bc]/g, "'");
  const out: Token[] = [];
  let clause = 0;
  for (let span = nextToken(lower, 0); span; span = nextToken(lower, span[1])) {
    const start = span[0];
    if (span[1] - start === 1 && CLAUSE_MARKS.has(lower[start]!)) {
      clause++;
      continue;
    }
    const w = lower.slice(start, span[1]);
    if (w.trim() === '-') {
      clause++;
      continue;
    }
    if (CLAUSE_WORDS.has(w)) clause++;
    if (w === 'cannot') {
      out.push({ stem: 'can', clause, start }, { stem: 'not', clause, start });
      continue;
    }
    if (w.endsWith("n't")) {
      const head = w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3);
      out.push({ stem: stemOf(head), clause, start });
      out.push({ stem: 'not', clause, start });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !prev.stem.includes('_') && COMPOUNDS[prev.stem]?.includes(w) && prev.clause === clause) {
      out[out.length - 1] = { ...prev, stem: `${prev.stem}_${stemOf(w)}` };
      continue;
    }
    out.push({ stem: stemOf(w), clause, start });
  }
  return out;
}

/** Stems of a phrase written in the lexicon ("pass on to" -> ["pass", "on", "to"]); "word*" stays a prefix to match. */
export function phraseStems(phrase: string): string[] {
  if (!phrase.includes('*')) return tokenize(phrase).map((t) => t.stem);
  return phrase.split(/\s+/).flatMap((w) => (w.endsWith('*') ? [w.toLowerCase()] : tokenize(w).map((t) => t.stem)));
}
