// The AuditReport shape (the JSON contract) and small helpers to summarise one.
import type { ChecklistArea, Severity } from './schema/checklist';
import type { DocumentOutcome } from './discovery/document-outcomes';

export const STATUSES = ['pass', 'partial', 'fail', 'not-applicable', 'needs-review'] as const;
export type Status = (typeof STATUSES)[number];

export type Nation = 'england' | 'wales' | 'unknown';
export type Phase = 'nursery' | 'primary' | 'secondary' | 'all-through' | 'special' | 'unknown';

/** Which kind of notice a document is (discovery and the document's own content decide). */
export type DocumentKind =
  'pupil-notice' | 'workforce-notice' | 'governors-notice' | 'website-privacy-policy' | 'cookie-notice' | 'other-policy' | 'unknown';

/** A quote from the audited material and where it stands ("line 12", "page 3", 'under "Contact"'). */
export interface Evidence {
  text: string;
  where: string;
  /** 'description': composed by the check (a cookie seen, channels found), not words the school wrote; absent for a quote. */
  kind?: 'description';
}

export interface ItemResult {
  id: string;
  area: ChecklistArea;
  status: Status;
  severity: Severity;
  title: string;
  /** The title as a few words, for summary lines ("DPO contact details"). */
  shortTitle?: string;
  ref: string;
  /** What was found or what is missing, in plain words. */
  message: string;
  evidence: Evidence[];
  guidance: string;
}

export interface FlagResult {
  id: string;
  title: string;
  evidence: Evidence[];
}

export interface Detection<T> {
  value: T;
  /** 'detected' from the text, 'override' from the user, 'default' when nothing decided it. */
  from: 'detected' | 'override' | 'default';
  evidence: Evidence[];
}

export interface ObservedCookieResult {
  name: string;
  domain: string;
  party: 'first' | 'third';
  category: string;
  vendor: string | null;
  declared: 'yes' | 'no' | 'vendor-only' | 'near-miss';
  matchedEntry: string | null;
  expiresInDays: number | null;
  declaredDays: number | null;
  beforeConsent: boolean | null;
  httpOnly?: boolean;
}

export interface DeclaredCookieEntry {
  names: string[];
  provider: string | null;
  purpose: string | null;
  duration: string | null;
  durationSeconds: number | null;
  where: string;
}

export interface CookieSection {
  observed: ObservedCookieResult[];
  declared: DeclaredCookieEntry[];
  capture?: {
    pageUrl: string;
    capturedAt: string;
    consent: string;
    thirdPartyCookies: string;
    consentBanner?: 'found' | 'none-found' | 'unknown';
  };
}

export interface AuditSummary {
  counts: Record<Status, number>;
  /** Gaps (partial or fail) by severity. */
  gaps: Record<Severity, number>;
  /** Three short plain-English lines for a governor. */
  headline: string[];
}

export interface AuditReport {
  tool: { name: string; version: string };
  checklist: { version: string; date: string };
  source: {
    url: string | null;
    format: string;
    kind: DocumentKind;
    title: string | null;
    pageCount?: number;
    encoding?: string;
    /** Why the document could not be read, when it could not. */ unreadable?: string;
  };
  school: string | null;
  nation: Nation;
  phase: Phase;
  detection: { nation: Detection<Nation>; phase: Detection<Phase>; school: Detection<string | null> };
  asOf: string;
  auditedAt: string;
  items: ItemResult[];
  flags: FlagResult[];
  cookies?: CookieSection;
  /** Per kind of notice (pupil, other, cookie): the document audited and why, or "not found" with what was looked at. Absent for a notice given directly. */
  documents?: DocumentOutcome[];
  summary: AuditSummary;
  warnings: string[];
}

/** A gap is anything a school must act on: partial or fail. */
export function isGap(status: Status): boolean {
  return status === 'partial' || status === 'fail';
}
