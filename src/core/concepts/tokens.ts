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
const COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['data', new Set(['protection', 'collection', 'collections', 'subject', 'subjects', 'controller', 'processor'])],
  ['protect', new Set(['of', 'freedoms'])],
]);

// Porter merges these with words of another meaning ("information" with "inform"); they keep a stem of their own.
// "us" (the pronoun) and "use" both stem to "us" under Porter.
// A Map, not an object: page words such as "constructor" must never reach an object's inherited properties.
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['information', 'information'],
  ['informational', 'information'],
  ['us', 'us-pronoun'],
]);

const stemCache = new Map<string, string>();

// Letters with an accent read as the plain letter, one character for one so offsets stay true: Welsh to bach and
// acen grom ("hŵn", "caniatâd", "categorïau") must not split a word in two.
const ACCENTED = /[\u00c0-\u00ff\u0174-\u0177\u1e80-\u1e85\u1ef2\u1ef3]/g;
const foldAccent = (c: string) => c.normalize('NFD')[0] ?? c;

/** Text with accented letters read as plain ones, character for character ("caniatâd" -> "caniatad"). */
export function foldAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.replace(ACCENTED, foldAccent) : text;
}

// Welsh clitics after an apostrophe ("data'r", "i'w", "a'u", "gyda'ch") are words of their own, so the word before
// them keeps its own stem. English apostrophe forms ("pupil's", "don't", "we're") are not among them.
const WELSH_CLITICS = new Set(['r', 'n', 'w', 'u', 'i', 'th', 'ch', 'm']);

/** Porter stem of one lower-case word, memoised (a notice has a few thousand distinct words). */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // "don't" -> "do" + a negation mark is handled by the tokenizer; here only possessives are trimmed.
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("s'") ? word.slice(0, -1) : word;
    s = OWN_STEMS.get(bare) ?? stemmer(bare);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);
const SPACE = /\s/;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number) => c >= 97 && c <= 122;

/** A text's tokens as parallel arrays (units are tokenised by the thousand: one object per word would be garbage). */
export interface TokenRun {
  readonly stems: string[];
  readonly clauses: number[];
  readonly starts: number[];
}

/**
 * Tokens of a text: stems in order, "n't" split off as its own "not" token so negation is one word everywhere. A token
 * is a word, a number or an apostrophe form ("don't", "pupil's"); clause marks (, ; : ( ) dashes, a hyphen between
 * spaces) only advance the clause. Read by one character-code scan.
 */
export function tokenRun(text: string): TokenRun {
  let lower = text.toLowerCase();
  if (/[\u2018\u2019\u02bc]/.test(lower)) lower = lower.replace(/[\u2018\u2019\u02bc]/g, "'");
  lower = foldAccents(lower);
  const stems: string[] = [];
  const clauses: number[] = [];
  const starts: number[] = [];
  const push = (stem: string, clause: number, start: number) => {
    stems.push(stem);
    clauses.push(clause);
    starts.push(start);
  };
  const n = lower.length;
  let clause = 0;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      if (CLAUSE_MARKS.has(lower[i]!)) {
        clause++;
        i++;
      } else if (i + 2 < n && lower.charCodeAt(i + 1) === 45 && SPACE.test(lower[i]!) && SPACE.test(lower[i + 2]!)) {
        clause++;
        i += 3;
      } else i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    while (end < n && isWordChar(lower.charCodeAt(end))) end++;
    if (end + 1 < n && lower.charCodeAt(end) === 39 && isLetter(lower.charCodeAt(end + 1))) {
      end += 2;
      while (end < n && isLetter(lower.charCodeAt(end))) end++;
    }
    i = end;
    let w = lower.slice(start, end);
    const apostrophe = w.indexOf("'");
    if (apostrophe > 0 && WELSH_CLITICS.has(w.slice(apostrophe + 1))) {
      push(stemOf(w.slice(0, apostrophe)), clause, start);
      w = w.slice(apostrophe + 1);
      push(w, clause, start + apostrophe + 1);
      continue;
    }
    if (CLAUSE_WORDS.has(w)) clause++;
    if (w === 'cannot') {
      push('can', clause, start);
      push('not', clause, start);
      continue;
    }
    if (w.endsWith("n't")) {
      push(stemOf(w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3)), clause, start);
      push('not', clause, start);
      continue;
    }
    const last = stems.length - 1;
    // A compound's first word is a stem without "_" of its own: looked up only when the word before is in this clause.
    if (last >= 0 && clauses[last] === clause && COMPOUNDS.get(stems[last]!)?.has(w)) {
      const prev = stems[last]!;
      stems[last] = `${prev}_${stemOf(w)}`;
      continue;
    }
    push(stemOf(w), clause, start);
  }
  return { stems, clauses, starts };
}

/** Tokens of a text as objects (see tokenRun). */
export function tokenize(text: string): Token[] {
  const { stems, clauses, starts } = tokenRun(text);
  return stems.map((stem, k) => ({ stem, clause: clauses[k]!, start: starts[k]! }));
}

/** Stems of a phrase written in the lexicon ("pass on to" -> ["pass", "on", "to"]); "word*" stays a prefix to match. */
export function phraseStems(phrase: string): string[] {
  if (!phrase.includes('*')) return tokenize(phrase).map((t) => t.stem);
  return phrase.split(/\s+/).flatMap((w) => (w.endsWith('*') ? [w.toLowerCase()] : tokenize(w).map((t) => t.stem)));
}
