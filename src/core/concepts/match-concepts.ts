// Concept matching: does one sentence (or one lead-in with its list, or one table row with its headers) say a thing,
// whatever the wording? A rule names concepts (synonym sets over stems) that must co-occur, un-negated, in one unit.
import type { Block, NoticeDocument, Section } from '../notice/types';
import { blockSentences, isOneSentenceParagraph, type NoticeText } from '../analysis/notice-text';
import { isTemplateInstruction } from '../analysis/template-instruction';
import { REFERS_BACK } from '../analysis/refers-back';
import { isLeadIn, leadInBefore, listAfterLeadIn } from '../notice/list-structure';
import { glossaryBlocks } from '../notice/glossary';
import type { Evidence } from '../report';
import { tokenRun, type TokenRun } from './tokens';
import { lexiconTermStems } from './concept-terms';
import {
  buildLexiconIndex,
  NEGATORS,
  stemMatches,
  type LexiconIndex,
  type LexiconTerm,
  type StemPattern,
  type TermIndex,
} from './lexicon-index';
import { indexStems, type BlockSet, type StemIndex } from './stem-index';
import { SHADOWED_BY, SHADOWED_OUTSIDE_ROWS_BY } from './shadowed-concepts';
import type { ConceptRule } from '../schema/concept-rules';

export type { ConceptRule };

export interface ConceptHit {
  text: string;
  where: string;
  block: number;
}

interface Unit {
  text: string;
  where: string;
  block: number;
  /** Last block the unit reads (a lead-in's list, a section's opening). */
  lastBlock: number;
  inNpd: boolean;
  /** Running text (not a list item, table row or a lead-in joined to its list). */
  prose: boolean;
  /** A list item that is a whole sentence in a list no lead-in introduces: it states as running text does. */
  standalone: boolean;
  /**
   * A list item that is a whole sentence of its own answering the question heading above it ("Do you have to give it?" /
   * "- Much of this we have to collect by law."): running text set out as a bullet.
   */
  answer: boolean;
  /** A lead-in joined to its list, or a heading joined to the start of its section. */
  structure: boolean;
  /** A heading joined to the start of its section: read only by rules that ask for structure. */
  section: boolean;
  /** A heading's own text: it names a topic, and states nothing on its own. */
  heading: boolean;
  /** A table row, read with its column headers. */
  tableRow: boolean;
  /** A list's lead-in read with one of its items: read only by rules that ask for it. */
  leadInItem: boolean;
  /** For a sentence that refers back ("It has ...", "The database is ..."), the sentence before it in its paragraph. */
  readonly antecedent: Unit | null;
  readonly tokens: TokenRun;
  /**
   * Per-unit memo: which concepts were looked for and which occur at all (a bit per concept id in each), and every
   * concept's occurrences.
   */
  readonly cache: { asked?: number[]; present?: number[]; occurrences?: Map<string, Occurrence[]> };
}

/** Where a unit stands and what kind of reading it is: all of a unit but its text, tokens and memo. */
type UnitPlace = Pick<
  Unit,
  | 'where'
  | 'block'
  | 'lastBlock'
  | 'inNpd'
  | 'prose'
  | 'standalone'
  | 'answer'
  | 'structure'
  | 'section'
  | 'heading'
  | 'tableRow'
  | 'leadInItem'
>;

/**
 * Where a unit that joins blocks stands (a lead-in with its list, a heading with its section's start, a sentence pair):
 * read only by rules that ask for structure. One object shape for every such unit, made by one function, so building a
 * long notice's tens of thousands of them stays on V8's fast path.
 */
function joinedPlace(where: string, block: number, lastBlock: number, inNpd: boolean, section: boolean, leadInItem = false): UnitPlace {
  return {
    where,
    block,
    lastBlock,
    inNpd,
    prose: false,
    standalone: false,
    answer: false,
    structure: true,
    section,
    heading: false,
    tableRow: false,
    leadInItem,
  };
}

/**
 * A unit whose tokens are made on first use, and whose text too when it joins several blocks (a lead-in's list, a
 * section's opening): most units are never reached by any rule's candidates, so their joins would only be garbage.
 */
class LazyUnit implements Unit {
  #tokens: TokenRun | undefined;
  #text: string | (() => string);
  readonly cache: Unit['cache'] = {};
  readonly where: string;
  readonly block: number;
  readonly lastBlock: number;
  readonly inNpd: boolean;
  readonly prose: boolean;
  readonly standalone: boolean;
  readonly answer: boolean;
  readonly structure: boolean;
  readonly section: boolean;
  readonly heading: boolean;
  readonly tableRow: boolean;
  readonly leadInItem: boolean;
  antecedent: Unit | null = null;
  constructor(text: string | (() => string), place: UnitPlace) {
    this.#text = text;
    this.where = place.where;
    this.block = place.block;
    this.lastBlock = place.lastBlock;
    this.inNpd = place.inNpd;
    this.prose = place.prose;
    this.standalone = place.standalone;
    this.answer = place.answer;
    this.structure = place.structure;
    this.section = place.section;
    this.heading = place.heading;
    this.tableRow = place.tableRow;
    this.leadInItem = place.leadInItem;
  }
  get text(): string {
    if (typeof this.#text !== 'string') this.#text = this.#text();
    return this.#text;
  }
  get tokens(): TokenRun {
    return (this.#tokens ??= tokenRun(this.text));
  }
}

// A concept said in the negative is its opposite: "nobody has to answer" is optional, "not compulsory" likewise.
const NEGATION_OF: Readonly<Record<string, string>> = { optional: 'compulsory' };
const NEGATION_REACH = 4;
const ORDER_REACH = 10;
const MAX_QUOTE = 320;
/** Sentences of a section's first paragraph read with its heading. */
const OPENING_SENTENCES = 3;
/** How many sentences past those a contrast that finishes the answer may come. */
const CONTRAST_REACH = 2;
/** Items of a section's opening list read with its heading (enough for any real list's point). */
const SECTION_LIST_ITEMS = 12;
/**
 * A sentence that opens by contrasting with the one before finishes its statement ("Other things are up to you"), or by
 * picking out what the one before did not mark ("Everything without a star is up to you") or the optional ones it marked
 * ("Anything marked 'optional' is your choice").
 */
const CONTRAST_OPENER =
  /^\s*(?:other|others|the others?|all (?:the )?others?|the rest|but|however|a few|anything else|everything else|whereas|on the other hand|where (?:you have|there is) a choice|(?:everything|anything|any (?:question|box|field)s?|(?:the )?(?:questions|boxes|fields|items))\s+(?:without|not (?:marked|starred|shown))|(?:anything|everything|any (?:question|box|field)s?|(?:questions|boxes|fields|items))\s+(?:marked|labelled|labeled|shown|flagged)\s+(?:as\s+)?["'\u2018\u201c]?(?:optional|voluntary)\b|if (?:a|an|any) (?:question|box|field|answer)s? (?:is not|isn't|isn\u2019t|are not|aren't|aren\u2019t) (?:marked|starred|shown)|(?:unmarked|unstarred)\b)\b/i;
/**
 * A sentence that picks out one of what the sentence before named: "We will say which of these it is", "... which is
 * which", "When we ask, we will tell you which it is".
 */
const WHICH_OF_THOSE = /\bwhich (?:of (?:these|those|the two|them)|is which|(?:one )?it is|applies)\b/i;

/** The lexicons' index, built on first use (or by prepareLexiconIndex) and kept: it depends on the lexicons alone. */
let lexicon: LexiconIndex | undefined;
function lexiconIndex(): LexiconIndex {
  return (lexicon ??= buildLexiconIndex(lexiconTermStems()));
}

/** Build the lexicon's index now rather than at the first sentence read. */
export function prepareLexiconIndex(): void {
  lexiconIndex();
}

function conceptId(concept: string): number {
  const id = lexiconIndex().ids.get(concept);
  if (id === undefined) throw new Error(`unknown concept "${concept}"`);
  return id;
}

/** A concept's terms as stem sequences. */
function termsOf(concept: string): readonly (readonly string[])[] {
  const terms = lexiconIndex().terms.get(concept);
  if (!terms) throw new Error(`unknown concept "${concept}"`);
  return terms;
}

/** Every concept in the lexicons compiles (called by the checklist test so a typo fails there, not in an audit). */
export function compileLexicon(): number {
  let n = 0;
  for (const terms of lexiconIndex().terms.values()) n += terms.length;
  return n;
}

/** Positions in `tokens` where `concept` starts, with whether each is negated and the index just past it. */
interface Occurrence {
  at: number;
  end: number;
  negated: boolean;
}

const NO_OCCURRENCES: readonly Occurrence[] = [];

/** The terms a token with this stem may start (memoised: a notice has a few thousand distinct stems). */
const termsByStem = new Map<string, readonly LexiconTerm[]>();
function termsStartingAt(stem: string): readonly LexiconTerm[] {
  let terms = termsByStem.get(stem);
  if (!terms) {
    const { exact, prefixed } = lexiconIndex().all;
    const starting = prefixed.filter((t) => stemMatches(stem, t.stems[0]!));
    terms = starting.length ? [...(exact.get(stem) ?? []), ...starting] : (exact.get(stem) ?? []);
    if (termsByStem.size > 50_000) termsByStem.clear();
    termsByStem.set(stem, terms);
  }
  return terms;
}

/** Whether the term starting at token `i` matches there (its first stem already does). */
function termMatchesAt(tokenStems: readonly string[], i: number, stems: readonly StemPattern[]): boolean {
  if (i + stems.length > tokenStems.length) return false;
  for (let k = 1; k < stems.length; k++) if (!stemMatches(tokenStems[i + k]!, stems[k]!)) return false;
  return true;
}

/** Bit words a unit needs to say which concepts it holds. */
const presentWords = () => Math.ceil(lexiconIndex().ids.size / 32);

/**
 * Whether a concept occurs in a unit at all (negated or not): one pass over its tokens looking up that concept's terms
 * alone, remembered per unit as a bit by concept id. Most units a rule visits lack one of its concepts, so they are
 * turned away after a look for one or two concepts, without the occurrences.
 */
function holdsConcept(unit: Unit, id: number): boolean {
  const word = id >> 5;
  const bit = 1 << (id & 31);
  const asked = (unit.cache.asked ??= new Array<number>(presentWords()).fill(0));
  const present = (unit.cache.present ??= new Array<number>(presentWords()).fill(0));
  if (!(asked[word]! & bit)) {
    asked[word]! |= bit;
    const shadowed = shadowedIds().get(id);
    // A shadowed concept's own words come first: only where they occur is the pass for every concept's occurrences
    // (which shadowing reads) worth making.
    const holds = occursIn(unit.tokens, lexiconIndex().byConcept[id]!) && (!shadowed || occurrencesByConcept(unit).has(shadowed));
    if (holds) present[word]! |= bit;
  }
  return (present[word]! & bit) !== 0;
}

/** For each shadowed concept, what shadows it in a row and elsewhere (made once: every unit's occurrences read them). */
const SHADOWS_IN_ROW = new Map(Object.entries(SHADOWED_BY));
const SHADOWS_ELSEWHERE = new Map(
  [...new Set([...Object.keys(SHADOWED_BY), ...Object.keys(SHADOWED_OUTSIDE_ROWS_BY)])].map((concept) => [
    concept,
    [...(SHADOWED_BY[concept] ?? []), ...(SHADOWED_OUTSIDE_ROWS_BY[concept] ?? [])],
  ]),
);
const SHADOWED_CONCEPTS = [...SHADOWS_ELSEWHERE.keys()];

/** The ids of concepts some other concept may shadow, with their names (presence then needs the occurrences). */
let shadowedById: Map<number, string> | undefined;
function shadowedIds(): Map<number, string> {
  return (shadowedById ??= new Map(SHADOWED_CONCEPTS.map((concept) => [conceptId(concept), concept])));
}

/** A table row or list item read on its own (not running text, a heading or a lead-in with its list). */
const isRow = (unit: Unit): boolean => !unit.prose && !unit.structure;

/** Drops each shadowed concept's occurrences that lie within an occurrence of a concept shadowing it. */
function dropShadowed(byConcept: Map<string, Occurrence[]>, inRow: boolean): void {
  for (const [concept, shadows] of inRow ? SHADOWS_IN_ROW : SHADOWS_ELSEWHERE) {
    const own = byConcept.get(concept);
    if (!own) continue;
    const covers = shadows.flatMap((s) => byConcept.get(s) ?? []);
    if (!covers.length) continue;
    const kept = own.filter((o) => !covers.some((c) => c.at <= o.at && o.end <= c.end));
    if (kept.length) byConcept.set(concept, kept);
    else byConcept.delete(concept);
  }
}

/** Whether any of the terms starts at some token and matches there. */
function occursIn(tokens: TokenRun, terms: TermIndex): boolean {
  const tokenStems = tokens.stems;
  for (let i = 0; i < tokenStems.length; i++) {
    const stem = tokenStems[i]!;
    for (const term of terms.exact.get(stem) ?? NO_TERMS)
      if (termMatchesAt(tokenStems, i, term.stems) && !spansBreak(tokens, i, term.stems.length)) return true;
    for (const term of terms.prefixed)
      if (stemMatches(stem, term.stems[0]!) && termMatchesAt(tokenStems, i, term.stems) && !spansBreak(tokens, i, term.stems.length))
        return true;
  }
  return false;
}

/**
 * Whether a term of `length` words starting at token `i` runs across a semicolon: "dietary requirements; safeguarding
 * notes" are two list items, not "requirements ... safeguards". A one-word term never does.
 */
function spansBreak(tokens: TokenRun, i: number, length: number): boolean {
  if (length < 2) return false;
  for (const b of tokens.breaks) if (b > i && b < i + length) return true;
  return false;
}

const NO_TERMS: readonly LexiconTerm[] = [];

/**
 * Every concept's occurrences in a unit, from one pass over its tokens (made once per unit): each token is looked up
 * once in the lexicon index instead of every concept sliding each of its terms along the unit.
 */
function occurrencesByConcept(unit: Unit): Map<string, Occurrence[]> {
  let byConcept = unit.cache.occurrences;
  if (!byConcept) {
    byConcept = new Map();
    const tokens = unit.tokens;
    const tokenStems = tokens.stems;
    for (let i = 0; i < tokenStems.length; i++) {
      const candidates = termsStartingAt(tokenStems[i]!);
      if (candidates.length === 0) continue;
      let negatedHere: boolean | undefined;
      for (const term of candidates) {
        const { stems } = term;
        if (!termMatchesAt(tokenStems, i, stems) || spansBreak(tokens, i, stems.length)) continue;
        let negated = false;
        if (!term.selfNegating) negated = negatedHere ??= isNegatedAt(tokens, i);
        const occurrence = { at: i, end: i + stems.length, negated };
        const list = byConcept.get(term.concept);
        if (list) list.push(occurrence);
        else byConcept.set(term.concept, [occurrence]);
      }
    }
    dropShadowed(byConcept, isRow(unit));
    unit.cache.occurrences = byConcept;
  }
  return byConcept;
}

/** A negator within NEGATION_REACH words before token `i`, in its clause. */
function isNegatedAt(tokens: TokenRun, i: number): boolean {
  const clause = tokens.clauses[i]!;
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_REACH && tokens.clauses[j] === clause; j--) {
    if (NEGATORS.has(tokens.stems[j]!)) return true;
  }
  return false;
}

/** Positions in a unit where `concept` starts, with whether each is negated and the index just past it. */
function occurrences(unit: Unit, concept: string): readonly Occurrence[] {
  return occurrencesByConcept(unit).get(concept) ?? NO_OCCURRENCES;
}

/** A rule's concept sets, made once per rule rather than on every unit it is tried on. */
interface CompiledRule {
  negatable: ReadonlySet<string>;
  negated: ReadonlySet<string>;
  required: readonly string[];
  /** For each required concept, the ids whose presence it needs (itself, or the opposite it may be read from). */
  requiredIds: readonly (readonly number[])[];
  /** The same for `any`: at least one of these must be present (null: the rule has no `any`). */
  anyIds: readonly number[] | null;
  noneIds: readonly number[];
  noneBeforeIds: readonly number[];
}
const compiledRules = new WeakMap<ConceptRule, CompiledRule>();
function compileRule(rule: ConceptRule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    const named = [...rule.all.flat(), ...(rule.any ?? []), ...(rule.none ?? [])];
    for (const concept of named) termsOf(concept);
    const negated = new Set(rule.negated ?? []);
    // A concept with an opposite may be present only as its negated opposite ("not compulsory" for optional).
    const idsFor = (concept: string): number[] => {
      const opposite = NEGATION_OF[concept];
      return opposite && !negated.has(concept) ? [conceptId(concept), conceptId(opposite)] : [conceptId(concept)];
    };
    const required = rule.all.flatMap((n) => (typeof n === 'string' ? [n] : n));
    compiled = {
      negatable: new Set(rule.negatable ?? []),
      negated,
      required,
      requiredIds: required.map(idsFor),
      anyIds: rule.any ? rule.any.flatMap(idsFor) : null,
      noneIds: (rule.none ?? []).map(conceptId),
      noneBeforeIds: (rule.noneBefore ?? []).map(conceptId),
    };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

/** The unit's structural kind fits the rule (checked before any word is read). */
function kindFits(unit: Unit, rule: ConceptRule): boolean {
  if ((rule.leadInItem === true) !== unit.leadInItem) return false;
  if (rule.prose && !(unit.prose || unit.answer)) return false;
  if (rule.statement && (!(unit.prose || unit.standalone || unit.answer) || unit.heading)) return false;
  if (rule.structure ? !unit.structure : unit.section) return false;
  if (rule.inList && (unit.prose || unit.structure)) return false;
  if (rule.inTable && !unit.tableRow) return false;
  return true;
}

/** Whether an occurrence counts for the rule: negated ones only where the rule asks for the negative or allows it. */
function counts(rule: CompiledRule, concept: string, o: Occurrence): boolean {
  return rule.negated.has(concept) ? o.negated : rule.negatable.has(concept) || !o.negated;
}

/** The occurrences of `concept` that count for the rule, with a negated opposite where the concept has one. */
function present(unit: Unit, rule: CompiledRule, concept: string): readonly Occurrence[] {
  const direct = occurrences(unit, concept).filter((o) => counts(rule, concept, o));
  const opposite = NEGATION_OF[concept];
  if (!opposite || rule.negated.has(concept)) return direct;
  // Only a duty about giving data: "nobody has to answer", "not required to provide" (not "not if we are required to by law").
  const provide = occurrences(unit, 'provideVerb');
  const derived = occurrences(unit, opposite).filter((o) => o.negated && provide.some((p) => p.at >= o.end && p.at - o.end <= 2));
  return derived.length ? [...direct, ...derived] : direct;
}

function isPresent(unit: Unit, rule: CompiledRule, concept: string): boolean {
  for (const o of occurrences(unit, concept)) if (counts(rule, concept, o)) return true;
  return NEGATION_OF[concept] !== undefined && !rule.negated.has(concept) && present(unit, rule, concept).length > 0;
}

function clauseAt(tokens: TokenRun, at: number): number {
  return tokens.clauses[Math.min(at, tokens.clauses.length - 1)]!;
}

/** A semicolon between two token positions: one list item's words do not run on into the next item's. */
function breakBetween(tokens: TokenRun, from: number, to: number): boolean {
  for (const b of tokens.breaks) if (b >= from && b <= to) return true;
  return false;
}

/**
 * In order: each concept starts after the previous one ends, within ORDER_REACH words (and in its clause if asked), with
 * no semicolon between them.
 */
function inOrder(unit: Unit, rule: CompiledRule, sequence: readonly string[], sameClause: boolean): boolean {
  const tokens = unit.tokens;
  let frontier = present(unit, rule, sequence[0]!).map((o) => ({ end: o.end, clause: clauseAt(tokens, o.at) }));
  for (let n = 1; n < sequence.length; n++) {
    if (frontier.length === 0) return false;
    const next: { end: number; clause: number }[] = [];
    for (const o of present(unit, rule, sequence[n]!)) {
      const clause = clauseAt(tokens, o.at);
      if (
        frontier.some(
          (f) => o.at >= f.end && o.at - f.end <= ORDER_REACH && (!sameClause || clause === f.clause) && !breakBetween(tokens, f.end, o.at),
        )
      )
        next.push({ end: o.end, clause });
    }
    frontier = next;
  }
  return frontier.length > 0;
}

/** A quick "no": some concept the rule needs is absent from the unit, or a veto is there (read from presence bits alone). */
function cannotSatisfy(unit: Unit, rule: CompiledRule): boolean {
  for (const ids of rule.requiredIds) if (!holdsAny(unit, ids)) return true;
  if (rule.anyIds && !holdsAny(unit, rule.anyIds)) return true;
  return holdsAny(unit, rule.noneIds);
}

function holdsAny(unit: Unit, ids: readonly number[]): boolean {
  for (const id of ids) if (holdsConcept(unit, id)) return true;
  return false;
}

function satisfies(unit: Unit, rule: ConceptRule, compiled: CompiledRule): boolean {
  if (cannotSatisfy(unit, compiled)) return false;
  for (const need of rule.all) {
    if (typeof need === 'string' ? !isPresent(unit, compiled, need) : !inOrder(unit, compiled, need, rule.sameClause === true))
      return false;
  }
  if (rule.any && !rule.any.some((c) => isPresent(unit, compiled, c))) return false;
  for (const veto of rule.none ?? []) if (occurrences(unit, veto).length > 0) return false;
  if (unit.antecedent && holdsAny(unit.antecedent, compiled.noneBeforeIds)) return false;
  return !rule.oneItem || withinOneItem(unit, rule, compiled);
}

/**
 * Whether one stretch between semicolon breaks (a list item, or the lead-in with the first item) holds an occurrence of
 * every concept the rule needs: of each ordered run its first concept, which `inOrder` keeps within the stretch.
 */
function withinOneItem(unit: Unit, rule: ConceptRule, compiled: CompiledRule): boolean {
  const breaks = unit.tokens.breaks;
  if (!breaks.length) return true;
  const bounds = [0, ...breaks, Infinity];
  for (let k = 0; k < bounds.length - 1; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!];
    const inItem = (concept: string) => present(unit, compiled, concept).some((o) => o.at >= from && o.at < to);
    if (rule.all.every((need) => inItem(typeof need === 'string' ? need : need[0]!)) && (!rule.any || rule.any.some(inItem))) return true;
  }
  return false;
}

function quote(text: string): string {
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '')}...`;
}

interface Layout {
  /** Every unit, in the order made. */
  all: readonly Unit[];
  byBlock: ReadonlyMap<number, readonly Unit[]>;
  spanning: readonly Unit[];
  /** Blocks of a glossary: units starting there are read by no rule. */
  glossary: ReadonlySet<number>;
}

function layoutOf(units: readonly Unit[], glossary: ReadonlySet<number>): Layout {
  const byBlock = new Map<number, Unit[]>();
  const spanning: Unit[] = [];
  for (const u of units) {
    if (u.structure || u.lastBlock !== u.block) spanning.push(u);
    else {
      const list = byBlock.get(u.block);
      if (list) list.push(u);
      else byBlock.set(u.block, [u]);
    }
  }
  // A stable sort: units starting at one block keep the order they were made in.
  return { all: units, byBlock, spanning: spanning.sort((a, b) => a.block - b.block), glossary };
}

/** Whether every set holds a block the unit reads. */
function inEvery(sets: readonly BlockSet[], u: Unit): boolean {
  for (const set of sets) {
    let held = false;
    for (let b = u.block; b <= u.lastBlock && !held; b++) held = set.has(b);
    if (!held) return false;
  }
  return true;
}

/**
 * The concept view of one notice: its units, tokenised only when a rule's candidates reach them. A concept's
 * candidates are looked up in an index of every block's stems, made once per notice (stem-index.ts).
 * Built once per audit and passed in the audit context.
 */
export class ConceptIndex {
  readonly #blockCandidates = new Map<string, BlockSet>();
  #stems: StemIndex | undefined;

  constructor(
    private readonly doc: NoticeDocument,
    private readonly text: NoticeText,
  ) {}

  /** Blocks that may hold the concept: for each of its terms, those holding the term's rarest stem. */
  #candidatesFor(concept: string): BlockSet {
    let set = this.#blockCandidates.get(concept);
    if (!set) {
      this.#stems ??= indexStems(this.text.blockLower);
      set = this.#stems.blocksHoldingAny(termsOf(concept));
      this.#blockCandidates.set(concept, set);
    }
    return set;
  }

  /**
   * Sentence units by block, and the units that span blocks or join them (lead-ins with their lists, section openings,
   * sentence pairs) ordered by their first block, each block's in the order they were made.
   */
  #layout(): Layout {
    return (this.#unitLayout ??= layoutOf(buildUnits(this.doc, this.text), glossaryBlocks(this.doc)));
  }
  #unitLayout: Layout | undefined;

  /** Units that satisfy `rule`, in document order, at most `max`. */
  find(rule: ConceptRule, max = 3): ConceptHit[] {
    const compiled = compileRule(rule);
    const sets = compiled.required.map((c) => this.#candidatesFor(c));
    // A required concept no block may hold: no unit can satisfy the rule, so no unit is visited (most rules of most
    // lifts, on a short notice or one silent on their subject).
    if (sets.some((set) => set.size === 0)) return [];
    const { all, byBlock, spanning, glossary } = this.#layout();
    const hits: ConceptHit[] = [];
    const seen = new Set<string>();
    /** Reads one unit; true once there are enough hits. */
    const visit = (u: Unit): boolean => {
      if ((u.inNpd && !rule.includeNpd) || glossary.has(u.block)) return false;
      if (!kindFits(u, rule)) return false;
      if (!inEvery(sets, u)) return false;
      if (!satisfies(u, rule, compiled)) return false;
      const key = `${u.where}|${u.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      hits.push({ text: u.text, where: u.where, block: u.block });
      return hits.length >= max;
    };
    if (sets.length === 0) {
      for (const u of all) if (visit(u)) break;
      return hits;
    }
    // Document order: each block's sentences, then the spanning units that start there. Only the sentences of the
    // rarest concept's candidate blocks are visited: any other sentence is turned away by that concept's set anyway.
    const rarest = sets.reduce((a, b) => (b.size < a.size ? b : a));
    let next = 0;
    for (const block of rarest.blocks) {
      for (; next < spanning.length && spanning[next]!.block < block; next++) if (visit(spanning[next]!)) return hits;
      for (const u of byBlock.get(block) ?? []) if (visit(u)) return hits;
    }
    for (; next < spanning.length; next++) if (visit(spanning[next]!)) return hits;
    return hits;
  }

  /** Evidence for the units satisfying any of `rules` (first rule first), at most `max`. */
  evidence(rules: readonly ConceptRule[], max = 2): Evidence[] {
    const out: Evidence[] = [];
    for (const rule of rules) {
      // As many as `max` from each rule: a rule's first units may be ones an earlier rule already quoted.
      for (const h of this.find(rule, max)) {
        if (out.length >= max) break;
        if (!out.some((e) => e.text === quote(h.text) && e.where === h.where)) out.push({ text: quote(h.text), where: h.where });
      }
      if (out.length >= max) break;
    }
    return out;
  }
}

/**
 * Units of meaning: each sentence; each lead-in ("We share data with:") joined to the list that follows it, even past a
 * sub-heading; each heading with the first sentence under it. Table rows come with their column headers and definition
 * terms with their descriptions from the reader itself ("Data: contact details | Why: ...", "term: description").
 */
function buildUnits(doc: NoticeDocument, text: NoticeText): Unit[] {
  const units: Unit[] = [];
  const add = (t: string | (() => string), place: UnitPlace) => units.push(new LazyUnit(t, place));
  let before: LazyUnit | null = null;
  // Sentences come in block order: a list item's reading is worked out once for all its sentences.
  let bulletOf = -1;
  let bullet: { standalone: boolean; answer: boolean } = NOT_A_BULLET;
  for (const s of text.sentences) {
    const kind = doc.blocks[s.block]?.kind;
    const row = kind === 'table-row';
    if (bulletOf !== s.block) {
      bulletOf = s.block;
      bullet = kind === 'list-item' ? bulletReading(doc, s.block) : NOT_A_BULLET;
    }
    const unit = new LazyUnit(s.text, {
      where: s.where,
      block: s.block,
      lastBlock: s.block,
      inNpd: s.inNpd,
      prose: kind !== 'list-item' && !row,
      standalone: bullet.standalone,
      answer: bullet.answer,
      structure: false,
      section: false,
      heading: kind === 'heading',
      tableRow: row,
      leadInItem: false,
    });
    if (before?.block === s.block && REFERS_BACK.test(s.text)) unit.antecedent = before;
    units.push(unit);
    before = unit;
  }
  const blocks = doc.blocks;
  const split = blockSentences(doc);
  // A lead-in with its list, read by the document's one list-structure reader (sub-headed lists included).
  for (const b of blocks) {
    if (b.kind === 'table-row' || !isLeadIn(b)) continue;
    const items = listAfterLeadIn(doc, b);
    if (items.length)
      add(
        () => `${b.text} ${items.map((n) => n.text).join('; ')}`,
        joinedPlace(b.where, b.index, items[items.length - 1]!.index, text.npdBlocks.has(b.index), false),
      );
    // And with each item alone, as the sentence it finishes: "We may use it because: it is work in the public interest".
    const inNpd = text.npdBlocks.has(b.index);
    for (const item of items) add(() => `${b.text} ${item.text}`, joinedPlace(item.where, b.index, item.index, inNpd, false, true));
  }
  // A heading with the start of its section: "The information we collect about parents and carers" / "We hold your names...".
  for (const section of doc.sections) {
    if (section.headingBlock === null || section.heading === null) continue;
    const first = section.headingBlock + 1 <= section.lastBlock ? blocks[section.headingBlock + 1] : undefined;
    // A section opened by a template's unfilled instruction ("[Insert how the school keeps data secure]") says nothing.
    if (!first || isTemplateInstruction(first.text)) continue;
    // The opening paragraph, not only its first sentence: a question heading's answer often starts "Yes." or "No." and
    // gives both halves of the answer in two sentences ("... must be given. Other things are up to you.").
    // A section that opens with a list reads the heading as the list's lead-in ("Parent and carer details held" / - name
    // ...), and an opening lead-in brings its list ("Information about parents" / "We hold:" / - names ...).
    const headingBlock = blocks[section.headingBlock]!;
    const list = isListItem(first)
      ? listAfterLeadIn(doc, headingBlock)
      : isLeadIn(first) && first.kind !== 'heading'
        ? listAfterLeadIn(doc, first)
        : [];
    const fragments = list.length ? [] : fragmentsAnswering(doc, section, first);
    const items = (fragments.length ? fragments : list.filter((b) => b.index <= section.lastBlock)).slice(0, SECTION_LIST_ITEMS);
    const paragraphs = fragments.length ? [] : [first, ...answerRunsOn(doc, section, first)];
    const heading = section.heading;
    const opening = () => {
      const lead =
        isListItem(first) || fragments.length ? '' : openingSentences(paragraphs.flatMap((b) => split[b.index]!)).join(' ') || first.text;
      return [lead, items.map((n) => n.text).join('; ')].filter(Boolean).join(' ');
    };
    add(
      () => `${heading}: ${opening()}`,
      joinedPlace(
        headingBlock.where,
        section.headingBlock,
        items.length ? items[items.length - 1]!.index : paragraphs[paragraphs.length - 1]!.index,
        text.npdBlocks.has(section.headingBlock),
        true,
      ),
    );
  }
  // Two sentences that make one statement, read like a question heading with its answer (only by rules that ask for
  // structure): "Not happy with how we used your information? Tell us first: ...", or a statement with the sentence
  // that picks out one of its parts ("Some is needed by law, some is up to you. We will say which of these it is.").
  for (let n = 0; n + 1 < text.sentences.length; n++) {
    const q = text.sentences[n]!;
    const a = text.sentences[n + 1]!;
    // In a list item (an answer under its question in a list of questions) only its own sentences pair.
    const kind = doc.blocks[q.block]?.kind;
    if (kind !== 'paragraph' && !(kind === 'list-item' && a.block === q.block)) continue;
    // A question with its answer (in its paragraph or the next one), or a statement and the contrast that completes it
    // in the same paragraph: "Some of it you must give us. Other things are up to you."
    const question = /\?["')]?$/.test(q.text.trim()) && (a.block === q.block || a.block === q.block + 1);
    if (!question && !(a.block === q.block && (CONTRAST_OPENER.test(a.text) || WHICH_OF_THOSE.test(a.text)))) continue;
    // A paragraph opened by a question runs on with its answer, as a question heading's section does under it: "Do you
    // have to give it to me? The EYFS says I must have ... If you can't, I can't offer a place. Everything else is your
    // choice." Not a question among others in running text ("Who sees it? How long do you keep it? This note answers").
    const opensParagraph = n === 0 || text.sentences[n - 1]!.block !== q.block;
    const answer = [a];
    for (let k = n + 2; question && opensParagraph && k < text.sentences.length && answer.length < OPENING_SENTENCES; k++) {
      const next = text.sentences[k]!;
      if (next.block !== a.block) break;
      answer.push(next);
    }
    add(`${q.text} ${answer.map((x) => x.text).join(' ')}`, joinedPlace(q.where, q.block, a.block, q.inNpd, true));
  }
  return units;
}

/**
 * Of an opening's sentences (as the document split them once), those read: the first few, and on as far as a later
 * sentence that contrasts with what came before or picks out which is which, and so finishes the answer: "Some of it, yes. The law requires ... Without emergency contacts we cannot ...
 * Other things are up to you."
 */
function openingSentences(sentences: readonly string[]): readonly string[] {
  let end = OPENING_SENTENCES;
  for (let k = OPENING_SENTENCES; k < Math.min(sentences.length, OPENING_SENTENCES + CONTRAST_REACH); k++)
    if (CONTRAST_OPENER.test(sentences[k]!) || WHICH_OF_THOSE.test(sentences[k]!)) end = k + 1;
  return sentences.slice(0, end);
}

/** A short first answer of a few words. */
const SHORT_ANSWER_WORDS = 8;

/**
 * A question heading answered in a short line of its own ("Do you have to give it to us?" / "Some of it, yes.") goes on
 * in the one-sentence lines after it ("The law says we must collect it." / "Some of it is your choice."): those paragraphs,
 * as far as the opening may reach. Not under a heading that is no question, where a short line is a statement whole.
 */
function answerRunsOn(doc: NoticeDocument, section: Section, first: Block): Block[] {
  if (!/\?\s*$/.test(section.heading ?? '') || !isOneSentenceParagraph(doc, first)) return [];
  if (first.text.split(/\s+/).length > SHORT_ANSWER_WORDS) return [];
  const more: Block[] = [];
  for (let k = first.index + 1; more.length + 1 < OPENING_SENTENCES + CONTRAST_REACH && k <= section.lastBlock; k++) {
    const b = doc.blocks[k]!;
    if (!isOneSentenceParagraph(doc, b)) break;
    more.push(b);
  }
  return more;
}

/** A purpose clause that cannot stand as a sentence of its own: it finishes the heading above it ("Why we keep it"). */
const PURPOSE_FRAGMENT = /^(?:to|so that|so we can)\s+[a-z]/i;

/**
 * A heading answered by paragraphs that are each a purpose clause, one to a line ("Why we keep it" / "To teach your
 * child." / "To keep them safe."): a list without its bullets, read as the heading's items. Empty when the section opens
 * with anything else, or with one such line alone.
 */
function fragmentsAnswering(doc: NoticeDocument, section: Section, first: Block): Block[] {
  const isFragment = (b: Block): boolean => isOneSentenceParagraph(doc, b) && PURPOSE_FRAGMENT.test(b.text);
  if (!isFragment(first)) return [];
  const run = [first];
  for (let k = first.index + 1; k <= section.lastBlock && isFragment(doc.blocks[k]!); k++) run.push(doc.blocks[k]!);
  return run.length > 1 ? run : [];
}

const isListItem = (b: Block): boolean => b.kind === 'list-item' || b.kind === 'table-row';

/** A block that is not a list item, or an item that is not a whole sentence. */
const NOT_A_BULLET = { standalone: false, answer: false } as const;

/** An item that ends as a sentence does. */
const SENTENCE_END = /[.!]["'’)]?\s*$/;
/** ...and starts as one, not as the end of its lead-in's ("- to see your records.", "- To teach your child."). */
const SENTENCE_START = /^\W*(?![Tt]o\b)[A-Z]/;

/**
 * How a list item that is a whole sentence reads as running text (one lead-in lookup for both):
 * - standalone: in a list no lead-in introduces, a notice written all in bullets ("Computer decisions" / "- We do not
 *   make decisions about children using computers alone."); an item that finishes a lead-in's sentence ("You can ask
 *   us:" / "- not to decide by computer alone.") is not;
 * - answer: answering the question heading over its list (see `Unit.answer`).
 */
function bulletReading(doc: NoticeDocument, index: number): { standalone: boolean; answer: boolean } {
  const text = doc.blocks[index]!.text;
  if (!SENTENCE_END.test(text)) return NOT_A_BULLET;
  const lead = leadInBefore(doc, index);
  const answer = lead !== null && lead.kind === 'heading' && /\?\s*$/.test(lead.text) && SENTENCE_START.test(text);
  return { standalone: lead === null, answer };
}
