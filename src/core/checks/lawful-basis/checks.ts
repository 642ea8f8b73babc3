// Evaluators for the lawful-basis checks: the Art 6 basis, the Art 9 condition, and legitimate interests where relied on.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { adjacentSentence, phrases, evidenceOf, isLeadIn, listAfter, PURPOSE_COLUMN } from '../match';
import type { Sentence } from '../../analysis/notice-text';
import { findOwn, leadInOf } from '../identity/scope';
import type { ChecklistItem } from '../../schema/checklist';
import type { Evidence } from '../../report';
import { verdictFor } from '../verdict';
import { glossaryBlocks } from '../../notice/glossary';

const Phrases = z.array(z.string().min(1)).min(1);

export const LawfulBasisOptionsSchema = z
  .object({
    basis: Phrases,
    cuedBasis: Phrases,
    basisCue: Phrases,
    notBasis: Phrases,
    article9Context: Phrases,
    sharedWithArticle9: Phrases,
    publicAuthorityBarred: Phrases,
    negated: Phrases,
    generic: Phrases,
    statute: Phrases,
    statuteUse: Phrases,
    statuteSharing: Phrases,
    sharingTo: Phrases,
  })
  .strict();
type LawfulBasisOptions = z.infer<typeof LawfulBasisOptionsSchema>;

export const SpecialCategoryOptionsSchema = z
  .object({ condition: Phrases, cuedCondition: Phrases, special: Phrases, article6Only: Phrases })
  .strict();
type SpecialCategoryOptions = z.infer<typeof SpecialCategoryOptionsSchema>;

export const LegitimateInterestsOptionsSchema = z
  .object({
    li: Phrases,
    negated: Phrases,
    disownedNext: Phrases,
    described: Phrases,
    basisNames: Phrases,
    vague: Phrases,
    deferred: Phrases,
    activityExample: Phrases,
    catchAll: Phrases,
  })
  .strict();
export type LegitimateInterestsOptions = z.infer<typeof LegitimateInterestsOptionsSchema>;

/**
 * A sentence together with the lead-in of the list it belongs to ("the grounds we rely on are: - public task"), or the
 * heading its list opens under ("Our lawful bases" / "- Legal obligation: to meet the EYFS framework").
 */
function withContext(ctx: AuditContext, s: Sentence): string {
  const lead = leadInOf(ctx.doc, s.block) ?? headingOver(ctx, s.block);
  return lead ? `${lead} ${s.text}` : s.text;
}

/**
 * The heading right above a list, or above a section's first paragraph: "Why I need it, and what allows me to use it"
 * over "Keeping registers is a legal obligation" names that obligation as the basis. A list may follow that first
 * paragraph ("Why we use it, and our lawful basis" / "We use your information to ..." / "- Contract: ...").
 */
function headingOver(ctx: AuditContext, block: number): string | null {
  const blocks = ctx.doc.blocks;
  const kind = blocks[block]?.kind;
  if (kind !== 'list-item' && kind !== 'paragraph') return null;
  let i = block - 1;
  if (kind === 'list-item') {
    while (i >= 0 && blocks[i]!.kind === 'list-item') i--;
    if (i >= 1 && blocks[i]!.kind === 'paragraph' && blocks[i - 1]!.kind === 'heading') i--;
  }
  return i >= 0 && blocks[i]!.kind === 'heading' ? blocks[i]!.text : null;
}

// A lead-in to a list of who receives data: "We regularly share information with:", "We pass records to:".
const SHARING_LEAD_IN = /\b(?:share|shares|sharing|send|sends|pass|passes|disclose|discloses)\b[^.!?]{0,60}\b(?:with|to)\s*:\s*-?\s*$/i;

const notHeading = (ctx: AuditContext) => (s: Sentence) => ctx.doc.blocks[s.block]?.kind !== 'heading';

/** Matches a phrase that may stand alone, or one that needs a cue in the sentence or its list's lead-in. In document order. */
function findNamed(
  ctx: AuditContext,
  strong: RegExp,
  cued: RegExp,
  cue: RegExp,
  opts: { negated?: RegExp; bodyOnly?: boolean } & NamingOptions = {},
): Sentence[] {
  const blank = blanksOf(opts);
  const candidates = [...new Set([...findOwn(ctx, strong), ...findOwn(ctx, cued)])].sort((a, b) => a.block - b.block);
  return candidates.filter((s) => {
    if (opts.bodyOnly && !notHeading(ctx)(s)) return false;
    if (opts.negated?.test(s.text)) return false;
    const text = namingText(s.text, blank);
    if (strong.test(text)) return true;
    return cued.test(text) && cue.test(withContext(ctx, s));
  });
}

/** What does not name a basis: phrases that mention one without relying on it, and the other article's shared terms. */
interface NamingOptions {
  notBasis?: RegExp;
  otherArticle?: { context: RegExp; shared: RegExp };
}

/** The blanking patterns of `opts`, made global once per evaluation rather than once per sentence. */
function blanksOf(opts: NamingOptions): { notBasis: RegExp | null; context: RegExp | null; shared: RegExp | null } {
  const global = (re: RegExp | undefined) => (re ? new RegExp(re.source, 'gi') : null);
  return { notBasis: global(opts.notBasis), context: opts.otherArticle?.context ?? null, shared: global(opts.otherArticle?.shared) };
}

/**
 * The sentence with what does not name a basis blanked: phrases that mention one without relying on it, and, in a
 * sentence about the other article's conditions, the terms both articles share ("consent", "vital interests" in a
 * sentence about Article 9 are its conditions, not Article 6 bases).
 */
function namingText(text: string, blank: ReturnType<typeof blanksOf>): string {
  let out = blank.notBasis ? text.replace(blank.notBasis, ' ') : text;
  if (blank.shared && blank.context?.test(out)) out = out.replace(blank.shared, ' ');
  return out;
}

// Settings the Art 6(1) bar on public authorities does not reach: a registered charity run by its committee, an
// independent or private school or nursery. Not an academy trust, a charitable company that is a public authority.
const NOT_A_PUBLIC_AUTHORITY =
  /\b(?:registered charity|committee[- ]run|run by (?:a|its|our) (?:voluntary |parent )?committee|independent (?:(?:day|boarding|special|prep(?:aratory)?|co-educational|fee-paying)\s+)*school|private (?:day )?nursery|not a public (?:authority|body))\b/i;

function evaluateLawfulBasis(ctx: AuditContext, o: LawfulBasisOptions, item: ChecklistItem): Verdict {
  const strong = phrases(o.basis);
  const cued = phrases(o.cuedBasis);
  const body = notHeading(ctx);
  const naming = {
    negated: phrases(o.negated),
    notBasis: phrases(o.notBasis),
    bodyOnly: true,
    otherArticle: { context: phrases(o.article9Context), shared: phrases(o.sharedWithArticle9) },
  };
  const named = findNamed(ctx, strong, cued, phrases(o.basisCue), naming);
  // A basis given only for passing data on ("When we send the census to the DfE, we do so under a legal obligation")
  // is the basis for that one sharing, not for the school's own use of the data (checklist.md 2.5: partial).
  // So is one given in an item of a list of recipients ("We regularly share information with:" / "- the police, where
  // there is a legal requirement").
  const sharingTo = phrases(o.sharingTo);
  const use = phrases(o.statuteUse);
  const forSharing = (s: Sentence) => sharingTo.test(s.text) || SHARING_LEAD_IN.test(leadInOf(ctx.doc, s.block) ?? '');
  if (named.length && named.every((s) => !use.test(s.text) && forSharing(s))) {
    return verdictFor(item, 'partial', 'sharing-only', evidenceOf(named, phrases([...o.basis, ...o.cuedBasis]), 2));
  }
  if (named.length) {
    const combined = phrases([...o.basis, ...o.cuedBasis]);
    const found = new Set<string>();
    const blank = blanksOf(naming);
    for (const s of named)
      for (const m of namingText(s.text, blank).matchAll(new RegExp(combined.source, 'gi')))
        found.add(m[0].toLowerCase().replace(/\s+/g, ' '));
    return verdictFor(item, 'pass', 'basis-named', evidenceOf(named, combined, 3), { bases: [...found].slice(0, 5).join('; ') });
  }
  const barred = phrases(o.publicAuthorityBarred);
  const negated = phrases(o.negated);
  const liOnly = findOwn(ctx, barred).filter((s) => body(s) && !negated.test(s.text));
  // A charity pre-school or an independent school is no public authority: legitimate interests is a basis it may name.
  const notPublic = liOnly.length ? findOwn(ctx, NOT_A_PUBLIC_AUTHORITY) : [];
  if (liOnly.length && notPublic.length) {
    return verdictFor(
      item,
      'pass',
      'basis-named',
      [...evidenceOf(liOnly, barred, 1), ...evidenceOf(notPublic, NOT_A_PUBLIC_AUTHORITY, 1)],
      {
        bases: 'legitimate interests (the setting is not a public authority)',
      },
    );
  }
  if (liOnly.length) {
    return verdictFor(item, 'partial', 'legitimate-interests-only', evidenceOf(liOnly, barred, 2));
  }
  const generic = phrases(o.generic);
  const statute = phrases(o.statute);
  const vague = findOwn(ctx, generic).filter(body);
  // Statutes are the source of the public task, not an Art 6 basis (checklist.md 2.5 trap (c)): partial at most.
  const sharing = phrases(o.statuteSharing);
  // A statute may sit in a list under a lead-in that says the data is used under it ("We use student information to carry
  // out our duties under the following legislation:").
  const usedUnder = (s: Sentence) =>
    use.test(s.text) || (ctx.doc.blocks[s.block]?.kind === 'list-item' && use.test(leadInOf(ctx.doc, s.block) ?? ''));
  const statutes = findOwn(ctx, statute).filter((s) => body(s) && usedUnder(s) && !sharing.test(s.text));
  if (vague.length || statutes.length) {
    const reason = vague.length ? (statutes.length ? 'general-terms-and-statutes' : 'general-terms-only') : 'statutes-only';
    return verdictFor(item, 'partial', reason, evidenceOf(vague.length ? vague : statutes, vague.length ? generic : statute, 2));
  }
  return verdictFor(item, 'fail', 'not-found');
}

function evaluateSpecialCategory(ctx: AuditContext, o: SpecialCategoryOptions, item: ChecklistItem): Verdict {
  const special = phrases(o.special);
  // A shared condition marked as the Article 6 basis ("Consent - Article 6(1)(a)", a table cell headed "Lawful basis
  // (Article 6)") is not the Article 9 condition, even in a row that says the data is special category.
  const named = findNamed(ctx, phrases(o.condition), phrases(o.cuedCondition), special, { notBasis: phrases(o.article6Only) });
  if (named.length) {
    const combined = phrases([...o.condition, ...o.cuedCondition]);
    return verdictFor(item, 'pass', 'condition-named', evidenceOf(named, combined, 2));
  }
  const acknowledged = findOwn(ctx, special);
  if (acknowledged.length) {
    return verdictFor(item, 'partial', 'special-data-without-condition', evidenceOf(acknowledged, special, 2));
  }
  // Listing health or ethnicity among the categories is not engagement with Article 9 (checklist.md 2.6 trap).
  return verdictFor(item, 'fail', 'not-found');
}

/**
 * Sentences that rely on legitimate interests (not ones that disown it, nor a glossary's entry saying what the basis
 * is). Shared with the li-used-by-public-authority flag.
 */
export function findLegitimateInterests(ctx: AuditContext, o: LegitimateInterestsOptions): Sentence[] {
  const li = phrases(o.li);
  const negated = phrases(o.negated);
  const disownedNext = phrases(o.disownedNext);
  const glossary = glossaryBlocks(ctx.doc);
  // "You may have seen 'legitimate interests' in other notices. We do not use it.": the next sentence disowns it.
  return findOwn(ctx, li, negated).filter(
    (s) => !glossary.has(s.block) && !disownedNext.test(adjacentSentence(ctx.text, s, 1)?.text ?? ''),
  );
}

function evaluateLegitimateInterests(ctx: AuditContext, o: LegitimateInterestsOptions, item: ChecklistItem): Verdict {
  const relied = findLegitimateInterests(ctx, o);
  if (!relied.length) {
    return verdictFor(item, 'not-applicable', 'not-relied-on');
  }
  const described = phrases(o.described);
  const li = phrases(o.li);
  // The interest may be described in the sentence, or in the list that follows "our legitimate interests are:".
  const negated = phrases(o.negated);
  const good = findOwn(ctx, described, negated).filter((s) => {
    // "Our legitimate interests are:" describes nothing when its list was dropped.
    const block = ctx.doc.blocks[s.block];
    return !/:\s*-?\s*$/.test(s.text) || (block !== undefined && listAfter(ctx.doc, block).length > 0);
  });
  // "our legitimate interests in running the school well" names the school's public task, not an interest of its own:
  // whether that describes an interest is for a person to judge (checklist.md 2.7 trap).
  const vague = phrases(o.vague);
  if (good.length && good.every((s) => vague.test(s.text))) {
    return verdictFor(item, 'needs-review', 'interest-vague', evidenceOf(good, vague, 1));
  }
  if (good.length) {
    return verdictFor(item, 'pass', 'interest-described', evidenceOf(good, described, 2));
  }
  const basisNames = phrases(o.basisNames);
  const listed = interestsListed(ctx, relied, basisNames);
  if (listed.length) return verdictFor(item, 'pass', 'interest-described', listed);
  const row = interestInRow(ctx, relied, basisNames, phrases(o.catchAll));
  if (row.length) return verdictFor(item, 'pass', 'interest-described', row);
  const example = exampleAfter(ctx, relied);
  if (example.length) return verdictFor(item, 'pass', 'interest-described', example);
  const runIn = describedAfterRunInTitle(ctx, relied, described);
  if (runIn.length) return verdictFor(item, 'pass', 'interest-described', runIn);
  // "Legitimate interests: we use this basis where it helps us run the school": the only interest offered is the task.
  const vagueRelied = relied.filter((s) => vague.test(s.text));
  if (vagueRelied.length) return verdictFor(item, 'needs-review', 'interest-vague', evidenceOf(vagueRelied, vague, 1));
  // "For some work, such as our links with the parishes, we rely on legitimate interests. These are set out in our
  // assessment, available on request": the activity is named, the interest itself left to another document. Without
  // the activity the pointer alone describes nothing.
  const deferredRe = phrases(o.deferred);
  const activityRe = phrases(o.activityExample);
  const deferredWithActivity = relied.filter((s) => activityRe.test(s.text) && withNext(ctx, [s]).some((t) => deferredRe.test(t.text)));
  if (deferredWithActivity.length)
    return verdictFor(item, 'partial', 'interest-deferred', evidenceOf(withNext(ctx, deferredWithActivity), deferredRe, 2));
  return verdictFor(item, 'fail', 'interest-not-described', evidenceOf(relied, li, 2));
}

/**
 * A heading or lead-in that names legitimate interests over a list of what is done ("Our legitimate interests" /
 * "- telling former pupils about reunions"): the items are the interests. A list of the lawful bases themselves
 * ("The grounds we rely on: - consent - legitimate interests"), a basis in half its items or more, describes none.
 */
function interestsListed(ctx: AuditContext, relied: readonly Sentence[], basisNames: RegExp): Evidence[] {
  for (const s of relied) {
    const block = ctx.doc.blocks[s.block];
    if (!block || block.kind === 'list-item' || block.kind === 'table-row') continue;
    if (block.kind !== 'heading' && !isLeadIn(block)) continue;
    const items = listAfter(ctx.doc, block);
    // A list of bases names one in most items; an interest may mention one in passing ("using images where consent is
    // not required").
    const naming = items.filter((b) => basisNames.test(b.text)).length;
    if (items.length && naming * 2 < items.length)
      return [{ text: block.text, where: block.where }, ...items.slice(0, 2).map((b) => ({ text: b.text, where: b.where }))];
  }
  return [];
}

/** A table row's cells with their column headers (HTML, tab and pipe tables alike: the readers give each its headers). */
function rowWithHeaders(ctx: AuditContext, block: number): { headers: string[]; cells: string[] } | null {
  const b = ctx.doc.blocks[block];
  if (b?.kind !== 'table-row' || !b.cells || b.table === undefined) return null;
  return { headers: ctx.doc.tables[b.table]?.headers ?? [], cells: b.cells };
}

/**
 * A table row that gives legitimate interests as the basis and, under a column for the interest or purpose, what it is
 * relied on for ("CCTV on the car park | Legitimate interests | Protecting the site from crime"). A catch-all in that
 * column ("Anything else we need to do") names no interest.
 */
function interestInRow(ctx: AuditContext, relied: readonly Sentence[], basisNames: RegExp, catchAll: RegExp): Evidence[] {
  for (const s of relied) {
    const row = rowWithHeaders(ctx, s.block);
    if (!row) continue;
    const described = row.cells.some(
      (cell, i) => cell.trim() && !basisNames.test(cell) && !catchAll.test(cell) && PURPOSE_COLUMN.test(row.headers[i] ?? ''),
    );
    const block = ctx.doc.blocks[s.block]!;
    if (described) return [{ text: block.text, where: block.where }];
  }
  return [];
}

// The basis alone as a run-in title: "- Legitimate interests. We only use this to ...", "Legitimate interests (Article
// 6(1)(f))." Its description follows in the same paragraph or item.
const RUN_IN_BASIS = /^\W*legitimate interests?\s*(?:\((?:[^()]|\([^()]*\)){0,40}\)\s*)?\.\s*$/i;

/** The sentence after a run-in title, read as the title's own description (the full stop as a colon). */
function describedAfterRunInTitle(ctx: AuditContext, relied: readonly Sentence[], described: RegExp): Evidence[] {
  for (const s of relied) {
    if (!RUN_IN_BASIS.test(s.text)) continue;
    const next = adjacentSentence(ctx.text, s, 1);
    if (next && next.block === s.block && described.test(`${s.text.trim().replace(/\.$/, ':')} ${next.text}`))
      return [
        { text: s.text, where: s.where },
        { text: next.text, where: next.where },
      ];
  }
  return [];
}

/** Each sentence with the one after it in the same block. */
function withNext(ctx: AuditContext, relied: readonly Sentence[]): Sentence[] {
  const out = new Set<Sentence>();
  for (const s of relied) {
    out.add(s);
    const next = adjacentSentence(ctx.text, s, 1);
    if (next) out.add(next);
  }
  return [...out];
}

// "For example, ..." right after the sentence that relies on legitimate interests gives the use it is relied on for, and
// so does a sentence saying what the basis covers: "At present this covers keeping in touch with former pupils ...".
const EXAMPLE_OPENER =
  /^\s*(?:for (?:example|instance)|e\.g\.|an example (?:is|would be)|(?:at present|currently|today|in practice),?\s+(?:this|that|it) (?:covers|includes|means)|(?:this|that) (?:covers|includes|is used for)|these (?:include|cover))\b/i;

// An example of a legal duty illustrates the legal-obligation basis named beside legitimate interests, never an interest.
const LEGAL_DUTY = /\b(?:legal(?:ly)?|the law|statutory|duty|duties|obliged|obligations?|required by)\b/i;

function exampleAfter(ctx: AuditContext, relied: readonly Sentence[]): Evidence[] {
  for (const s of relied) {
    const next = adjacentSentence(ctx.text, s, 1);
    if (next && EXAMPLE_OPENER.test(next.text) && !LEGAL_DUTY.test(next.text))
      return [
        { text: s.text, where: s.where },
        { text: next.text, where: next.where },
      ];
  }
  return [];
}

export const LAWFUL_BASIS_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'lawful-basis-art6', optionsSchema: LawfulBasisOptionsSchema, evaluate: evaluateLawfulBasis }),
  defineCheck({ id: 'special-category-condition', optionsSchema: SpecialCategoryOptionsSchema, evaluate: evaluateSpecialCategory }),
  defineCheck({
    id: 'legitimate-interests-stated',
    optionsSchema: LegitimateInterestsOptionsSchema,
    evaluate: evaluateLegitimateInterests,
  }),
];
