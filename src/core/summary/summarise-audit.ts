// The one summary of an audit: counts by area and status that add up to the items, the people-facing lines (what
// could not be judged first when it dominates), cookie problems, and notes that name their document. The popup,
// Copy summary, the audit log, both summary CSVs, text output and the HTML report all read it.
import type { ChecklistArea, Severity } from '../schema/checklist';
import type { AuditReport, ItemResult } from '../report';
import { isCookieProblem, setWithoutConsent } from '../cookies/consent-rules';
import { AREAS, countAll, countByArea, gapsBySeverity, type StatusCounts } from './count-items';
import { documentName } from './document-name';

/** A note about one document: a reading warning, or (from a front end) what happened when it was looked for. */
export interface SummaryNote {
  /** The document the note is about, in words ("pupil privacy notice (/privacy)"). */
  document: string;
  text: string;
}

/** How the front end got on with the site's cookies. */
export type CookieAccess = 'read' | 'permission-refused' | 'not-captured';

export interface SummaryInput {
  /** The audited documents, the privacy notice first: their notice and quality checks count. */
  documents: readonly AuditReport[];
  /** The report whose cookie checks and observed cookies count; by default the first document with cookie checks. */
  cookies?: AuditReport | null;
  /** Whether cookies were read; by default 'read' when the cookie report has a capture. */
  cookieAccess?: CookieAccess;
  /** Notes a front end adds about a document (a link that answered 404, a page that was not a notice). */
  notes?: readonly SummaryNote[];
}

export interface AuditSummaryModel {
  /** The items summarised (notice and quality from every document, cookies from one). */
  items: readonly ItemResult[];
  byArea: Record<ChecklistArea, StatusCounts>;
  total: StatusCounts;
  gaps: Record<Severity, number>;
  /** Required (and required-if) checks failed, notice and cookie areas. */
  requiredMissing: number;
  /** Checks partly met, notice and cookie areas. */
  partlyMet: number;
  /** Quality checks with a problem or warning. */
  qualityProblems: number;
  /** Checks a person has to judge. */
  notJudged: number;
  /** True when what could not be judged leads (an unreadable document, or most checks unjudged). */
  unjudgedLeads: boolean;
  cookieAccess: CookieAccess;
  /** Observed cookies that are a problem (undeclared, or set without the consent they need); null when not read. */
  cookieProblems: number | null;
  cookiesObserved: number | null;
  cookiesWithoutConsent: number | null;
  cookiesUndeclared: number | null;
  /** No consent banner was found: the cookies were set on arrival. */
  noConsentBanner: boolean;
  /** What could not be judged, when it leads. */
  lead: string | null;
  /** "6 required items missing · 3 partly met · 2 quality problems" (what could not be judged first when it leads). */
  countsLine: string;
  /** "Missing: DPO contact details; ..." or "Nothing required is missing."; null when nothing could be judged. */
  missingLine: string | null;
  /** Said first when the only document audited is a cookie notice: no privacy notice was checked. */
  cookieOnlyLine: string | null;
  cookiesLine: string | null;
  notes: SummaryNote[];
  /** The lines in order, as the report's headline and Copy summary give them. */
  lines: string[];
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Lower-case the first letter for use mid-sentence, but keep acronyms ("DPO", "ICO") as they are. */
function lowerFirst(s: string): string {
  return /^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Messages of checks that could not be judged, most common first, without their shared "cannot be judged:" lead or
 * their full stop: each a sentence of its own, read here after a colon.
 */
function unjudgedReasons(items: readonly ItemResult[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) {
    if (i.status !== 'needs-review') continue;
    const reason = lowerFirst(
      i.message
        .replace(/^cannot be judged:\s*/i, '')
        .replace(/\.$/, '')
        .trim(),
    );
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
}

const isRequired = (i: ItemResult) => i.severity === 'required' || i.severity === 'required-if';

function defaultCookieReport(documents: readonly AuditReport[]): AuditReport | null {
  return documents.find((r) => r.cookies?.capture) ?? documents.find((r) => r.items.some((i) => i.area === 'cookies')) ?? null;
}

function noteText(warning: string, fallback: string): SummaryNote {
  const m = /^cookie notice:\s*(.+)$/i.exec(warning);
  return m ? { document: 'cookie notice', text: m[1]! } : { document: fallback, text: warning };
}

/** Summarise one audit (one or more documents and one cookie capture). Pure: the same input gives the same lines. */
export function summariseAudit(input: SummaryInput): AuditSummaryModel {
  const documents = input.documents;
  const cookieReport = input.cookies === undefined ? defaultCookieReport(documents) : input.cookies;
  const items = [
    ...documents.flatMap((r) => r.items.filter((i) => i.area !== 'cookies')),
    ...(cookieReport?.items.filter((i) => i.area === 'cookies') ?? []),
  ];
  const byArea = countByArea(items);
  const total = countAll(items);
  const missing = items.filter((i) => i.status === 'fail' && i.area !== 'quality' && isRequired(i));
  const partlyMet = items.filter((i) => i.status === 'partial' && i.area !== 'quality').length;
  const qualityProblems = byArea.quality.fail + byArea.quality.partial;
  const notJudged = total['needs-review'];
  const judged = total.pass + total.partial + total.fail;
  const unreadable = documents.filter((r) => r.source.unreadable);

  let lead: string | null = null;
  if (unreadable.length) {
    const r = unreadable[0]!;
    lead = `Could not read the ${r.source.format === 'html' ? 'page' : 'document'}: ${r.source.unreadable}.`;
  } else if (notJudged > judged) {
    const reasons = unjudgedReasons(items);
    lead = `${notJudged} of ${notJudged + judged} checks could not be judged and need a person to look${reasons.length ? `: ${reasons.slice(0, 2).join('; ')}` : ''}.`;
  }
  const unjudgedLeads = lead !== null;
  // A cookie notice audited alone is not a privacy notice with nothing missing: say plainly that there was none.
  const cookieOnly = documents.length > 0 && documents.every((r) => r.source.kind === 'cookie-notice');
  const cookieOnlyLine = cookieOnly
    ? 'No privacy notice was audited: this document is a cookie notice, so only the cookie checks ran.'
    : null;

  const counts = [
    `${plural(missing.length, 'required item')} missing`,
    `${partlyMet} partly met`,
    plural(qualityProblems, 'quality problem'),
  ];
  if (notJudged) {
    if (unjudgedLeads) counts.unshift(`${notJudged} to check by hand`);
    else counts.push(`${notJudged} to check by hand`);
  }
  const countsLine = counts.join(' · ');

  const requiredUnjudged = items.filter((i) => i.status === 'needs-review' && i.area !== 'quality' && isRequired(i)).length;
  // A cookie notice audited alone lists its own gaps, but "nothing required is missing" is never said of it.
  const missingLine = missing.length
    ? `Missing: ${missing
        .slice(0, 4)
        .map((i, n) => (n === 0 ? (i.shortTitle ?? i.title) : lowerFirst(i.shortTitle ?? i.title)))
        .join('; ')}${missing.length > 4 ? `; and ${missing.length - 4} more` : ''}.`
    : cookieOnly || judged === 0
      ? null
      : requiredUnjudged === 0
        ? 'Nothing required is missing.'
        : `Nothing required was found missing, but ${plural(requiredUnjudged, 'required check')} could not be judged.`;

  const capture = cookieReport?.cookies?.capture;
  const cookieAccess: CookieAccess = input.cookieAccess ?? (capture ? 'read' : 'not-captured');
  const observed = cookieAccess === 'read' ? (cookieReport?.cookies?.observed ?? []) : null;
  const noConsentBanner = cookieAccess === 'read' && capture?.consentBanner === 'none-found';
  const withoutConsent = observed?.filter(setWithoutConsent).length ?? null;
  const undeclared = observed?.filter((c) => c.declared === 'no').length ?? null;
  const cookieTableUnreadable = cookieReport?.source.unreadable ? ' (the cookie table could not be read)' : '';
  let cookiesLine: string | null = null;
  if (cookieAccess === 'permission-refused') cookiesLine = 'Cookies not read: permission was not given.';
  else if (observed && observed.length) {
    cookiesLine = noConsentBanner
      ? `Cookies: no consent banner found: cookies set on arrival (${withoutConsent} that need consent), ${undeclared} not in the cookie table${cookieTableUnreadable}.`
      : `Cookies: ${withoutConsent} set without consent, ${undeclared} not in the cookie table${cookieTableUnreadable}.`;
  }

  const notes: SummaryNote[] = [
    ...(input.notes ?? []),
    ...documents.flatMap((r) => {
      const name = documentName(r.source);
      return r.warnings.filter((w) => !(r.source.unreadable ?? '').split('; ').includes(w)).map((w) => noteText(w, name));
    }),
  ];
  if (unreadable.length > 1 || (unreadable.length === 1 && documents.length > 1)) {
    for (const r of unreadable) notes.unshift({ document: documentName(r.source), text: `could not be read: ${r.source.unreadable}` });
  }

  return {
    items,
    byArea,
    total,
    gaps: gapsBySeverity(items),
    requiredMissing: missing.length,
    partlyMet,
    qualityProblems,
    notJudged,
    unjudgedLeads,
    cookieAccess,
    cookieProblems: observed ? observed.filter(isCookieProblem).length : null,
    cookiesObserved: observed ? observed.length : null,
    cookiesWithoutConsent: withoutConsent,
    cookiesUndeclared: undeclared,
    noConsentBanner,
    lead,
    countsLine,
    missingLine,
    cookieOnlyLine,
    cookiesLine,
    notes,
    lines: [lead, cookieOnlyLine, countsLine, missingLine, cookiesLine].filter((l): l is string => l !== null),
  };
}

/** A note as one line of text: "pupil privacy notice (/privacy): first 300 pages read of 412". */
export function noteLine(n: SummaryNote): string {
  return `${n.document.charAt(0).toUpperCase()}${n.document.slice(1)}: ${n.text}`;
}

export { AREAS };
