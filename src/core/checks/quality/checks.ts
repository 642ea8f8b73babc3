// Evaluators for the quality checks: notice date and currency, current law, England/Wales consistency, public links, template residue.
import type { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import type { Evidence, Nation } from '../../report';
import type { NoticeDocument } from '../../notice/types';
import { loadChecklist } from '../../checklist';
import { itemOptions } from '../../scan/item-options';
import { quoteSentence } from '../../analysis/notice-text';
import {
  CurrentLawOptionsSchema,
  JurisdictionOptionsSchema,
  LastUpdatedOptionsSchema,
  LinksOptionsSchema,
  ResidueOptionsSchema,
  compilePhrases,
  type LastUpdatedOptions,
  type QualityFinding,
} from './options';
import { findNoticeDates, type DatedMention } from './notice-dates';
import { formatDate, isBefore, latestDay, monthsBetween, parseIsoDate } from './dates';
import { findJurisdictionProblems, findLawCitations } from './law';
import { findLinkProblems } from './links';
import { findResidue } from './residue';

const MAX_EVIDENCE = 6;

/** The options a quality check is configured with in the loaded checklist (flag detectors read the same data as the checks). */
export function qualityOptions<S extends z.ZodType>(id: string, schema: S): z.infer<S> {
  const item = loadChecklist().items.find((i) => i.id === id);
  if (!item) throw new Error(`checklist has no item ${id}`);
  return itemOptions(item, schema);
}

function evidenceOfFindings(findings: readonly QualityFinding[]): Evidence[] {
  return findings.slice(0, MAX_EVIDENCE).map((f) => ({ text: f.text, where: f.where }));
}

function describe(findings: readonly QualityFinding[], max = 3): string {
  const parts = findings.slice(0, max).map((f) => `${f.where}: ${f.why}`);
  const more = findings.length > max ? `; and ${findings.length - max} more` : '';
  return `${parts.join('; ')}${more}`;
}

/** fail when any finding fails, partial when only partial findings, pass otherwise. */
function verdictOf(findings: readonly QualityFinding[], pass: Verdict, label: string): Verdict {
  if (!findings.length) return pass;
  // Fails first, so the evidence shows what decided the status.
  const ordered = [...findings.filter((f) => f.severity === 'fail'), ...findings.filter((f) => f.severity === 'partial')];
  const status = ordered[0]!.severity;
  return { status, message: `${label}: ${describe(ordered)}.`, evidence: evidenceOfFindings(ordered) };
}

// ---- last-updated-date -------------------------------------------------------------------------

export interface DateJudgement {
  verdict: Verdict;
  /** Evidence for the stale-date flag: a stale notice or review date, or a content term that has run out. */
  stale: Evidence[];
}

const UNDATED_LINE = /\b(?:last\s+(?:updated|reviewed|revised)|this\s+version\s+was|date\s+of\s+(?:this\s+)?(?:notice|policy))\b.{0,40}\S/i;

function latest(mentions: readonly DatedMention[]): DatedMention | undefined {
  return [...mentions].sort((a, b) => latestDay(b.date) - latestDay(a.date))[0];
}

/** Judge the audited notice's date against the audit date (checklist.md 2.24 staleness rule). */
export function judgeNoticeDates(ctx: AuditContext, o: LastUpdatedOptions): DateJudgement {
  return judgeDocumentDates(ctx.doc, ctx.asOf, o);
}

/** The same judgement for any document (a cookie notice uses the same staleness rule, checklist.md 3.12). */
export function judgeDocumentDates(doc: NoticeDocument, asOf: string, o: LastUpdatedOptions): DateJudgement {
  const found = findNoticeDates(doc, o, asOf);
  const today = parseIsoDate(asOf);
  const cutoff = parseIsoDate(o.staleBefore);
  const termEvidence = found.expiredTerms.map((t) => t.evidence);
  const notice = latest(found.notice);
  const review = latest(found.review);

  if (!notice && !review) {
    const rejected = found.rejected.slice(0, 3);
    const trapNote = rejected.length
      ? ` Dates found but rejected as not the notice's date: ${rejected.map((r) => `"${r.written}" (${r.evidence.where}; ${r.why})`).join('; ')}.`
      : '';
    // A template's "This version was last updated on [date]" left unfilled: quote it so the school sees the line to fix.
    const undated = doc.blocks.find((b) => UNDATED_LINE.test(b.text));
    const undatedNote = undated ? ` The notice has a "last updated" line with no date in it (${undated.where}).` : '';
    return {
      verdict: {
        status: 'fail',
        message: `No notice date found: looked for a "last updated", "Date:", "version" or review date.${undatedNote}${trapNote}`,
        evidence: [...(undated ? [{ text: undated.text.length > 200 ? `${undated.text.slice(0, 197)}...` : undated.text, where: undated.where }] : []), ...rejected.map((r) => r.evidence)],
      },
      stale: termEvidence,
    };
  }

  const problems: string[] = [];
  const staleEvidence: Evidence[] = [];
  if (notice) {
    const age = monthsBetween(notice.date, today);
    if (isBefore(notice.date, cutoff)) problems.push(`dated ${formatDate(notice.date)}, before the UK GDPR (1 January 2021)`);
    else if (age > o.staleAfterMonths) problems.push(`dated ${formatDate(notice.date)}, ${age} months before the audit (more than ${o.staleAfterMonths})`);
    if (problems.length) staleEvidence.push(notice.evidence);
  }
  if (review && isBefore(review.date, today)) {
    problems.push(`its review date ${formatDate(review.date)} has passed`);
    staleEvidence.push(review.evidence);
  }
  const evidence = [notice?.evidence, review?.evidence].filter((e): e is Evidence => e !== undefined);
  if (problems.length) {
    return { verdict: { status: 'partial', message: `Dated but out of date: ${problems.join('; ')}.`, evidence }, stale: [...staleEvidence, ...termEvidence] };
  }
  if (!notice) {
    // A review date says when the school means to look again, not when this text was written (checklist.md 2.24).
    return {
      verdict: { status: 'partial', message: `No date of its own (when it was written or last updated); only a review date, ${formatDate(review!.date)}, which has not passed.`, evidence },
      stale: termEvidence,
    };
  }
  return { verdict: { status: 'pass', message: `Dated ${formatDate(notice.date)} (${Math.max(0, monthsBetween(notice.date, today))} months before the audit).`, evidence }, stale: termEvidence };
}

// ---- current-legislation -----------------------------------------------------------------------

const UK_GDPR = /\b(?:uk|united kingdom)[\s-]+(?:gdpr|general data protection regulation)/i;

// ---- jurisdiction ------------------------------------------------------------------------------

function ownNationEvidence(ctx: AuditContext, nation: Nation, o: z.infer<typeof JurisdictionOptionsSchema>): Evidence[] {
  if (nation === 'unknown') return [];
  const re = compilePhrases(nation === 'wales' ? o.walesOnly : o.englandOnly);
  return ctx.text.sentences
    .filter((s) => re.test(s.text))
    .slice(0, 2)
    .map((s) => quoteSentence(s, re));
}

export const QUALITY_CHECKS: CheckDefinition[] = [
  defineCheck({
    id: 'last-updated-date',
    optionsSchema: LastUpdatedOptionsSchema,
    evaluate: (ctx, o) => judgeNoticeDates(ctx, o).verdict,
  }),

  defineCheck({
    id: 'current-legislation',
    optionsSchema: CurrentLawOptionsSchema,
    evaluate: (ctx, o): Verdict => {
      const c = findLawCitations(ctx.text, o);
      if (c.outdated.length) return verdictOf(c.outdated, { status: 'pass', message: '', evidence: [] }, 'Cites outdated law');
      const ukGdpr = c.current.some((s) => UK_GDPR.test(s.text));
      const partials: QualityFinding[] = [...c.euFraming];
      if (c.bareGdpr.length && !ukGdpr) {
        const s = c.bareGdpr[0]!;
        const e = quoteSentence(s, /gdpr|general data protection regulation/i);
        partials.unshift({ kind: 'bare-gdpr', severity: 'partial', text: e.text, where: e.where, why: 'says "GDPR" without "UK": since 1 January 2021 the law is the UK GDPR' });
      }
      if (partials.length) return verdictOf(partials, { status: 'pass', message: '', evidence: [] }, 'Law named ambiguously or with EU-era framing');
      if (c.current.length) {
        return { status: 'pass', message: 'Names the current law (UK GDPR / Data Protection Act) and no outdated law.', evidence: c.current.slice(0, 2).map((s) => quoteSentence(s, /uk gdpr|data protection act|general data protection/i)) };
      }
      const generic = c.generic.slice(0, 2).map((s) => quoteSentence(s, /data protection/i));
      return {
        status: 'partial',
        message: `Names no data protection law: looked for "UK GDPR" or "Data Protection Act 2018"${generic.length ? '; the notice only says "data protection law/legislation"' : ''}.`,
        evidence: generic,
      };
    },
  }),

  defineCheck({
    id: 'jurisdiction-consistency',
    optionsSchema: JurisdictionOptionsSchema,
    evaluate: (ctx, o): Verdict => {
      const nation = ctx.nation.value;
      if (nation === 'unknown') {
        // Without a nation, only content from both nations at once is an inconsistency.
        const asWales = findJurisdictionProblems(ctx.text, 'wales', o);
        const asEngland = findJurisdictionProblems(ctx.text, 'england', o);
        if (asWales.length && asEngland.length) {
          return {
            status: 'fail',
            message: `Mixes England and Wales content: ${asWales[0]!.where} cites England-only law or bodies and ${asEngland[0]!.where} Wales-only ones.`,
            evidence: [...evidenceOfFindings(asWales).slice(0, 2), ...evidenceOfFindings(asEngland).slice(0, 2)],
          };
        }
        return { status: 'pass', message: 'The school\'s nation was not determined; the notice does not mix England-only and Wales-only law or bodies.', evidence: [] };
      }
      const problems = findJurisdictionProblems(ctx.text, nation, o);
      const own = ownNationEvidence(ctx, nation, o);
      return verdictOf(
        problems,
        { status: 'pass', message: `Consistent with a school in ${nation === 'wales' ? 'Wales' : 'England'}: no law or body of the other nation is used as the school's own.`, evidence: own },
        `A school in ${nation === 'wales' ? 'Wales' : 'England'} cites the other nation's law or bodies`,
      );
    },
  }),

  defineCheck({
    id: 'links-public-and-working',
    optionsSchema: LinksOptionsSchema,
    evaluate: (ctx, o): Verdict => {
      const problems = findLinkProblems(ctx.doc, o);
      const count = ctx.doc.links.length;
      return verdictOf(
        problems,
        {
          status: 'pass',
          message: count ? `${count} link${count === 1 ? '' : 's'} checked: all public addresses, none bare "here".` : 'No links in the notice, and no text pointing to a missing link.',
          evidence: ctx.doc.links.slice(0, 3).map((l) => ({ text: l.href ?? l.text, where: ctx.doc.blocks[l.block]?.where ?? 'notice' })),
        },
        'Links the public cannot use',
      );
    },
  }),

  defineCheck({
    id: 'no-template-residue',
    optionsSchema: ResidueOptionsSchema,
    evaluate: (ctx, o): Verdict =>
      verdictOf(
        findResidue(ctx.doc, o),
        { status: 'pass', message: 'No placeholders, unfinished choices, empty lists, cut-off sentences or text from another organisation found.', evidence: [] },
        'Template leftovers',
      ),
  }),
];
