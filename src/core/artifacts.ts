// Zod schemas for everything gathered from a website: the trust boundary between hostile input and the core.
import { z } from 'zod';
import { capWarnings } from './warnings';
import { DiscoverySchema } from './discovery/document-outcomes';

// Object schemas are built on first parse (z.lazy), not as the module loads: the popup evaluates this code as it
// opens, on the thread that draws it, and validates with them only later.

/**
 * Caps applied at the boundary, the one place they are set: a document over `documentBytes` (file or download) or
 * `documentChars` (decoded text) is refused, never cut; cookie files over their caps are refused too.
 */
export const LIMITS = {
  documentBytes: 20 * 1024 * 1024,
  documentChars: 20_000_000,
  linkCount: 5_000,
  cookieCount: 20_000,
  cookieValueChars: 4_096,
  cookieNameChars: 256,
} as const;

const url = z.string().max(8_192);

/** How a text or HTML document's bytes were decoded (src/documents/decode-text.ts), for the report. */
export const TextEncodingSchema = z.lazy(() =>
  z.object({
    /** WHATWG name: "utf-8", "utf-16le", "utf-16be", "windows-1252", or another declared charset. */
    name: z.string().max(40),
    how: z.enum(['byte-order mark', 'declared', 'detected']),
    /** Bytes not valid in the encoding, replaced with U+FFFD. */
    replacedBytes: z.number().int().min(0),
  }),
);
export type TextEncoding = z.infer<typeof TextEncodingSchema>;

/** A reading-order block from a paginated document (PDF), produced by src/documents. */
export const PageBlockSchema = z.lazy(() =>
  z.object({
    kind: z.enum(['heading', 'paragraph', 'list-item']),
    text: z.string().max(1_000_000),
    level: z.number().int().min(1).max(6).optional(),
  }),
);
export type PageBlock = z.infer<typeof PageBlockSchema>;

/**
 * A document to audit, as raw material. HTML and DOCX (via mammoth) carry HTML; plain text carries text;
 * PDF carries pages of blocks. `unreadable` says why a document could not be read (scanned PDF, ...).
 */
export const DocumentInputSchema = z.lazy(() =>
  z.discriminatedUnion('format', [
    z.object({
      format: z.literal('html'),
      url: url.nullish(),
      html: z.string().max(LIMITS.documentChars),
      unreadable: z.string().optional(),
      /**
       * Where `html` came from: 'rendered' is the DOM after the page's scripts ran (site builders that fill an empty
       * shell by script), 'served' the HTML as the server sent it. Absent in artifacts saved before pages were rendered.
       */
      readFrom: z.enum(['rendered', 'served']).optional(),
      /** The HTML as the server sent it, kept beside the rendered DOM. */
      servedHtml: z.string().max(LIMITS.documentChars).optional(),
      /** How the page was read when that matters: why it was read as served, or that its DOM was still changing. */
      readNote: z.string().max(500).optional(),
      /** How the served bytes were decoded; absent when the text came from a browser's DOM. */
      encoding: TextEncodingSchema.optional(),
    }),
    z.object({
      format: z.literal('docx'),
      url: url.nullish(),
      html: z.string().max(LIMITS.documentChars),
      unreadable: z.string().optional(),
    }),
    z.object({
      format: z.literal('text'),
      url: url.nullish(),
      text: z.string().max(LIMITS.documentChars),
      unreadable: z.string().optional(),
      encoding: TextEncodingSchema.optional(),
    }),
    z.object({
      format: z.literal('pdf'),
      url: url.nullish(),
      title: z.string().max(2_000).nullish(),
      pages: z.array(z.object({ page: z.number().int().min(1), blocks: z.array(PageBlockSchema) })).max(2_000),
      unreadable: z.string().optional(),
      /** Reading notes ("first 300 pages read of 412", "no text on pages 3-4"), shown with the report. */
      // Summarised beyond the cap, never a reason to reject the document.
      warnings: z.array(z.string()).max(100_000).transform(capWarnings).optional(),
    }),
  ]),
);
export type DocumentInput = z.infer<typeof DocumentInputSchema>;

/** Consent state at the moment cookies were captured. */
export const ConsentStateSchema = z.enum(['none-given', 'rejected', 'accepted', 'unknown']);
export type ConsentState = z.infer<typeof ConsentStateSchema>;

/**
 * One cookie record as a browser reports it: WebExtension shape (expirationDate, hostOnly, session)
 * or Playwright/CDP shape (expires, -1 for session). Normalised by src/core/cookies/observed.ts.
 */
export const RawCookieSchema = z.lazy(() =>
  z
    .object({
      name: z.string(),
      value: z.string().optional(),
      domain: z.string(),
      path: z.string().optional(),
      expirationDate: z.number().optional(),
      expires: z.number().optional(),
      session: z.boolean().optional(),
      hostOnly: z.boolean().optional(),
      httpOnly: z.boolean().optional(),
      secure: z.boolean().optional(),
      sameSite: z.string().optional(),
      partitionKey: z.unknown().optional(),
    })
    .passthrough(),
);
export type RawCookie = z.infer<typeof RawCookieSchema>;

export const ObservedCookiesSchema = z.lazy(() =>
  z.object({
    pageUrl: url,
    capturedAt: z.string().max(64),
    consent: ConsentStateSchema,
    /** Whether the capturing browser accepted third-party cookies, if known. */
    thirdPartyCookies: z.enum(['allowed', 'blocked', 'unknown']).optional(),
    /**
     * Whether a consent banner (a known consent manager) was found on the page. 'none-found' means the cookies were set
     * on arrival with no way to say yes or no, so they count as set without consent whatever `consent` says.
     */
    consentBanner: z.enum(['found', 'none-found', 'unknown']).optional(),
    cookies: z.array(z.unknown()).max(LIMITS.cookieCount),
  }),
);
export type ObservedCookies = z.infer<typeof ObservedCookiesSchema>;

/**
 * What happened when a consent choice was made on the banner: 'done' with the cookies captured afterwards, or why
 * there is no capture ('no-consent-manager': no banner was found to click; 'failed': the click did not work).
 */
export const ConsentStateCaptureSchema = z.lazy(() =>
  z.object({
    requested: z.enum(['reject', 'accept']),
    outcome: z.enum(['done', 'failed', 'no-consent-manager', 'not-attempted']),
    note: z.string().max(500),
    observedCookies: ObservedCookiesSchema.optional(),
  }),
);
export type ConsentStateCapture = z.infer<typeof ConsentStateCaptureSchema>;

/** A link found on a page, as captured (text and raw href). */
export const CapturedLinkSchema = z.lazy(() => z.object({ href: z.string().max(8_192), text: z.string().max(2_000) }));
export type CapturedLink = z.infer<typeof CapturedLinkSchema>;

/** What a gatherer captured of the page the user was on (used for discovery and cookie domains). */
export const PageCaptureSchema = z.lazy(() =>
  z.object({
    url,
    title: z.string().max(2_000),
    html: z.string().max(LIMITS.documentChars).optional(),
    links: z.array(CapturedLinkSchema).max(LIMITS.linkCount),
    /** Hosts of frames, scripts and images on the page (third-party cookie domains come from these). */
    resourceHosts: z.array(z.string().max(255)).max(2_000).default([]),
    capturedAt: z.string().max(64),
  }),
);
export type PageCapture = z.infer<typeof PageCaptureSchema>;

export const EnvironmentSchema = z.lazy(() =>
  z.object({
    browser: z.string().max(200),
    thirdPartyCookies: z.enum(['allowed', 'blocked', 'unknown']),
    consent: ConsentStateSchema,
    consentManager: z.string().max(100).nullish(),
    capturedAt: z.string().max(64),
  }),
);
export type Environment = z.infer<typeof EnvironmentSchema>;

/** Everything one audit of one notice needs. Savable as JSON and auditable later. */
export const ArtifactsSchema = z.lazy(() =>
  z.object({
    notice: DocumentInputSchema,
    cookieNotice: DocumentInputSchema.optional(),
    observedCookies: ObservedCookiesSchema.optional(),
    /** The other consent states tried after `observedCookies` was captured (reject, accept), when a front end can try them. */
    consentStates: z.array(ConsentStateCaptureSchema).max(4).optional(),
    page: PageCaptureSchema.optional(),
    environment: EnvironmentSchema.optional(),
    /** What discovery looked at and what each document turned out to be (absent for a notice given directly). */
    discovery: DiscoverySchema.optional(),
  }),
);
export type Artifacts = z.infer<typeof ArtifactsSchema>;
