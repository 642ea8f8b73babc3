// Schemas of what a site audit saves (raw capture, manifest of audits), so a site can be re-audited offline.
import { z } from 'zod';
import { DocumentKindSchema } from '../../core/discovery/document-outcomes';
import { ConsentStateSchema, EnvironmentSchema, ObservedCookiesSchema, PageCaptureSchema } from '../../core/artifacts';

export const ConsentRequestSchema = z.enum(['none', 'reject', 'accept']);
export type ConsentRequest = z.infer<typeof ConsentRequestSchema>;

/** The cookie jar at one consent state, with how that state was reached. */
export const ConsentCaptureSchema = z.object({
  requested: ConsentRequestSchema,
  consent: ConsentStateSchema,
  consentManager: z.string().nullable(),
  /** Whether the banner was operated: 'not-attempted' for the first capture. */
  operated: z.enum(['not-attempted', 'done', 'failed', 'no-consent-manager']),
  /** Plain words: "rejected with the cookieyes rule", "no consent manager detected: nothing to reject". */
  note: z.string(),
  observedCookies: ObservedCookiesSchema,
  environment: EnvironmentSchema,
});
export type ConsentCapture = z.infer<typeof ConsentCaptureSchema>;

export { DocumentKindSchema };

/** A document discovery chose, whether or not it could be read. */
export const FoundDocumentSchema = z.object({
  url: z.string(),
  /** What the document's text says it is once read (the link's reading until then). */
  kind: DocumentKindSchema,
  /** What the link suggested; absent in folders saved before documents were re-labelled. */
  linkKind: DocumentKindSchema.optional(),
  /** The link text. */
  text: z.string().default(''),
  format: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  /** 'home', 'hub <url>' or 'fallback path'. */
  via: z.string(),
  error: z.string().nullable(),
});
export type FoundDocument = z.infer<typeof FoundDocumentSchema>;

/** Everything gathered from one site (documents themselves are saved in the per-audit artifacts). */
export const SiteCaptureSchema = z.object({
  siteUrl: z.string(),
  finalUrl: z.string(),
  page: PageCaptureSchema,
  captures: z.array(ConsentCaptureSchema),
  /** The consent states asked for, so one that could not be captured still shows in the findings. */
  consentRequested: z.array(ConsentRequestSchema).default([]),
  documents: z.array(FoundDocumentSchema),
  hubsVisited: z.array(z.string()),
  fallbackTried: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type SiteCapture = z.infer<typeof SiteCaptureSchema>;

/** Why one audit was run: a discovered document, the cookies of another consent state, or the home page standing in. */
export const AuditRoleSchema = z.enum(['document', 'consent-state', 'home-page-cookies']);
export type AuditRole = z.infer<typeof AuditRoleSchema>;

export const AuditEntrySchema = z.object({
  role: AuditRoleSchema,
  kind: DocumentKindSchema,
  consent: ConsentStateSchema.nullable(),
  documentUrl: z.string().nullable(),
  /** Paths relative to the site folder. */
  artifacts: z.string(),
  report: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** site.json: written last, so its presence with a status means the site is finished. */
export const SiteManifestSchema = z.object({
  format: z.literal('school-privacy-audit/site@1'),
  status: z.enum(['done', 'error']),
  siteUrl: z.string(),
  school: z.string().nullable(),
  la: z.string().nullable(),
  urn: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  browser: z.string().nullable(),
  thirdPartyCookies: z.enum(['allowed', 'blocked', 'unknown']),
  asOf: z.string(),
  /** The phase the school list gave, kept so a re-audit uses it too. */
  phase: z.enum(['nursery', 'primary', 'secondary', 'all-through', 'special', 'unknown']).nullable().default(null),
  audits: z.array(AuditEntrySchema),
});
export type SiteManifest = z.infer<typeof SiteManifestSchema>;
