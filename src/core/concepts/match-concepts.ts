// Concept matching: does one sentence (or one lead-in with its list, or one table row with its headers) say a thing,
// whatever the wording? A rule names concepts (synonym sets over stems) that must co-occur, un-negated, in one unit.
import type { NoticeDocument } from '../notice/types';
import { splitSentences, type NoticeText } from '../analysis/notice-text';
import { sentenceCandidateBlocks } from '../scan/block-scan';
import { listAfterLeadIn } from '../notice/list-structure';
import { isLeadIn } from '../notice/list-structure';
import type { Evidence } from '../report';
import { phraseStems, tokenize, type Token } from './tokens';
import { LEXICON } from './lexicon';
import type { ConceptRule } from './rule-schema';

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
  /** A lead-in joined to its list, or a heading joined to the start of its section. */
  structure: boolean;
  /** A heading joined to the start of its section: read only by rules that ask for structure. */
  section: boolean;
  readonly tokens: Token[];
  /** Per-unit memo of stem positions and concept occurrences. */
  readonly cache: { positions?: Map<string, number[]>; occurrences?: Map<string, Occurrence[]> };
}

/** A unit whose tokens are made on first use: most units are never reached by any rule's candidates. */
class LazyUnit implements Unit {
  #tokens: Token[] | undefined;
  readonly cache: Unit['cache'] = {};
  constructor(
    readonly text: string,
    readonly where: string,
    readonly block: number,
    readonly lastBlock: number,
    readonly inNpd: boolean,
    readonly prose: boolean,
    readonly structure: boolean,
    readonly section: boolean,
  ) {}
  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.text));
  }
}

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'neither', 'nor', 'none', 'nobodi']);
// A concept said in the negative is its opposite: "nobody has to answer" is optional, "not compulsory" likewise.
const NEGATION_OF: Readonly<Record<string, string>> = { optional: 'compulsory' };
const NEGATION_REACH = 4;
const ORDER_REACH = 10;
const MAX_QUOTE = 320;

/** A concept's terms as stem sequences, compiled once. */
const compiledTerms = new Map<string, string[][]>();
function termsOf(concept: string): string[][] {
  let terms = compiledTerms.get(concept);
  if (!terms) {
    const words = LEXICON[concept];
    if (!words) throw new Error(`unknown concept "${concept}"`);
    terms = words.map(phraseStems).filter((t) => t.length > 0);
    compiledTerms.set(concept, terms);
  }
  return terms;
}

/** Every concept in the lexicon compiles (called by the checklist test so a typo fails there, not in an audit). */
export function compileLexicon(): number {
  return Object.keys(LEXICON).reduce((n, c) => n + termsOf(c).length, 0);
}

/** Positions in `tokens` where `concept` starts, with whether each is negated and the index just past it. */
interface Occurrence {
  at: number;
  end: number;
  negated: boolean;
}

/** Where each stem stands in a unit, made once per unit: a term is then looked up by its first stem, not slid along. */
function positionsOf(unit: Unit): Map<string, number[]> {
  let positions = unit.cache.positions;
  if (!positions) {
    positions = new Map();
    unit.tokens.forEach((t, i) => {
      const list = positions!.get(t.stem);
      if (list) list.push(i);
      else positions!.set(t.stem, [i]);
    });
    unit.cache.positions = positions;
  }
  return positions;
}

/** Positions in a unit where `concept` starts, with whether each is negated and the index just past it (memoised per unit). */
function occurrences(unit: Unit, concept: string): Occurrence[] {
  const memo = (unit.cache.occurrences ??= new Map());
  const known = memo.get(concept);
  if (known) return known;
  const tokens = unit.tokens;
  const positions = positionsOf(unit);
  const out: Occurrence[] = [];
  for (const term of termsOf(concept)) {
    const selfNegating = term.some((s) => NEGATORS.has(s));
    const first = term[0]!;
    const starts = first.endsWith('*')
      ? tokens.flatMap((t, i) => (t.stem.startsWith(first.slice(0, -1)) ? [i] : []))
      : (positions.get(first) ?? []);
    for (const i of starts) {
      if (i + term.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < term.length; k++) {
        const stem = tokens[i + k]!.stem;
        const want = term[k]!;
        if (want.endsWith('*') ? !stem.startsWith(want.slice(0, -1)) : stem !== want) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let negated = false;
      if (!selfNegating) {
        const clause = tokens[i]!.clause;
        for (let j = i - 1; j >= 0 && j >= i - NEGATION_REACH && tokens[j]!.clause === clause; j--) {
          if (NEGATORS.has(tokens[j]!.stem)) negated = true;
        }
      }
      out.push({ at: i, end: i + term.length, negated });
    }
  }
  out.sort((a, b) => a.at - b.at);
  memo.set(concept, out);
  return out;
}

function satisfies(unit: Unit, rule: ConceptRule): boolean {
  if (rule.prose && !unit.prose) return false;
  if (rule.structure ? !unit.structure : unit.section) return false;
  if (rule.inList && (unit.prose || unit.structure)) return false;
  const negatable = new Set(rule.negatable ?? []);
  const negated = new Set(rule.negated ?? []);
  const present = (concept: string) => {
    const direct = occurrences(unit, concept).filter((o) => (negated.has(concept) ? o.negated : negatable.has(concept) || !o.negated));
    const opposite = NEGATION_OF[concept];
    if (!opposite || negated.has(concept)) return direct;
    // Only a duty about giving data: "nobody has to answer", "not required to provide" (not "not if we are required to by law").
    const provide = occurrences(unit, 'provideVerb');
    const derived = occurrences(unit, opposite).filter((o) => o.negated && provide.some((p) => p.at >= o.end && p.at - o.end <= 2));
    return [...direct, ...derived].sort((a, b) => a.at - b.at);
  };
  for (const need of rule.all) {
    if (typeof need === 'string') {
      if (present(need).length === 0) return false;
      continue;
    }
    // In order: each concept starts after the previous one ends, within ORDER_REACH words.
    const clauseOf = (at: number) => unit.tokens[Math.min(at, unit.tokens.length - 1)]!.clause;
    let frontier = present(need[0]!).map((o) => ({ end: o.end, clause: clauseOf(o.at) }));
    for (const next of need.slice(1)) {
      const occ = present(next);
      frontier = occ
        .filter((o) => frontier.some((f) => o.at >= f.end && o.at - f.end <= ORDER_REACH && (!rule.sameClause || clauseOf(o.at) === f.clause)))
        .map((o) => ({ end: o.end, clause: clauseOf(o.at) }));
      if (frontier.length === 0) return false;
    }
  }
  if (rule.any && !rule.any.some((c) => present(c).length > 0)) return false;
  for (const veto of rule.none ?? []) if (occurrences(unit, veto).length > 0) return false;
  return true;
}

/** The first stems of every term of a concept: a unit lacking all of them cannot hold the concept. */
function firstStems(concept: string): string[] {
  return [...new Set(termsOf(concept).map((t) => t[0]!))];
}

function quote(text: string): string {
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '')}...`;
}

/** The words a concept can start with, as one regex of stem prefixes: a block without any cannot hold the concept. */
const conceptPatterns = new Map<string, RegExp>();
function conceptPattern(concept: string): RegExp {
  let re = conceptPatterns.get(concept);
  if (!re) {
    // Porter stems are word prefixes once a final "i" (from "y") is dropped; compounds and own stems start with a word.
    // A short stem stays a bare prefix ("us" also stands for "use"): the filter must never drop a unit that could match.
    const prefixes = [...new Set(firstStems(concept).map((st) => st.replace(/\*$/, '').split(/[_-]/)[0]!.replace(/i$/, '')))].filter(Boolean);
    re = new RegExp(`\\b(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
    conceptPatterns.set(concept, re);
  }
  return re;
}

/**
 * The concept view of one notice: its units, tokenised only when a rule's candidates reach them. Candidates come
 * from the shared whole-text scan (src/core/scan/block-scan.ts), so a 5 MB notice is not tokenised whole.
 * Built once per audit and passed in the audit context.
 */
export class ConceptIndex {
  #units: Unit[] | undefined;
  readonly #blockCandidates = new Map<string, ReadonlySet<number> | null>();

  constructor(
    private readonly doc: NoticeDocument,
    private readonly text: NoticeText,
  ) {}

  #candidatesFor(concept: string): ReadonlySet<number> | null {
    if (!this.#blockCandidates.has(concept)) this.#blockCandidates.set(concept, sentenceCandidateBlocks(this.text, conceptPattern(concept)));
    return this.#blockCandidates.get(concept)!;
  }

  /** Sentence units by block, and the few units that span blocks (lead-ins with their lists, section openings). */
  #layout(): { byBlock: Map<number, Unit[]>; spanning: Unit[]; all: Unit[] } {
    if (!this.#byBlock) {
      const all = (this.#units ??= buildUnits(this.doc, this.text));
      const byBlock = new Map<number, Unit[]>();
      const spanning: Unit[] = [];
      for (const u of all) {
        if (u.structure || u.lastBlock !== u.block) spanning.push(u);
        else {
          const list = byBlock.get(u.block);
          if (list) list.push(u);
          else byBlock.set(u.block, [u]);
        }
      }
      this.#byBlock = { byBlock, spanning, all };
    }
    return this.#byBlock;
  }
  #byBlock: { byBlock: Map<number, Unit[]>; spanning: Unit[]; all: Unit[] } | undefined;

  /** Units that satisfy `rule`, in document order, at most `max`. */
  find(rule: ConceptRule, max = 3): ConceptHit[] {
    const layout = this.#layout();
    const required = rule.all.flatMap((n) => (typeof n === 'string' ? [n] : n));
    const sets = required.map((c) => this.#candidatesFor(c)).filter((set): set is ReadonlySet<number> => set !== null);
    const spanHas = (set: ReadonlySet<number>, u: Unit) => {
      for (let b = u.block; b <= u.lastBlock; b++) if (set.has(b)) return true;
      return false;
    };
    // Visit only the sentences of the rarest concept's candidate blocks, plus the spanning units, in document order.
    const smallest = sets.reduce<ReadonlySet<number> | null>((a, b) => (a === null || b.size < a.size ? b : a), null);
    const visit = smallest
      ? [...[...smallest].sort((a, b) => a - b).flatMap((b) => layout.byBlock.get(b) ?? []), ...layout.spanning].sort((a, b) => a.block - b.block)
      : layout.all;
    const hits: ConceptHit[] = [];
    const seen = new Set<string>();
    for (const u of visit) {
      if (u.inNpd && !rule.includeNpd) continue;
      if (!sets.every((set) => spanHas(set, u))) continue;
      if (!satisfies(u, rule)) continue;
      const key = `${u.where}|${u.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ text: u.text, where: u.where, block: u.block });
      if (hits.length >= max) break;
    }
    return hits;
  }

  /** Evidence for the units satisfying any of `rules` (first rule first), at most `max`. */
  evidence(rules: readonly ConceptRule[], max = 2): Evidence[] {
    const out: Evidence[] = [];
    for (const rule of rules) {
      for (const h of this.find(rule, max - out.length)) {
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
  const add = (t: string, where: string, block: number, lastBlock: number, inNpd: boolean, prose: boolean, structure = false, section = false) =>
    units.push(new LazyUnit(t, where, block, lastBlock, inNpd, prose, structure, section));
  for (const s of text.sentences) {
    const kind = doc.blocks[s.block]?.kind;
    add(s.text, s.where, s.block, s.block, s.inNpd, kind !== 'list-item' && kind !== 'table-row');
  }
  const blocks = doc.blocks;
  // A lead-in with its list, read by the document's one list-structure reader (sub-headed lists included).
  for (const b of blocks) {
    if (b.kind === 'table-row' || !isLeadIn(b)) continue;
    const items = listAfterLeadIn(doc, b);
    if (items.length) add(`${b.text} ${items.map((n) => n.text).join('; ')}`, b.where, b.index, items[items.length - 1]!.index, text.npdBlocks.has(b.index), false, true);
  }
  // A heading with the start of its section: "The information we collect about parents and carers" / "We hold your names...".
  for (const section of doc.sections) {
    if (section.headingBlock === null || section.heading === null) continue;
    const first = section.headingBlock + 1 <= section.lastBlock ? blocks[section.headingBlock + 1] : undefined;
    if (!first) continue;
    const opening = splitSentences(first.text)[0] ?? first.text;
    add(`${section.heading}: ${opening}`, blocks[section.headingBlock]!.where, section.headingBlock, first.index, text.npdBlocks.has(section.headingBlock), false, true, true);
  }
  return units;
}
