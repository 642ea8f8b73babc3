// Observed cookies: parse the file a browser capture produced and normalise both record shapes to one.
import { LIMITS, ObservedCookiesSchema, type ObservedCookies } from '../artifacts';
import { sanitiseName } from './names';
import { hostOf } from './party';

/** One observed cookie in a single shape, whatever browser API captured it. */
export interface NormalisedCookie {
  /** Name with control characters removed and capped, for display and matching. */
  name: string;
  /** Lower-case host without the leading dot. */
  domain: string;
  path: string;
  /** True when the browser keeps it only until it closes. */
  session: boolean;
  /** Expiry in seconds since the epoch; null for a session cookie or an unusable value. */
  expiresAt: number | null;
  httpOnly: boolean | null;
  secure: boolean | null;
  sameSite: string | null;
}

/** Expiry later than this (year 2286) is treated as "never expires": real browsers cap far lower (Chrome: 400 days). */
const MAX_EXPIRY_SECONDS = 1e10;

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

/**
 * Normalise one record: WebExtension cookies.Cookie (expirationDate, hostOnly, session) or Playwright/CDP
 * (expires: -1 for a session). Returns null when the record has no usable name or domain.
 */
export function normaliseCookieRecord(raw: unknown): NormalisedCookie | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const name = sanitiseName(r.name);
  const domain = hostOf(typeof r.domain === 'string' ? r.domain : typeof r.url === 'string' ? r.url : null);
  if (!name || !domain) return null;
  const expiry = num(r.expirationDate) ?? num(r.expires);
  // CDP marks session cookies with expires -1 (and session: true); WebExtensions omit expirationDate.
  const session =
    r.session === true ||
    (expiry === null && r.expirationDate === undefined && r.expires === undefined) ||
    (expiry !== null && expiry <= 0);
  let expiresAt: number | null = null;
  if (!session && expiry !== null) expiresAt = Math.min(expiry, MAX_EXPIRY_SECONDS);
  return {
    name,
    domain,
    path: typeof r.path === 'string' ? r.path.slice(0, 1_024) : '/',
    session,
    expiresAt,
    httpOnly: bool(r.httpOnly),
    secure: bool(r.secure),
    sameSite: typeof r.sameSite === 'string' ? r.sameSite.slice(0, 20) : null,
  };
}

export interface NormalisedCapture {
  cookies: NormalisedCookie[];
  /** Records dropped because they had no name or domain. */
  skipped: number;
  /** Duplicate records (same name, domain and path) merged. */
  duplicates: number;
}

/** Normalise every record of a capture, dropping unusable ones and merging duplicates. */
export function normaliseCapture(observed: Pick<ObservedCookies, 'cookies'>): NormalisedCapture {
  const seen = new Set<string>();
  const cookies: NormalisedCookie[] = [];
  let skipped = 0;
  let duplicates = 0;
  for (const raw of observed.cookies) {
    const c = normaliseCookieRecord(raw);
    if (!c) {
      skipped++;
      continue;
    }
    const key = `${c.name}\u0000${c.domain}\u0000${c.path}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    cookies.push(c);
  }
  return { cookies, skipped, duplicates };
}

/** Days from capture to expiry (2 decimals), 0 for a session cookie, null when the capture time or expiry is unknown. */
export function expiresInDays(c: NormalisedCookie, capturedAtSeconds: number | null): number | null {
  if (c.session) return 0;
  if (c.expiresAt === null || capturedAtSeconds === null) return null;
  const days = (c.expiresAt - capturedAtSeconds) / 86_400;
  if (!Number.isFinite(days) || days < 0) return null;
  return Math.round(days * 100) / 100;
}

/** Seconds since the epoch for an ISO date or date-time, or null. */
export function isoToSeconds(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms / 1_000 : null;
}

function looksLikeCookieRecord(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).name === 'string';
}

/**
 * Parse an observed-cookies file: the object form { pageUrl, capturedAt, consent, cookies }, a Playwright
 * storageState ({ cookies, origins }), or a bare array of records (consent unknown, site = fallbackPageUrl).
 * Throws an Error with a plain message when the JSON is not cookie data, so the CLI can say why and exit 1.
 */
export function parseObservedCookies(json: unknown, fallbackPageUrl: string | null): ObservedCookies {
  let records: unknown[];
  let meta: Record<string, unknown> = {};
  if (Array.isArray(json)) records = json;
  else if (typeof json === 'object' && json !== null && Array.isArray((json as Record<string, unknown>).cookies)) {
    meta = json as Record<string, unknown>;
    records = meta.cookies as unknown[];
  } else {
    throw new Error('not cookie data: expected an array of cookie records or an object with a "cookies" array');
  }
  if (records.length > LIMITS.cookieCount)
    throw new Error(`too many cookie records (${records.length}); the limit is ${LIMITS.cookieCount}`);
  if (records.length > 0 && !records.some(looksLikeCookieRecord)) {
    throw new Error(`not cookie data: none of the ${records.length} records has a "name"`);
  }
  const consent = ['none-given', 'rejected', 'accepted', 'unknown'].includes(meta.consent as string) ? meta.consent : 'unknown';
  const thirdParty = ['allowed', 'blocked', 'unknown'].includes(meta.thirdPartyCookies as string) ? meta.thirdPartyCookies : undefined;
  const banner = ['found', 'none-found', 'unknown'].includes(meta.consentBanner as string) ? meta.consentBanner : undefined;
  const pageUrl = typeof meta.pageUrl === 'string' && meta.pageUrl ? meta.pageUrl : (fallbackPageUrl ?? '');
  const capturedAt = typeof meta.capturedAt === 'string' ? meta.capturedAt.slice(0, 64) : '';
  const parsed = ObservedCookiesSchema.safeParse({
    pageUrl: pageUrl.slice(0, 8_192),
    capturedAt,
    consent,
    cookies: records,
    ...(thirdParty ? { thirdPartyCookies: thirdParty } : {}),
    ...(banner ? { consentBanner: banner } : {}),
  });
  if (!parsed.success)
    throw new Error(`not usable cookie data: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
