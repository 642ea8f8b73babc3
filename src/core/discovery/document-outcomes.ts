// What discovery tried (links followed, 404s, pages that were not notices) and, per kind of notice, which document was audited and why.
import { z } from 'zod';
// Object schemas are built on first parse (z.lazy), not as the module loads: the popup evaluates this code as it
// opens, on the thread that draws it, and validates with them only later.

export const DocumentKindSchema = z.enum([
  'pupil-notice',
  'workforce-notice',
  'governors-notice',
  'website-privacy-policy',
  'cookie-notice',
  'other-policy',
  'unknown',
]);

const url = z.string().max(8_192);
const label = z.string().max(300);

/** One document discovery tried to read, and what it turned out to be. */
export const TriedDocumentSchema = z.lazy(() =>
  z.object({
    url,
    /** Link text, or a description ("the page you were on", "a well-known address"). */
    label,
    /** 'this page', 'home', 'hub <url>', 'fallback path' or 'your choice'. */
    via: z.string().max(8_300),
    /** What the link suggested. */
    linkKind: DocumentKindSchema,
    /** What the document's own text says it is (core classifyDocument); null when it could not be fetched. */
    kind: DocumentKindSchema.nullable(),
    /** Why it could not be fetched ("HTTP 404", "timed out after 20 s"); null when it was read. */
    error: z.string().max(300).nullable(),
    /** The document was fetched but has no readable text (scanned PDF, empty page). */
    unreadable: z.boolean().default(false),
  }),
);
export type TriedDocument = z.infer<typeof TriedDocumentSchema>;

/** Everything discovery looked at for one audit; travels in the artifacts so a saved audit can be re-run. */
export const DiscoverySchema = z.lazy(() =>
  z.object({
    tried: z.array(TriedDocumentSchema).max(50),
    hubsVisited: z.array(url).max(20).default([]),
    /** Links found but not fetched (the popup stops once it has a pupil notice and a cookie notice). */
    notFetched: z
      .array(z.object({ url, label, linkKind: DocumentKindSchema }))
      .max(50)
      .default([]),
  }),
);
export type Discovery = z.infer<typeof DiscoverySchema>;

export const OUTCOME_ROLES = ['pupil-notice', 'other-notices', 'cookie-notice'] as const;
export type OutcomeRole = (typeof OUTCOME_ROLES)[number];

export const LookedAtSchema = z.lazy(() =>
  z.object({
    url,
    label,
    /** 'missing' (HTTP 404/410), 'failed' (any other fetch error), 'unreadable', 'other-kind' (a notice of another kind), 'not-a-notice', 'not-fetched'. */
    result: z.enum(['missing', 'failed', 'unreadable', 'other-kind', 'not-a-notice', 'not-fetched']),
    /** Plain words: "answered HTTP 404", "a cookie notice". */
    detail: z.string().max(400),
  }),
);
export type LookedAt = z.infer<typeof LookedAtSchema>;

/** For one kind of notice: the document(s) audited as it and why, or "not found" with what was looked at. */
export const DocumentOutcomeSchema = z.lazy(() =>
  z.object({
    role: z.enum(OUTCOME_ROLES),
    found: z.boolean(),
    documents: z.array(z.object({ url: url.nullable(), label, kind: DocumentKindSchema, why: z.string().max(400) })).max(20),
    lookedAt: z.array(LookedAtSchema).max(60),
    /** One plain sentence both front ends show as it is. */
    sentence: z.string().max(2_000),
  }),
);
export type DocumentOutcome = z.infer<typeof DocumentOutcomeSchema>;

const KIND_WORDS: Record<z.infer<typeof DocumentKindSchema>, string> = {
  'pupil-notice': 'a pupil privacy notice',
  'workforce-notice': 'a workforce privacy notice',
  'governors-notice': 'a governors privacy notice',
  'website-privacy-policy': 'a website privacy policy',
  'cookie-notice': 'a cookie notice',
  'other-policy': 'a policy that is not a privacy notice',
  unknown: 'not a privacy notice',
};

export function describeKind(kind: z.infer<typeof DocumentKindSchema>): string {
  return KIND_WORDS[kind];
}

const ROLE_WORDS: Record<OutcomeRole, string> = {
  'pupil-notice': 'Pupil privacy notice',
  'other-notices': 'Other privacy notices',
  'cookie-notice': 'Cookie notice',
};

export function roleTitle(role: OutcomeRole): string {
  return ROLE_WORDS[role];
}

const OTHER_NOTICE_KINDS = new Set(['workforce-notice', 'governors-notice', 'website-privacy-policy']);

/** Which role a classified kind fills. */
export function roleOfKind(kind: string | null): OutcomeRole | null {
  if (kind === 'pupil-notice') return 'pupil-notice';
  if (kind === 'cookie-notice') return 'cookie-notice';
  if (kind && OTHER_NOTICE_KINDS.has(kind)) return 'other-notices';
  return null;
}

/** What one tried document was, seen from a role it did not fill. */
export function lookedAt(t: TriedDocument, role: OutcomeRole): LookedAt {
  const base = { url: t.url, label: t.label };
  if (t.error !== null) {
    // Front ends word fetch errors their own way ("answered HTTP 404", "answered 404 Not Found"): the status is what counts.
    const status = /\b(?:HTTP |answered )([45]\d\d)\b/.exec(t.error)?.[1];
    if (status === '404' || status === '410') return { ...base, result: 'missing', detail: `answered HTTP ${status}` };
    return {
      ...base,
      result: 'failed',
      detail: status ? `answered HTTP ${status}` : /^not fetched\b/.test(t.error) ? t.error : `could not be fetched: ${t.error}`,
    };
  }
  if (t.unreadable) return { ...base, result: 'unreadable', detail: 'has no readable text' };
  const kind = t.kind ?? 'unknown';
  const filled = roleOfKind(kind);
  if (filled && filled !== role) return { ...base, result: 'other-kind', detail: `is ${describeKind(kind)}` };
  return { ...base, result: 'not-a-notice', detail: `is ${describeKind(kind)}` };
}

function where(u: string): string {
  try {
    const p = new URL(u);
    return p.pathname + p.search;
  } catch {
    return u;
  }
}

/** "Pupil privacy notice: not found. Looked at: /privacy-notices (answered HTTP 404); /cookies (is a cookie notice)." */
export function outcomeSentence(o: Omit<DocumentOutcome, 'sentence'>, hubsVisited: readonly string[] = []): string {
  const title = roleTitle(o.role);
  if (o.found) return `${title}: ${o.documents.map((d) => `${where(d.url ?? d.label)} (${d.why})`).join('; ')}.`;
  const looked = o.lookedAt.map((l) => `${where(l.url)} (${l.detail})`);
  const hubs = hubsVisited.length ? ` Pages followed for links: ${hubsVisited.map(where).join(', ')}.` : '';
  if (!looked.length) return `${title}: not found. No link to one was found on the page.${hubs}`;
  return `${title}: not found. Looked at: ${looked.join('; ')}.${hubs}`;
}

/** What the audit ran on: the notice document, its kind, and where the cookie checks read their cookie notice from. */
export interface AuditedDocuments {
  noticeUrl: string | null;
  noticeKind: z.infer<typeof DocumentKindSchema>;
  /** 'cookie-notice': a separate cookie notice; 'notice': the notice itself (a cookie notice, or a cookie section); null: none. */
  cookieFrom: 'cookie-notice' | 'notice' | null;
  cookieUrl: string | null;
}

function sameUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
}

/**
 * One outcome per kind of notice, agreeing with what the audit ran: the pupil notice, other privacy notices, the cookie
 * notice; each either the document(s) audited and why, or "not found" with every document that was looked at.
 */
export function describeOutcomes(discovery: Discovery, audited: AuditedDocuments, why: (t: TriedDocument) => string): DocumentOutcome[] {
  const notice = discovery.tried.find((t) => sameUrl(t.url, audited.noticeUrl));
  const noticeRef = (kind: z.infer<typeof DocumentKindSchema>, reason: string) => ({
    url: audited.noticeUrl,
    label: notice?.label ?? 'the audited document',
    kind,
    why: reason,
  });
  const notFetched: LookedAt[] = discovery.notFetched.map((n) => ({
    url: n.url,
    label: n.label,
    result: 'not-fetched',
    detail: `linked as ${describeKind(n.linkKind).replace(/^not a privacy notice$/, 'a page')}, not fetched`,
  }));
  const others = (role: OutcomeRole, skip: (t: TriedDocument) => boolean): LookedAt[] =>
    [...discovery.tried.filter((t) => !skip(t)).map((t) => lookedAt(t, role)), ...notFetched].slice(0, 60);
  const finish = (o: Omit<DocumentOutcome, 'sentence'>): DocumentOutcome => ({
    ...o,
    sentence: outcomeSentence(o, o.found ? [] : discovery.hubsVisited),
  });

  const out: DocumentOutcome[] = [];
  // Pupil notice: only a document whose own text is a pupil notice.
  if (audited.noticeKind === 'pupil-notice')
    out.push(
      finish({
        role: 'pupil-notice',
        found: true,
        documents: [noticeRef('pupil-notice', notice ? why(notice) : 'the audited document')],
        lookedAt: [],
      }),
    );
  else out.push(finish({ role: 'pupil-notice', found: false, documents: [], lookedAt: others('pupil-notice', () => false) }));

  // Other privacy notices: the audited one (when it is not the pupil notice) first, then the others that were read.
  const otherDocs = discovery.tried.filter((t) => t.error === null && roleOfKind(t.kind) === 'other-notices');
  const otherRefs = otherDocs.map((t) => ({
    url: t.url,
    label: t.label,
    kind: t.kind ?? t.linkKind,
    why: sameUrl(t.url, audited.noticeUrl) ? `${why(t)}; audited as the privacy notice because no pupil notice was found` : why(t),
  }));
  out.push(
    finish({
      role: 'other-notices',
      found: otherRefs.length > 0,
      documents: otherRefs.slice(0, 20),
      lookedAt: otherRefs.length
        ? []
        : others('other-notices', (t) => sameUrl(t.url, audited.noticeUrl) || sameUrl(t.url, audited.cookieUrl)),
    }),
  );

  // Cookie notice: the document the cookie checks actually read.
  if (audited.cookieFrom === 'cookie-notice') {
    const t = discovery.tried.find((x) => sameUrl(x.url, audited.cookieUrl));
    out.push(
      finish({
        role: 'cookie-notice',
        found: true,
        documents: [
          {
            url: audited.cookieUrl,
            label: t?.label ?? 'cookie notice',
            kind: 'cookie-notice',
            why: t ? why(t) : 'given as the cookie notice',
          },
        ],
        lookedAt: [],
      }),
    );
  } else if (audited.cookieFrom === 'notice') {
    const reason =
      audited.noticeKind === 'cookie-notice'
        ? notice
          ? why(notice)
          : 'the audited document is a cookie notice'
        : 'the privacy notice has its own cookie section';
    out.push(finish({ role: 'cookie-notice', found: true, documents: [noticeRef('cookie-notice', reason)], lookedAt: [] }));
  } else {
    out.push(
      finish({
        role: 'cookie-notice',
        found: false,
        documents: [],
        lookedAt: others('cookie-notice', (t) => sameUrl(t.url, audited.noticeUrl)),
      }),
    );
  }
  return out;
}

export interface HeaderDocument {
  url: string | null;
  label: string;
}

/**
 * What a header may say each check set ran on: the privacy notice is none when the audited document is a cookie
 * notice; the cookie notice is the document the cookie checks read (possibly the privacy notice's own section).
 */
export function headerDocuments(report: {
  source: { url: string | null; kind: string; title: string | null };
  documents?: DocumentOutcome[];
}): { privacy: HeaderDocument | null; cookie: HeaderDocument | null } | null {
  if (!report.documents) return null;
  const privacy =
    report.source.kind === 'cookie-notice' ? null : { url: report.source.url, label: report.source.title ?? 'the audited document' };
  const cookie = report.documents.find((d) => d.role === 'cookie-notice' && d.found)?.documents[0] ?? null;
  return { privacy, cookie: cookie ? { url: cookie.url, label: cookie.label } : null };
}

/** The outcome sentences, pupil notice first, for text output and summaries. */
export function outcomeLines(report: { documents?: DocumentOutcome[] }): string[] {
  return (report.documents ?? []).map((d) => d.sentence);
}
