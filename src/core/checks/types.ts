// The contract every check evaluator and flag detector implements.
import type { z } from 'zod';
import type { Checklist, ChecklistItem } from '../schema/checklist';
import type { NoticeDocument } from '../notice/types';
import type { Detection, DocumentKind, Evidence, Nation, Phase, Status, CookieSection } from '../report';
import type { NoticeText } from '../analysis/notice-text';
import type { ConceptIndex } from '../concepts/match-concepts';
import type { CookieAnalysis } from '../cookies';
import type { AuditMemo } from '../audit-memo';

/** One consent choice made on the banner and what it left behind (null cookies: no capture, `note` says why). */
export interface ConsentStateResult {
  requested: 'reject' | 'accept';
  outcome: 'done' | 'failed' | 'no-consent-manager' | 'not-attempted';
  note: string;
  cookies: CookieSection | null;
}

/** Everything an evaluator may read, made afresh for each audit. Pure data: evaluators do no I/O. */
export interface AuditContext {
  doc: NoticeDocument;
  /** Sentences, NPD range and other derived views of `doc`, computed once per audit. */
  text: NoticeText;
  nation: Detection<Nation>;
  phase: Detection<Phase>;
  school: Detection<string | null>;
  kind: DocumentKind;
  /** Audit date, YYYY-MM-DD. */
  asOf: string;
  /** The cookie notice, when one was given (may be the same document as `doc`). */
  cookieNotice?: { doc: NoticeDocument; text: NoticeText };
  /** Cookie comparison results, when observed cookies or a cookie notice were given. */
  cookies?: CookieSection;
  /** What the cookie comparison worked out behind `cookies` (the cookie notice's scope and rows, matched cookies). */
  cookieAnalysis?: CookieAnalysis;
  /** Other consent states tried on the site's banner, with the cookies seen after each (analysed like `cookies`). */
  consentStates?: ConsentStateResult[];
  /** The notice read as concepts (units of meaning, tokenised on first use), for meaning-based rules. */
  concepts: ConceptIndex;
  /** The checklist this audit runs (flags read their checks' options from it). */
  checklist: Checklist;
  /** Scans shared by a check and its flags, computed once in this audit. */
  memo: AuditMemo;
}

export interface Verdict {
  status: Status;
  /** Which outcome this is, as a code the item's `messages` words (absent where the message is still written in code). */
  reason?: string;
  message: string;
  evidence: Evidence[];
}

/** One check: its id (matching checklist-items.json), the schema of its options, and the evaluate function. */
export interface CheckDefinition<O = unknown> {
  id: string;
  optionsSchema: z.ZodType<O>;
  evaluate(ctx: AuditContext, options: O, item: ChecklistItem): Verdict;
}

/** One flag detector: returns the evidence that raises the flag (empty = not raised). */
export interface FlagDetector {
  id: string;
  detect(ctx: AuditContext): Evidence[];
}

/** Helper for typed check definitions. */
export function defineCheck<O>(def: CheckDefinition<O>): CheckDefinition<O> {
  return def;
}
