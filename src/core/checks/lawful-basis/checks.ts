// Evaluators for the lawful-basis checks: the Art 6 basis, the Art 9 condition, and legitimate interests where relied on.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { phrases, evidenceOf, listAfter } from '../../scan/match';
import type { Sentence } from '../../analysis/notice-text';
import { findOwn, leadInOf } from '../identity/scope';
import type { ChecklistItem } from '../../checklist/schema';

const Phrases = z.array(z.string().min(1)).min(1);

export const LawfulBasisOptionsSchema = z
  .object({ basis: Phrases, cuedBasis: Phrases, basisCue: Phrases, notBasis: Phrases, publicAuthorityBarred: Phrases, negated: Phrases, generic: Phrases, statute: Phrases, statuteUse: Phrases, statuteSharing: Phrases })
  .strict();
type LawfulBasisOptions = z.infer<typeof LawfulBasisOptionsSchema>;

export const SpecialCategoryOptionsSchema = z.object({ condition: Phrases, cuedCondition: Phrases, special: Phrases }).strict();
type SpecialCategoryOptions = z.infer<typeof SpecialCategoryOptionsSchema>;

export const LegitimateInterestsOptionsSchema = z.object({ li: Phrases, negated: Phrases, described: Phrases }).strict();
export type LegitimateInterestsOptions = z.infer<typeof LegitimateInterestsOptionsSchema>;

const nothing = (item: ChecklistItem): string => `Nothing found: looked for ${item.lookedFor}.`;

/** A sentence together with the lead-in of the list it belongs to: "the grounds we rely on are: - public task". */
function withContext(ctx: AuditContext, s: Sentence): string {
  const lead = leadInOf(ctx.doc, s.block);
  return lead ? `${lead} ${s.text}` : s.text;
}

const notHeading = (ctx: AuditContext) => (s: Sentence) => ctx.doc.blocks[s.block]?.kind !== 'heading';

/** Matches a phrase that may stand alone, or one that needs a cue in the sentence or its list's lead-in. In document order. */
function findNamed(ctx: AuditContext, strong: RegExp, cued: RegExp, cue: RegExp, opts: { negated?: RegExp; notBasis?: RegExp; bodyOnly?: boolean } = {}): Sentence[] {
  const blank = opts.notBasis ? new RegExp(opts.notBasis.source, 'gi') : null;
  const candidates = [...new Set([...findOwn(ctx, strong), ...findOwn(ctx, cued)])].sort((a, b) => a.block - b.block);
  return candidates.filter((s) => {
    if (opts.bodyOnly && !notHeading(ctx)(s)) return false;
    if (opts.negated?.test(s.text)) return false;
    if (strong.test(s.text)) return true;
    const text = blank ? s.text.replace(blank, ' ') : s.text;
    return cued.test(text) && cue.test(withContext(ctx, s));
  });
}

function evaluateLawfulBasis(ctx: AuditContext, o: LawfulBasisOptions, item: ChecklistItem): Verdict {
  const strong = phrases(o.basis);
  const cued = phrases(o.cuedBasis);
  const body = notHeading(ctx);
  const named = findNamed(ctx, strong, cued, phrases(o.basisCue), { negated: phrases(o.negated), notBasis: phrases(o.notBasis), bodyOnly: true });
  if (named.length) {
    const combined = phrases([...o.basis, ...o.cuedBasis]);
    const found = new Set<string>();
    for (const s of named) for (const m of s.text.matchAll(new RegExp(combined.source, 'gi'))) found.add(m[0].toLowerCase().replace(/\s+/g, ' '));
    return { status: 'pass', message: `Article 6 basis named: ${[...found].slice(0, 5).join('; ')}.`, evidence: evidenceOf(named, combined, 3) };
  }
  const barred = phrases(o.publicAuthorityBarred);
  const negated = phrases(o.negated);
  const liOnly = findOwn(ctx, barred).filter((s) => body(s) && !negated.test(s.text));
  if (liOnly.length) {
    return {
      status: 'partial',
      message: 'The only Article 6 basis named is legitimate interests, which a public authority cannot rely on for its tasks (Art 6(1) final subparagraph); public task or legal obligation is not named.',
      evidence: evidenceOf(liOnly, barred, 2),
    };
  }
  const generic = phrases(o.generic);
  const statute = phrases(o.statute);
  const vague = findOwn(ctx, generic).filter(body);
  // Statutes are the source of the public task, not an Art 6 basis (checklist.md 2.5 trap (c)): partial at most.
  const use = phrases(o.statuteUse);
  const sharing = phrases(o.statuteSharing);
  const statutes = findOwn(ctx, statute).filter((s) => body(s) && use.test(s.text) && !sharing.test(s.text));
  if (vague.length || statutes.length) {
    return {
      status: 'partial',
      message: vague.length
        ? `The notice refers to a lawful basis only in general terms (e.g. "Article 6" or "a lawful reason")${statutes.length ? ' and lists statutes' : ''}, but names no Article 6 basis such as public task or legal obligation.`
        : 'The notice lists the laws behind its work but never names the Article 6 basis it relies on (such as public task or legal obligation).',
      evidence: evidenceOf(vague.length ? vague : statutes, vague.length ? generic : statute, 2),
    };
  }
  return { status: 'fail', message: nothing(item), evidence: [] };
}

function evaluateSpecialCategory(ctx: AuditContext, o: SpecialCategoryOptions, item: ChecklistItem): Verdict {
  const special = phrases(o.special);
  const named = findNamed(ctx, phrases(o.condition), phrases(o.cuedCondition), special);
  if (named.length) {
    const combined = phrases([...o.condition, ...o.cuedCondition]);
    return { status: 'pass', message: 'An Article 9 condition for special category data is named.', evidence: evidenceOf(named, combined, 2) };
  }
  const acknowledged = findOwn(ctx, special);
  if (acknowledged.length) {
    return {
      status: 'partial',
      message: 'Special category data (or Article 9) is mentioned, but no Article 9 condition such as "substantial public interest" or "explicit consent" is named.',
      evidence: evidenceOf(acknowledged, special, 2),
    };
  }
  // Listing health or ethnicity among the categories is not engagement with Article 9 (checklist.md 2.6 trap).
  return { status: 'fail', message: nothing(item), evidence: [] };
}

/** Sentences that rely on legitimate interests (not ones that disown it). Shared with the li-used-by-public-authority flag. */
export function findLegitimateInterests(ctx: AuditContext, o: LegitimateInterestsOptions): Sentence[] {
  const li = phrases(o.li);
  const negated = phrases(o.negated);
  return findOwn(ctx, li, negated);
}

function evaluateLegitimateInterests(ctx: AuditContext, o: LegitimateInterestsOptions): Verdict {
  const relied = findLegitimateInterests(ctx, o);
  if (!relied.length) {
    return { status: 'not-applicable', message: 'The notice does not rely on legitimate interests as a basis.', evidence: [] };
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
  if (good.length) {
    return { status: 'pass', message: 'Legitimate interests are relied on and the interest is described.', evidence: evidenceOf(good, described, 2) };
  }
  return {
    status: 'fail',
    message: 'Legitimate interests are named as a basis but the interest itself is never described. (A state school should not rely on legitimate interests for its public tasks.)',
    evidence: evidenceOf(relied, li, 2),
  };
}

export const LAWFUL_BASIS_CHECKS: CheckDefinition[] = [
  defineCheck({ id: 'lawful-basis-art6', optionsSchema: LawfulBasisOptionsSchema, evaluate: evaluateLawfulBasis }),
  defineCheck({ id: 'special-category-condition', optionsSchema: SpecialCategoryOptionsSchema, evaluate: evaluateSpecialCategory }),
  defineCheck({ id: 'legitimate-interests-stated', optionsSchema: LegitimateInterestsOptionsSchema, evaluate: evaluateLegitimateInterests }),
];
