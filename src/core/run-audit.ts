// runAudit: artifacts in, AuditReport out. Pure: no I/O, same answer in the extension and the CLI.
import { capEvidence, capQuote } from './quote';
import { markDescriptions, quotableText } from './evidence-kind';
import { capWarnings } from './warnings';
import { ArtifactsSchema, type Artifacts } from './artifacts';
import type { Checklist, ChecklistItem, Severity } from './checklist/schema';
import { loadChecklist } from './checklist';
import { readNotice } from './notice/read-notice';
import type { NoticeDocument } from './notice/types';
import { analyseNotice } from './analysis/notice-text';
import { detectNation } from './analysis/detect-nation';
import { detectPhase } from './analysis/detect-phase';
import { detectSchool } from './analysis/detect-school';
import { detectLanguage, type LanguageReading } from './analysis/detect-language';
import { CHECKS, FLAGS } from './checks/registry';
import { itemOptions } from './scan/item-options';
import type { AuditContext, CheckDefinition, Verdict } from './checks/types';
import { analyseCookies, hasCookieNotice } from './cookies';
import { STATUSES, isGap, type AuditReport, type Detection, type DocumentKind, type FlagResult, type ItemResult, type Nation, type Phase, type Status } from './report';
import { classifyDocument } from './discovery/classify-document';
import { ConceptIndex } from './concepts/match-concepts';
import { liftByConcepts } from './concepts/lift-verdict';

import { TOOL } from './tool';

export { TOOL };

export interface AuditOptions {
  /** Audit date, YYYY-MM-DD (staleness and the Feb 2026 cookie rules depend on it). */
  asOf: string;
  nation?: Nation | 'auto';
  phase?: Phase | 'auto';
  /** The kind of notice, when discovery already knows it; otherwise classified from the document's own text. */
  kind?: DocumentKind;
  /** Timestamp recorded as auditedAt (the caller's clock; the core reads none). */
  auditedAt?: string;
}

function override<T extends string>(detected: Detection<T>, value: T | 'auto' | undefined): Detection<T> {
  return value && value !== 'auto' ? { value, from: 'override', evidence: [] } : detected;
}

/** Options are validated once per checklist item, not on every audit (the checklist is loaded once). */
function parsedOptions(item: ChecklistItem, check: CheckDefinition<unknown>): unknown {
  return itemOptions(item, check.optionsSchema);
}

function runCheck(item: ChecklistItem, ctx: AuditContext): Verdict {
  const check = CHECKS.get(item.id);
  if (!check) return { status: 'needs-review', message: `no evaluator is registered for ${item.id}`, evidence: [] };
  try {
    // A cookie notice is judged by the cookie checks; the Art 13/14 items belong to the privacy notice.
    if (ctx.kind === 'cookie-notice' && item.area !== 'cookies') {
      return { status: 'not-applicable', message: 'this document is a cookie notice: privacy-notice checks apply to the privacy notice', evidence: [] };
    }
    if (item.appliesTo === 'pupil-notice' && ctx.kind !== 'pupil-notice' && ctx.kind !== 'unknown') {
      return { status: 'not-applicable', message: `a pupil-notice check; this document is a ${ctx.kind.replace(/-/g, ' ')}`, evidence: [] };
    }
    const verdict = check.evaluate(ctx, parsedOptions(item, check), item);
    return item.concepts.length ? liftByConcepts(verdict, item.concepts, ctx.concepts) : verdict;
  } catch (err) {
    return { status: 'needs-review', message: `the check failed: ${err instanceof Error ? err.message : String(err)}`, evidence: [] };
  }
}

/** Lower-case the first letter for use mid-sentence, but keep acronyms ("DPO", "ICO") as they are. */
function lowerFirst(s: string): string {
  return /^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** Item messages of checks that could not be judged, most common first, without their shared "cannot be judged:" lead. */
function unjudgedReasons(items: readonly ItemResult[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) {
    if (i.status !== 'needs-review') continue;
    const reason = i.message.replace(/^cannot be judged:\s*/i, '').replace(/\.$/, '').trim();
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
}

/**
 * The headline leads with what could not be judged when that is most of the audit (an unreadable page, a scanned
 * PDF): "nothing missing" is never said of a page nobody could read.
 */
function summarise(
  items: ItemResult[],
  report: Pick<AuditReport, 'cookies'>,
  shortTitles: ReadonlyMap<string, string>,
  unreadable: { reason: string; what: string } | null,
): AuditReport['summary'] {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const gaps: Record<Severity, number> = { required: 0, 'required-if': 0, recommended: 0, quality: 0 };
  for (const i of items) {
    counts[i.status]++;
    if (isGap(i.status)) gaps[i.severity]++;
  }
  const missing = items.filter((i) => i.status === 'fail' && i.area !== 'quality' && (i.severity === 'required' || i.severity === 'required-if'));
  const partial = items.filter((i) => i.status === 'partial' && i.area !== 'quality');
  const quality = items.filter((i) => i.area === 'quality' && isGap(i.status));
  const judged = counts.pass + counts.partial + counts.fail;
  const unjudged = counts['needs-review'];
  const requiredUnjudged = items.filter((i) => i.status === 'needs-review' && i.area !== 'quality' && (i.severity === 'required' || i.severity === 'required-if')).length;
  const headline: string[] = [];
  if (unreadable) headline.push(`Could not read the ${unreadable.what}: ${unreadable.reason}.`);
  else if (unjudged > judged) {
    const reasons = unjudgedReasons(items);
    headline.push(`${unjudged} of ${unjudged + judged} checks could not be judged and need a person to look${reasons.length ? `: ${reasons.slice(0, 2).join('; ')}` : ''}.`);
  }
  const missingLine = missing.length
    ? `Missing: ${missing.slice(0, 4).map((i, n) => (n === 0 ? shortTitles.get(i.id) ?? i.title : lowerFirst(shortTitles.get(i.id) ?? i.title))).join('; ')}${missing.length > 4 ? `; and ${missing.length - 4} more` : ''}.`
    : requiredUnjudged === 0
      ? 'Nothing required is missing.'
      : judged === 0
        ? null
        : `Nothing required was found missing, but ${requiredUnjudged} required check${requiredUnjudged === 1 ? '' : 's'} could not be judged.`;
  if (missingLine) headline.push(missingLine);
  if (judged > 0 || !unreadable) headline.push(`${partial.length} item${partial.length === 1 ? '' : 's'} partly met; ${quality.length} quality problem${quality.length === 1 ? '' : 's'}.`);
  const observed = report.cookies?.observed ?? [];
  if (observed.length) {
    const undeclared = observed.filter((c) => c.declared === 'no').length;
    const early = observed.filter((c) => c.beforeConsent && c.category !== 'strictly-necessary').length;
    headline.push(`Cookies: ${early} non-essential set before consent, ${undeclared} not in the cookie table${unreadable ? ' (the cookie table could not be read)' : ''}.`);
  }
  return { counts, gaps, headline };
}

/** Checks that read the notice's wording; dates, links and residue can be judged in any language. */
const NEEDS_A_READER_OF_WELSH = (item: ChecklistItem): boolean =>
  item.area === 'notice' || item.id === 'current-legislation' || item.id === 'jurisdiction-consistency';

function languageWarnings(language: LanguageReading): string[] {
  if (language.value === 'cy') return ['The notice is written in Welsh: its content checks need a Welsh reader and are marked needs-review.'];
  if (language.value === 'mixed') {
    return [`About ${Math.round(language.welshShare * 100)}% of the notice is in Welsh: verdicts are read from its English text, so a point made only in Welsh is not counted.`];
  }
  return [];
}

/** Audit one notice (and optionally its cookie notice and observed cookies) against the checklist. */
export function runAudit(rawArtifacts: Artifacts, checklist: Checklist = loadChecklist(), options: AuditOptions): AuditReport {
  const artifacts = ArtifactsSchema.parse(rawArtifacts);
  const doc = readNotice(artifacts.notice);
  const text = analyseNotice(doc);
  const school = detectSchool(doc);
  const nation = override(detectNation(doc), options.nation);
  const phase = override(detectPhase(doc, school.value, text.npdBlocks), options.phase);
  const kind = options.kind ?? classifyDocument(doc);

  let cookieDoc: NoticeDocument | null = null;
  if (artifacts.cookieNotice) cookieDoc = readNotice(artifacts.cookieNotice);
  else if (kind === 'cookie-notice' || hasCookieNotice(doc)) cookieDoc = doc;
  const auditCookies = cookieDoc !== null || artifacts.observedCookies !== undefined;
  const cookies = auditCookies
    ? analyseCookies({ cookieNotice: cookieDoc, observed: artifacts.observedCookies ?? null, siteUrl: artifacts.observedCookies?.pageUrl ?? doc.source.url, asOf: options.asOf })
    : undefined;

  const ctx: AuditContext = {
    doc,
    text,
    nation,
    phase,
    school,
    kind,
    asOf: options.asOf,
    concepts: new ConceptIndex(doc, text),
    ...(cookieDoc ? { cookieNotice: { doc: cookieDoc, text: cookieDoc === doc ? text : analyseNotice(cookieDoc) } } : {}),
    ...(cookies ? { cookies } : {}),
  };

  const unreadable = doc.unreadable.length ? doc.unreadable.join('; ') : null;
  const language = detectLanguage(doc);
  // An unreadable cookie notice cannot show a cookie table: its checks are not "missing", they could not be judged.
  const cookieUnreadable = cookieDoc && cookieDoc.unreadable.length ? cookieDoc.unreadable.join('; ') : null;
  const quotable = quotableText(cookieDoc && cookieDoc !== doc ? [doc, cookieDoc] : [doc]);
  const items: ItemResult[] = checklist.items
    .filter((item) => item.area !== 'cookies' || auditCookies)
    .map((item) => {
      const verdict: Verdict =
        kind === 'cookie-notice' && item.area !== 'cookies'
          ? runCheck(item, ctx)
          : unreadable && item.area !== 'cookies'
            ? { status: 'needs-review', message: `cannot be judged: ${unreadable}`, evidence: [] }
            : language.value === 'cy' && NEEDS_A_READER_OF_WELSH(item)
              ? { status: 'needs-review', message: 'written in Welsh: needs a Welsh reader (the checks read English wording).', evidence: language.evidence }
              : cookieUnreadable && item.area === 'cookies'
                ? { status: 'needs-review', message: `cannot be judged: the cookie notice could not be read: ${cookieUnreadable}`, evidence: [] }
                : runCheck(item, ctx);
      return { id: item.id, area: item.area, status: verdict.status, severity: item.severity, title: item.title, ref: item.ref, message: capQuote(verdict.message, 2_000), evidence: markDescriptions(capEvidence(verdict.evidence), quotable), guidance: item.guidance };
    });

  const flagTitles = new Map(checklist.flags.map((f) => [f.id, f.title]));
  const flags: FlagResult[] = unreadable
    ? []
    : FLAGS.flatMap((f) => {
        try {
          const evidence = f.detect(ctx);
          return evidence.length ? [{ id: f.id, title: flagTitles.get(f.id) ?? f.id, evidence: markDescriptions(capEvidence(evidence), quotable) }] : [];
        } catch {
          return [];
        }
      });

  const report: AuditReport = {
    tool: { ...TOOL },
    checklist: { version: checklist.version, date: checklist.verified },
    source: { url: doc.source.url, format: doc.source.format, kind, title: doc.title, ...(doc.pageCount ? { pageCount: doc.pageCount } : {}) },
    school: school.value,
    nation: nation.value,
    phase: phase.value,
    detection: { nation: { ...nation, evidence: capEvidence(nation.evidence) }, phase: { ...phase, evidence: capEvidence(phase.evidence) }, school: { ...school, evidence: capEvidence(school.evidence) } },
    asOf: options.asOf,
    auditedAt: options.auditedAt ?? options.asOf,
    items,
    flags,
    ...(cookies ? { cookies } : {}),
    summary: { counts: {} as Record<Status, number>, gaps: {} as Record<Severity, number>, headline: [] },
    warnings: capWarnings([
      ...doc.warnings,
      ...doc.unreadable,
      ...languageWarnings(language),
      ...(cookieDoc && cookieDoc !== doc ? [...cookieDoc.warnings, ...cookieDoc.unreadable].map((w) => `cookie notice: ${w}`) : []),
    ]),
  };
  const unreadableSummary = unreadable ? { reason: unreadable, what: doc.source.format === 'html' ? 'page' : 'document' } : null;
  report.summary = summarise(items, report, new Map(checklist.items.map((i) => [i.id, i.shortTitle])), unreadableSummary);
  return report;
}
