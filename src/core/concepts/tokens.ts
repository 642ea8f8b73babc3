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
// "protect", a "data collection" (a census return) is not "collect", a "data subject" is not a subject, and "child
// protection" (safeguarding) is not keeping data secure.
const COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['data', new Set(['protection', 'collection', 'collections', 'subject', 'subjects', 'controller', 'processor'])],
  ['child', new Set(['protection'])],
  ['protect', new Set(['of', 'freedoms'])],
]);

// Porter merges these with words of another meaning ("information" with "inform"); they keep a stem of their own.
// "us" (the pronoun) and "use" both stem to "us" under Porter. "optional" is not "options" (GCSE options, options after
// Year 11). "Safeguarding" children is not a transfer's "safeguards".
// A Map, not an object: page words such as "constructor" must never reach an object's inherited properties.
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['information', 'information'],
  ['informational', 'information'],
  ['us', 'us-pronoun'],
  ['optional', 'optional'],
  ['optionally', 'optional'],
  // Keeping children safe, not a transfer's safeguards: "agencies with safeguarding responsibilities".
  ['safeguarding', 'safeguarding'],
]);

const stemCache = new Map<string, string>();

// Letters with an accent read as the plain letter, one character for one so offsets stay true: Welsh to bach and
// acen grom ("hŵn", "caniatâd", "categorïau") must not split a word in two.
const ACCENTED = /[\u00c0-\u00ff\u0174-\u0177\u1e80-\u1e85\u1ef2\u1ef3]/g;
const foldAccent = (c: string) => c.normalize('NFD')[0] ?? c;
const NON_ASCII = /[^\x00-\x7f]/;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** Text with accented letters read as plain ones, character for character ("caniatâd" -> "caniatad"). */
export function foldAccents(text: string): string {
  return NON_ASCII.test(text) ? text.replace(ACCENTED, foldAccent) : text;
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

// , ; : ( ) and the en and em dashes, by character code.
const isClauseMark = (c: number) => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
const SPACE = /\s/;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number) => c >= 97 && c <= 122;

/** A text as the tokenizer reads it: lower case, curly apostrophes straight, accents folded (offsets unchanged). */
export function tokenText(text: string): string {
  return tokenTextOfLower(withSendAcronym(text).toLowerCase());
}

const SEND_ACRONYM = /\bSEND\b/g;
/** How far either side of "SEND" a lower-case letter shows the text is not written in capitals. */
const CAPITALS_REACH = 24;

/**
 * "SEND" (special educational needs and disabilities) is not the verb: "the SEND team", "SEND support" pass nothing on.
 * In text not written in capitals it reads as "SEN", the acronym's older form, one character for one ("SEND" becomes
 * "SEN" and a mark that is no word), so offsets stay true. A capitals heading ("HOW TO SEND US A REQUEST") keeps its verb.
 */
export function withSendAcronym(text: string): string {
  if (!text.includes('SEND')) return text;
  return text.replace(SEND_ACRONYM, (word, at: number) =>
    /[a-z]/.test(text.slice(Math.max(0, at - CAPITALS_REACH), at + word.length + CAPITALS_REACH)) ? 'SEN\u0000' : word,
  );
}

/** Stems a lower-cased word may also be read as when written in capitals (see withSendAcronym). */
export const CAPITALS_READINGS: ReadonlyMap<string, string> = new Map([['send', 'sen']]);

/** tokenText of a text already lower-cased (plain ASCII, most text, comes back as it is). */
export function tokenTextOfLower(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  return foldAccents(lower.replace(CURLY_APOSTROPHES, "'"));
}

/**
 * Where the word starting at `start` of a token text ends: letters and digits, then an apostrophe form ("don't",
 * "pupil's"). `start` must hold a letter or digit.
 */
export function wordEnd(lower: string, start: number): number {
  const n = lower.length;
  let end = start + 1;
  while (end < n && isWordChar(lower.charCodeAt(end))) end++;
  if (end + 1 < n && lower.charCodeAt(end) === 39 && isLetter(lower.charCodeAt(end + 1))) {
    end += 2;
    while (end < n && isLetter(lower.charCodeAt(end))) end++;
  }
  return end;
}

/** Whether a character of a token text starts or continues a word. */
export const isWordCode = isWordChar;

/** What one written word gives the tokenizer, whatever the words around it (memoised: a notice repeats its words). */
export interface WordReading {
  /** Its tokens' stems: one, or two for "don't" ("do" "not"), "cannot" and Welsh clitics ("data'r" -> "data" "r"). */
  readonly stems: readonly string[];
  /** Each token's offset from the word's start. */
  readonly offsets: readonly number[];
  /** "but", "however" and the like start a new clause. */
  readonly startsClause: boolean;
}

const wordCache = new Map<string, WordReading>();

function readWordUncached(w: string): WordReading {
  const apostrophe = w.indexOf("'");
  if (apostrophe > 0 && WELSH_CLITICS.has(w.slice(apostrophe + 1)))
    return { stems: [stemOf(w.slice(0, apostrophe)), w.slice(apostrophe + 1)], offsets: [0, apostrophe + 1], startsClause: false };
  const startsClause = CLAUSE_WORDS.has(w);
  if (w === 'cannot') return { stems: ['can', 'not'], offsets: [0, 0], startsClause };
  if (w.endsWith("n't"))
    return { stems: [stemOf(w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3)), 'not'], offsets: [0, 0], startsClause };
  return { stems: [stemOf(w)], offsets: [0], startsClause };
}

/** How the tokenizer reads one lower-case word (see WordReading). */
export function readWord(w: string): WordReading {
  let reading = wordCache.get(w);
  if (reading === undefined) {
    reading = readWordUncached(w);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(w, reading);
  }
  return reading;
}

const SEMICOLON = 59;

/** A TokenRun's arrays, filled in order. */
function pushToken(run: TokenRun, stem: string, clause: number, start: number): void {
  run.stems.push(stem);
  run.clauses.push(clause);
  run.starts.push(start);
}

/** A text's tokens as parallel arrays (units are tokenised by the thousand: one object per word would be garbage). */
export interface TokenRun {
  readonly stems: string[];
  readonly clauses: number[];
  readonly starts: number[];
  /** Token indexes that follow a semicolon: where one list item or independent statement gives way to the next. */
  readonly breaks: number[];
}

/**
 * Tokens of a text: stems in order, "n't" split off as its own "not" token so negation is one word everywhere. A token
 * is a word, a number or an apostrophe form ("don't", "pupil's"); clause marks (, ; : ( ) dashes, a hyphen between
 * spaces) only advance the clause. Read by one character-code scan.
 */
export function tokenRun(text: string): TokenRun {
  const lower = tokenText(text);
  const run: TokenRun = { stems: [], clauses: [], starts: [], breaks: [] };
  const { stems, clauses } = run;
  const n = lower.length;
  let clause = 0;
  let i = 0;
  let pathStart = -1;
  let pathEnd = -1;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      if (isClauseMark(c)) {
        clause++;
        if (c === SEMICOLON) run.breaks.push(stems.length);
        i++;
      } else if (i + 2 < n && lower.charCodeAt(i + 1) === 45 && SPACE.test(lower[i]!) && SPACE.test(lower[i + 2]!)) {
        clause++;
        i += 3;
      } else i++;
      continue;
    }
    // A web address's path is no prose: "how-we-collect-and-share" in "https://www.gov.uk/data-protection-how-we-collect-
    // and-share-research-data" says nothing of what this notice does. Its host ("llyw.cymru", "ico.org.uk") is read.
    if (i < pathEnd && i >= pathStart) {
      i = pathEnd;
      continue;
    }
    if (startsWebAddress(lower, i)) [pathStart, pathEnd] = webAddressPath(lower, i);
    const start = i;
    i = wordEnd(lower, start);
    const w = lower.slice(start, i);
    const reading = readWord(w);
    if (reading.startsClause) clause++;
    if (reading.stems.length > 1) {
      for (let k = 0; k < reading.stems.length; k++) pushToken(run, reading.stems[k]!, clause, start + reading.offsets[k]!);
      continue;
    }
    const last = stems.length - 1;
    // A compound's first word is a stem without "_" of its own: looked up only when the word before is in this clause.
    if (last >= 0 && clauses[last] === clause && COMPOUNDS.get(stems[last]!)?.has(w)) {
      stems[last] = `${stems[last]!}_${reading.stems[0]!}`;
      continue;
    }
    pushToken(run, reading.stems[0]!, clause, start);
  }
  return run;
}

/** Whether a web address ("http://", "https://", "www.") starts at `i` of a lower-cased text. */
function startsWebAddress(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  if (c === 104) return lower.startsWith('http://', i) || lower.startsWith('https://', i);
  return c === 119 && lower.startsWith('www.', i);
}

/** Where the path of the web address starting at `start` runs: from the "/" after its host to the next space. */
function webAddressPath(lower: string, start: number): [number, number] {
  const scheme = lower.indexOf('://', start);
  const host = scheme >= 0 && scheme - start <= 5 ? scheme + 3 : start;
  let end = host;
  let slash = -1;
  // One pass to the next space: a search for "/" past it would rescan the text for every address without a path.
  while (end < lower.length && !SPACE.test(lower[end]!)) {
    if (slash < 0 && lower.charCodeAt(end) === 47) slash = end;
    end++;
  }
  return slash >= 0 ? [slash, end] : [-1, -1];
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
