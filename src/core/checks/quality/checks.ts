// Evaluators for the quality checks: notice date and currency, current law, England/Wales consistency, public links, template residue.
import type { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import type { ChecklistItem } from '../../schema/checklist';
import { messageFor, verdictFor } from '../verdict';
import type { Evidence, Nation } from '../../report';
import type { NoticeDocument } from '../../notice/types';
import { optionsOfCheck } from '../item-options';
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
import { earliestDay, formatDate, isBefore, latestDay, monthsBetween, parseIsoDate } from './dates';
import { findJurisdictionProblems, findLawCitations } from './law';
import { findLinkProblems } from './links';
import { findResidue } from './residue';

const MAX_EVIDENCE = 6;

/** The options a quality check is configured with in the audit's checklist (flag detectors read the same data as the checks). */
export function qualityOptions<S extends z.ZodType>(ctx: AuditContext, id: string, schema: S): z.infer<S> {
  const options = optionsOfCheck(ctx.checklist, id, schema);
  if (options === null) throw new Error(`checklist has no item ${id}`);
  return options;
}

/** A quality check's item in the audit's checklist (its messages word the flags' shared judgements). */
export function qualityItem(ctx: AuditContext, id: string): ChecklistItem {
  const item = ctx.checklist.items.find((i) => i.id === id);
  if (!item) throw new Error(`checklist has no item ${id}`);
  return item;
}

function evidenceOfFindings(findings: readonly QualityFinding[]): Evidence[] {
  return findings.slice(0, MAX_EVIDENCE).map((f) => ({ text: f.text, where: f.where }));
}

function describe(findings: readonly QualityFinding[], max = 3): string {
  const parts = findings.slice(0, max).map((f) => `${f.where}: ${f.why}`);
  const more = findings.length > max ? `; and ${findings.length - max} more` : '';
  return `${parts.join('; ')}${more}`;
}

/** fail when any finding fails, partial when only partial findings, pass otherwise; `reason` words the findings. */
function verdictOf(item: ChecklistItem, findings: readonly QualityFinding[], pass: Verdict, reason: string): Verdict {
  if (!findings.length) return pass;
  // Fails first, so the evidence shows what decided the status.
  const ordered = [...findings.filter((f) => f.severity === 'fail'), ...findings.filter((f) => f.severity === 'partial')];
  const status = ordered[0]!.severity;
  return verdictFor(item, status, reason, evidenceOfFindings(ordered), { findings: describe(ordered) });
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
export function judgeNoticeDates(ctx: AuditContext, o: LastUpdatedOptions, item: ChecklistItem): DateJudgement {
  return judgeDocumentDates(ctx, ctx.doc, o, item);
}

/** The same judgement for any document (a cookie notice uses the same staleness rule, checklist.md 3.12). */
export function judgeDocumentDates(ctx: AuditContext, doc: NoticeDocument, o: LastUpdatedOptions, item: ChecklistItem): DateJudgement {
  const asOf = ctx.asOf;
  const found = findNoticeDates(ctx, doc, o);
  const today = parseIsoDate(asOf);
  const cutoff = parseIsoDate(o.staleBefore);
  const termEvidence = found.expiredTerms.map((t) => t.evidence);
  const notice = latest(found.notice);
  const review = latest(found.review);

  if (!notice && !review) {
    const rejected = found.rejected.slice(0, 3);
    const rejectedNote = rejected.length
      ? messageFor(item, 'rejected-dates-note', { dates: rejected.map((r) => `"${r.written}" (${r.evidence.where}; ${r.why})`).join('; ') })
      : '';
    // A template's "This version was last updated on [date]" left unfilled: quote it so the school sees the line to fix.
    const undated = doc.blocks.find((b) => UNDATED_LINE.test(b.text));
    const undatedNote = undated ? messageFor(item, 'undated-line-note', { where: undated.where }) : '';
    const evidence = [
      ...(undated ? [{ text: undated.text.length > 200 ? `${undated.text.slice(0, 197)}...` : undated.text, where: undated.where }] : []),
      ...rejected.map((r) => r.evidence),
    ];
    return { verdict: verdictFor(item, 'fail', 'no-date', evidence, { undatedNote, rejectedNote }), stale: termEvidence };
  }

  const problems: string[] = [];
  const staleEvidence: Evidence[] = [];
  const staleLimit = Date.UTC(today.year, today.month! - 1 - o.staleAfterMonths, today.day!) / 86_400_000;
  if (notice) {
    // "More than 24 months before the audit" counts days too: 20 November 2024 is past the limit on 5 December 2026.
    if (isBefore(notice.date, cutoff)) problems.push(messageFor(item, 'dated-before-uk-gdpr-note', { date: formatDate(notice.date) }));
    else if (latestDay(notice.date) < staleLimit)
      problems.push(messageFor(item, 'dated-too-long-ago-note', { date: formatDate(notice.date), limit: String(o.staleAfterMonths) }));
    if (problems.length) staleEvidence.push(notice.evidence);
  }
  if (review && isBefore(review.date, today)) {
    problems.push(messageFor(item, 'review-date-passed-note', { date: formatDate(review.date) }));
    staleEvidence.push(review.evidence);
  }
  const evidence = [notice?.evidence, review?.evidence].filter((e): e is Evidence => e !== undefined);
  if (problems.length) {
    return {
      verdict: verdictFor(item, 'partial', 'out-of-date', evidence, { problems: problems.join('; ') }),
      stale: [...staleEvidence, ...termEvidence],
    };
  }
  if (!notice) {
    // A review date says when the school means to look again, not when this text was written: the notice has no date of
    // its own (checklist.md 2.24: Missing = no notice date). The review date is quoted so the reader sees what was found.
    return {
      verdict: verdictFor(item, 'fail', 'review-date-only', evidence, { date: formatDate(review!.date) }),
      stale: termEvidence,
    };
  }
  // "December 2024" audited on 2 December 2026: the 1st of the month is over the limit, the 31st is not. The text
  // cannot settle it, so a person checks rather than the report calling the notice current or stale.
  if (notice.date.day === null && earliestDay(notice.date) < staleLimit) {
    return {
      verdict: verdictFor(item, 'needs-review', 'borderline-month', evidence, {
        date: formatDate(notice.date),
        limit: String(o.staleAfterMonths),
      }),
      stale: termEvidence,
    };
  }
  return {
    verdict: verdictFor(item, 'pass', 'dated', evidence, {
      date: formatDate(notice.date),
      months: String(Math.max(0, monthsBetween(notice.date, today))),
    }),
    stale: termEvidence,
  };
}

// ---- current-legislation -----------------------------------------------------------------------

const UK_GDPR = /\b(?:uk|united kingdom)[\s-]+(?:gdpr|general data protection regulation)/i;
const DPA_2018 = /\bdata protection act,? 2018\b/i;

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
    evaluate: (ctx, o, item) => judgeNoticeDates(ctx, o, item).verdict,
  }),

  defineCheck({
    id: 'current-legislation',
    optionsSchema: CurrentLawOptionsSchema,
    evaluate: (ctx, o, item): Verdict => {
      const c = findLawCitations(ctx.text, o);
      if (c.outdated.length) return verdictOf(item, c.outdated, { status: 'pass', message: '', evidence: [] }, 'outdated-law');
      // "GDPR" alone is ambiguous (checklist.md 2.25); beside the UK's own Act ("the GDPR and the Data Protection Act
      // 2018") it reads as the UK's law.
      const ukLaw = c.current.some((s) => UK_GDPR.test(s.text) || DPA_2018.test(s.text));
      const partials: QualityFinding[] = [...c.euFraming];
      if (c.bareGdpr.length && !ukLaw) {
        const s = c.bareGdpr[0]!;
        const e = quoteSentence(s, /gdpr|general data protection regulation/i);
        partials.unshift({
          kind: 'bare-gdpr',
          severity: 'partial',
          text: e.text,
          where: e.where,
          why: 'says "GDPR" without "UK": since 1 January 2021 the law is the UK GDPR',
        });
      }
      if (partials.length) return verdictOf(item, partials, { status: 'pass', message: '', evidence: [] }, 'ambiguous-law');
      if (c.current.length) {
        return verdictFor(
          item,
          'pass',
          'current-law',
          c.current.slice(0, 2).map((s) => quoteSentence(s, /uk gdpr|data protection act|general data protection/i)),
        );
      }
      const generic = c.generic.slice(0, 2).map((s) => quoteSentence(s, /data protection/i));
      return verdictFor(item, 'partial', generic.length ? 'generic-law-only' : 'no-law-named', generic);
    },
  }),

  defineCheck({
    id: 'jurisdiction-consistency',
    optionsSchema: JurisdictionOptionsSchema,
    evaluate: (ctx, o, item): Verdict => {
      const nation = ctx.nation.value;
      if (nation === 'unknown') {
        // Without a nation, only content from both nations at once is an inconsistency.
        const asWales = findJurisdictionProblems(ctx, 'wales', o);
        const asEngland = findJurisdictionProblems(ctx, 'england', o);
        if (asWales.length && asEngland.length) {
          return verdictFor(
            item,
            'fail',
            'mixes-nations',
            [...evidenceOfFindings(asWales).slice(0, 2), ...evidenceOfFindings(asEngland).slice(0, 2)],
            {
              walesWhere: asWales[0]!.where,
              englandWhere: asEngland[0]!.where,
            },
          );
        }
        return verdictFor(item, 'pass', 'nation-unknown-consistent');
      }
      const problems = findJurisdictionProblems(ctx, nation, o);
      const own = ownNationEvidence(ctx, nation, o);
      return verdictOf(
        item,
        problems,
        verdictFor(item, 'pass', nation === 'wales' ? 'consistent-wales' : 'consistent-england', own),
        nation === 'wales' ? 'other-nation-in-wales' : 'other-nation-in-england',
      );
    },
  }),

  defineCheck({
    id: 'links-public-and-working',
    optionsSchema: LinksOptionsSchema,
    evaluate: (ctx, o, item): Verdict => {
      const problems = findLinkProblems(ctx, o);
      const count = ctx.doc.links.length;
      const evidence = ctx.doc.links
        .slice(0, 3)
        .map((l) => ({ text: l.href ?? l.text, where: ctx.doc.blocks[l.block]?.where ?? 'notice' }));
      const pass = verdictFor(item, 'pass', count === 0 ? 'no-links' : count === 1 ? 'one-link-public' : 'links-public', evidence, {
        count: String(count),
      });
      return verdictOf(item, problems, pass, 'unusable-links');
    },
  }),

  defineCheck({
    id: 'no-template-residue',
    optionsSchema: ResidueOptionsSchema,
    evaluate: (ctx, o, item): Verdict => verdictOf(item, findResidue(ctx, o), verdictFor(item, 'pass', 'no-residue'), 'residue'),
  }),
];
