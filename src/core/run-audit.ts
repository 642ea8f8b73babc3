// runAudit: artifacts in, AuditReport out. Pure: no I/O, same answer in the extension and the CLI.
import { capEvidence, capQuote } from './quote';
import { markDescriptions, quotableText } from './evidence-kind';
import { capWarnings } from './warnings';
import { ArtifactsSchema, type Artifacts } from './artifacts';
import type { Checklist, ChecklistItem } from './schema/checklist';
import { loadChecklist } from './checklist';
import { readNotice } from './notice/read-notice';
import type { NoticeDocument } from './notice/types';
import { analyseNotice } from './analysis/notice-text';
import { detectNation } from './analysis/detect-nation';
import { detectPhase } from './analysis/detect-phase';
import { detectSchool } from './analysis/detect-school';
import { detectLanguage, type LanguageReading } from './analysis/detect-language';
import { CHECKS, FLAGS } from './checks/registry';
import { itemOptions } from './checks/item-options';
import type { AuditContext, CheckDefinition, ConsentStateResult, Verdict } from './checks/types';
import { analyseCookies, hasCookieNotice, readCookieNotice } from './cookies';
import type { AuditReport, Detection, DocumentKind, FlagResult, ItemResult, Nation, Phase } from './report';
import { countAll, gapsBySeverity, summariseAudit } from './summary';
import { classifyDocument } from './discovery/classify-document';
import { describeOutcomes } from './discovery/document-outcomes';
import { whyChosen } from './discovery/choose-documents';
import { ConceptIndex, prepareLexiconIndex } from './concepts/match-concepts';
import { liftByConcepts } from './concepts/lift-verdict';

import { AuditMemo } from './audit-memo';
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

/** Options are validated once per checklist item, not on every audit (the built-in checklist's are validated by the tests). */
function parsedOptions(item: ChecklistItem, check: CheckDefinition<unknown>): unknown {
  return itemOptions(item, check.optionsSchema);
}

function runCheck(item: ChecklistItem, ctx: AuditContext, welshText = false): Verdict {
  const check = CHECKS.get(item.id);
  if (!check) return { status: 'needs-review', message: `No evaluator is registered for ${item.id}.`, evidence: [] };
  try {
    // A cookie notice is judged by the cookie checks; the Art 13/14 items belong to the privacy notice.
    if (ctx.kind === 'cookie-notice' && item.area !== 'cookies') {
      return {
        status: 'not-applicable',
        message: 'This document is a cookie notice: privacy-notice checks apply to the privacy notice.',
        evidence: [],
      };
    }
    if (item.appliesTo === 'pupil-notice' && ctx.kind !== 'pupil-notice' && ctx.kind !== 'unknown') {
      return {
        status: 'not-applicable',
        message: `A pupil-notice check; this document is a ${ctx.kind.replace(/-/g, ' ')}.`,
        evidence: [],
      };
    }
    const verdict = check.evaluate(ctx, parsedOptions(item, check), item);
    const lifted = item.concepts.length ? liftByConcepts(verdict, item.concepts, ctx.concepts) : verdict;
    // A bilingual notice may make a point only in its Welsh text; what its English text was found to say wrongly (an
    // England-only law, a shortfall quoted) the Welsh text does not undo.
    return welshText && item.welsh.concepts.length && !lifted.evidence.length
      ? liftByConcepts(lifted, item.welsh.concepts, ctx.concepts)
      : lifted;
  } catch (err) {
    return {
      status: 'needs-review',
      message: `The check failed: ${(err instanceof Error ? err.message : String(err)).replace(/\.?$/, '.')}`,
      evidence: [],
    };
  }
}

/** Checks that read the notice's wording; dates, links and residue can be judged in any language. */
const NEEDS_A_READER_OF_WELSH = (item: ChecklistItem): boolean =>
  item.area === 'notice' || item.id === 'current-legislation' || item.id === 'jurisdiction-consistency';

/**
 * A check on a notice written in Welsh: a verdict the evaluator reached without reading English words (a link, the
 * school's phase) stands; otherwise the check's Welsh concepts may find the point made, and what they do not find is
 * left for a Welsh reader, never reported missing.
 */
function readInWelsh(item: ChecklistItem, ctx: AuditContext, language: LanguageReading): Verdict {
  if (item.welsh.appliesIf.length && !ctx.concepts.evidence(item.welsh.appliesIf, 1).length) {
    return {
      status: 'not-applicable',
      message: 'Written in Welsh: what this check is about is never mentioned (read for its Welsh words), so it does not apply.',
      evidence: [],
    };
  }
  if (item.welsh.languageFree.length) {
    const english = runCheck(item, ctx);
    if (english.reason !== undefined && item.welsh.languageFree.includes(english.reason)) return english;
  }
  const unread: Verdict = {
    status: 'needs-review',
    message: item.welsh.concepts.length
      ? 'Written in Welsh: needs a Welsh reader (the Welsh wording this check knows was not found, which does not mean the point is missing).'
      : 'Written in Welsh: needs a Welsh reader (the checks read English wording).',
    evidence: language.evidence,
  };
  return item.welsh.concepts.length ? liftByConcepts(unread, item.welsh.concepts, ctx.concepts) : unread;
}

function languageWarnings(language: LanguageReading): string[] {
  if (language.value === 'cy')
    return [
      'The notice is written in Welsh: checks were read for the Welsh wording they know; the rest need a Welsh reader and are marked needs-review.',
    ];
  if (language.value === 'mixed') {
    return [
      `About ${Math.round(language.welshShare * 100)}% of the notice is in Welsh: verdicts are read from its English text, and from its Welsh for the Welsh wording the checks know.`,
    ];
  }
  return [];
}

/** An audit's report with the documents it read, for a caller that needs their text too (read once, not again). */
export interface AuditReading {
  report: AuditReport;
  notice: NoticeDocument;
  /** The separate cookie notice as read; null when none was given (a cookie section inside the notice is `notice`). */
  cookieNotice: NoticeDocument | null;
}

/**
 * Build now what every audit builds from constant data on first use (the checklist, the options of a checklist other
 * than the built-in one parsed, the lexicon's index, the input schema), for a caller with idle time before its first audit.
 * Optional: reports are the same either way.
 */
export function prepareAudit(checklist: Checklist = loadChecklist()): void {
  for (const item of checklist.items) {
    const check = CHECKS.get(item.id);
    try {
      if (check) parsedOptions(item, check);
    } catch {
      // malformed options: the audit itself reports them on that item
    }
  }
  prepareLexiconIndex();
  // The input schema is built on its first parse: parsing the smallest input builds it before the first audit needs it.
  ArtifactsSchema.safeParse({ notice: { format: 'text', text: '' } });
}

/** Audit one notice (and optionally its cookie notice and observed cookies) against the checklist. */
export function runAudit(rawArtifacts: Artifacts, options: AuditOptions, checklist: Checklist = loadChecklist()): AuditReport {
  return auditAndRead(rawArtifacts, options, checklist).report;
}

/**
 * Documents a caller already read with readNotice from the very inputs it audits (HTML, Word or text: a PDF's input
 * check may trim its reading notes, so a PDF is always read here), so they are not read twice.
 */
export interface AlreadyRead {
  notice?: NoticeDocument | undefined;
  cookieNotice?: NoticeDocument | undefined;
}

function readOnce(input: Artifacts['notice'], already: NoticeDocument | undefined): NoticeDocument {
  return already && input.format !== 'pdf' ? already : readNotice(input);
}

/** runAudit, also handing back the documents it read. */
export function auditAndRead(
  rawArtifacts: Artifacts,
  options: AuditOptions,
  checklist: Checklist = loadChecklist(),
  alreadyRead: AlreadyRead = {},
): AuditReading {
  const artifacts = ArtifactsSchema.parse(rawArtifacts);
  const doc = readOnce(artifacts.notice, alreadyRead.notice);
  const text = analyseNotice(doc);
  const school = detectSchool(doc);
  const nation = override(detectNation(doc), options.nation);
  const phase = override(detectPhase(doc, school.value, text.npdBlocks), options.phase);
  const kind = options.kind ?? classifyDocument(doc);

  const memo = new AuditMemo();
  const cookieFacts = (d: NoticeDocument) => memo.once(readCookieNotice, d);
  let cookieDoc: NoticeDocument | null = null;
  if (artifacts.cookieNotice) cookieDoc = readOnce(artifacts.cookieNotice, alreadyRead.cookieNotice);
  else if (kind === 'cookie-notice' || hasCookieNotice(doc, () => cookieFacts(doc))) cookieDoc = doc;
  // The outcomes say exactly which document each set of checks read.
  const documents = artifacts.discovery
    ? describeOutcomes(
        artifacts.discovery,
        {
          noticeUrl: doc.source.url,
          noticeKind: kind,
          cookieFrom: cookieDoc === null ? null : cookieDoc === doc ? 'notice' : 'cookie-notice',
          cookieUrl: cookieDoc?.source.url ?? null,
        },
        whyChosen,
      )
    : undefined;
  const auditCookies = cookieDoc !== null || artifacts.observedCookies !== undefined;
  const cookieAnalysis = auditCookies
    ? analyseCookies({
        cookieNotice: cookieDoc,
        ...(cookieDoc ? { noticeFacts: cookieFacts(cookieDoc) } : {}),
        observed: artifacts.observedCookies ?? null,
        siteUrl: artifacts.observedCookies?.pageUrl ?? doc.source.url,
        asOf: options.asOf,
      })
    : undefined;
  // Each other consent state's cookies are read against the same cookie table as the main capture.
  const consentStates: ConsentStateResult[] = (artifacts.consentStates ?? []).map((s) => ({
    requested: s.requested,
    outcome: s.outcome,
    note: s.note,
    cookies: s.observedCookies
      ? analyseCookies({
          cookieNotice: cookieDoc,
          ...(cookieDoc ? { noticeFacts: cookieFacts(cookieDoc) } : {}),
          observed: s.observedCookies,
          siteUrl: s.observedCookies.pageUrl || doc.source.url,
          asOf: options.asOf,
        }).section
      : null,
  }));

  const ctx: AuditContext = {
    doc,
    text,
    nation,
    phase,
    school,
    kind,
    asOf: options.asOf,
    concepts: new ConceptIndex(doc, text),
    checklist,
    memo,
    ...(cookieDoc ? { cookieNotice: { doc: cookieDoc, text: cookieDoc === doc ? text : analyseNotice(cookieDoc) } } : {}),
    ...(cookieAnalysis ? { cookies: cookieAnalysis.section, cookieAnalysis } : {}),
    ...(consentStates.length ? { consentStates } : {}),
  };
  const cookies = cookieAnalysis?.section;

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
            ? { status: 'needs-review', message: `Cannot be judged: ${unreadable}.`, evidence: [] }
            : language.value === 'cy' && NEEDS_A_READER_OF_WELSH(item)
              ? readInWelsh(item, ctx, language)
              : cookieUnreadable && item.area === 'cookies'
                ? {
                    status: 'needs-review',
                    message: `Cannot be judged: the cookie notice could not be read: ${cookieUnreadable}.`,
                    evidence: [],
                  }
                : runCheck(item, ctx, language.value !== 'en');
      return {
        id: item.id,
        area: item.area,
        status: verdict.status,
        severity: item.severity,
        title: item.title,
        shortTitle: item.shortTitle,
        ref: item.ref,
        message: capQuote(verdict.message, 2_000),
        evidence: markDescriptions(capEvidence(verdict.evidence), quotable),
        guidance: item.guidance,
      };
    });

  const flagTitles = new Map(checklist.flags.map((f) => [f.id, f.title]));
  const flags: FlagResult[] = unreadable
    ? []
    : FLAGS.flatMap((f) => {
        try {
          const evidence = f.detect(ctx);
          return evidence.length
            ? [{ id: f.id, title: flagTitles.get(f.id) ?? f.id, evidence: markDescriptions(capEvidence(evidence), quotable) }]
            : [];
        } catch {
          return [];
        }
      });

  const report: AuditReport = {
    tool: { ...TOOL },
    checklist: { version: checklist.version, date: checklist.verified },
    source: {
      url: doc.source.url,
      format: doc.source.format,
      kind,
      title: doc.title,
      ...(doc.pageCount ? { pageCount: doc.pageCount } : {}),
      ...(doc.source.encoding ? { encoding: doc.source.encoding } : {}),
      ...(unreadable ? { unreadable } : {}),
    },
    school: school.value,
    nation: nation.value,
    phase: phase.value,
    detection: {
      nation: { ...nation, evidence: capEvidence(nation.evidence) },
      phase: { ...phase, evidence: capEvidence(phase.evidence) },
      school: { ...school, evidence: capEvidence(school.evidence) },
    },
    asOf: options.asOf,
    auditedAt: options.auditedAt ?? options.asOf,
    items,
    flags,
    ...(cookies ? { cookies } : {}),
    ...(documents ? { documents } : {}),
    summary: { counts: countAll(items), gaps: gapsBySeverity(items), headline: [] },
    warnings: capWarnings([
      ...doc.warnings,
      ...doc.unreadable,
      ...languageWarnings(language),
      ...(cookieDoc && cookieDoc !== doc ? [...cookieDoc.warnings, ...cookieDoc.unreadable].map((w) => `cookie notice: ${w}`) : []),
    ]),
  };
  report.summary.headline = summariseAudit({ documents: [report] }).lines;
  return { report, notice: doc, cookieNotice: artifacts.cookieNotice ? cookieDoc : null };
}
