// The audit log: every audit kept in storage.local, versioned with migrations, validated entry by entry on read, capped.
import { z } from 'zod';
import type { AuditReport } from '../core/report';
import type { StorageApi } from './adapters/storage';
import { StoredReportSchema } from './report-schema';

export const LOG_KEY = 'auditLog';
export const LOG_VERSION = 2;
/**
 * The log keeps at most this many audits and drops the oldest first. storage.local holds about 10 MB without the
 * unlimitedStorage permission, so when the browser refuses a write the oldest audits are dropped sooner (see addAudit).
 */
export const LOG_CAP = 500;
/** Evidence is trimmed before saving so 500 audits fit; the live popup shows it in full. */
const MAX_EVIDENCE_PER_ITEM = 6;
const MAX_QUOTE_CHARS = 600;

export const DocumentRefSchema = z.object({
  url: z.string().nullable(),
  kind: z.string(),
  format: z.string(),
  label: z.string(),
  /** Short SHA-256 of the text the audit read (absent in audits saved before it was recorded). */
  textHash: z.string().max(64).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export const CaptureInfoSchema = z.object({
  browser: z.string(),
  consent: z.string(),
  consentManager: z.string().nullable(),
  thirdPartyCookies: z.string(),
  /** 'read', or why cookies were not read. */
  cookies: z.enum(['read', 'permission-refused', 'not-attempted']),
  capturedAt: z.string(),
});
export type CaptureInfo = z.infer<typeof CaptureInfoSchema>;

export const AuditLogEntrySchema = z.object({
  id: z.string().min(1),
  savedAt: z.string(),
  siteUrl: z.string(),
  pageTitle: z.string(),
  notice: DocumentRefSchema,
  cookieNotice: DocumentRefSchema.nullable(),
  capture: CaptureInfoSchema,
  report: StoredReportSchema,
});
export type AuditLogEntry = Omit<z.infer<typeof AuditLogEntrySchema>, 'report'> & { report: AuditReport };

const EnvelopeSchema = z.object({ version: z.number().int(), entries: z.array(z.unknown()) });

export interface LogRead {
  entries: AuditLogEntry[];
  /** Entries that failed validation (kept in storage untouched until the next write). */
  skipped: number;
  problems: string[];
  /** A log written by a newer version of the extension is read but never overwritten. */
  readOnly: boolean;
}

/**
 * Migrations from each older stored shape to the next. Version 1 was a bare array of entries whose document
 * fields were called `documentUrl` / `documentKind`; version 2 wraps entries in { version, entries } and names
 * the notice and cookie notice separately.
 */
const MIGRATIONS: Record<number, (entries: unknown[]) => unknown[]> = {
  1: (entries) =>
    entries.map((e) => {
      if (!e || typeof e !== 'object') return e;
      const { documentUrl, documentKind, ...rest } = e as Record<string, unknown>;
      if ('notice' in rest) return rest;
      return {
        ...rest,
        notice: {
          url: typeof documentUrl === 'string' ? documentUrl : null,
          kind: typeof documentKind === 'string' ? documentKind : 'unknown',
          format: 'html',
          label: 'Privacy notice',
        },
        cookieNotice: null,
      };
    }),
};

function toEnvelope(raw: unknown): { version: number; entries: unknown[] } | null {
  if (raw === undefined || raw === null) return { version: LOG_VERSION, entries: [] };
  if (Array.isArray(raw)) return { version: 1, entries: raw };
  const parsed = EnvelopeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Read the log: migrate, then validate each entry; a bad entry is skipped and reported, never the whole log lost. */
export async function readLog(storage: StorageApi): Promise<LogRead> {
  const raw = await storage.get(LOG_KEY);
  const env = toEnvelope(raw);
  if (!env)
    return {
      entries: [],
      skipped: 0,
      problems: ['The audit log in storage is not in a format this version understands; it was left untouched.'],
      readOnly: true,
    };
  if (env.version > LOG_VERSION) {
    return { ...validate(env.entries), readOnly: true };
  }
  let entries = env.entries;
  for (let v = env.version; v < LOG_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) entries = step(entries);
  }
  return { ...validate(entries), readOnly: false };
}

function validate(raw: unknown[]): Omit<LogRead, 'readOnly'> {
  const entries: AuditLogEntry[] = [];
  const problems: string[] = [];
  raw.forEach((e, i) => {
    const parsed = AuditLogEntrySchema.safeParse(e);
    if (parsed.success) entries.push(parsed.data as unknown as AuditLogEntry);
    else
      problems.push(
        `Entry ${i + 1} was skipped: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? 'invalid'}`.trim(),
      );
  });
  return { entries, skipped: raw.length - entries.length, problems };
}

/** Trim long evidence so the log stays within the browser's storage quota. */
export function compactReport(report: AuditReport): AuditReport {
  const trim = (ev: { text: string; where: string }[]) =>
    ev
      .slice(0, MAX_EVIDENCE_PER_ITEM)
      .map((e) => ({ where: e.where, text: e.text.length > MAX_QUOTE_CHARS ? `${e.text.slice(0, MAX_QUOTE_CHARS)}…` : e.text }));
  return {
    ...report,
    items: report.items.map((i) => ({ ...i, evidence: trim(i.evidence) })),
    flags: report.flags.map((f) => ({ ...f, evidence: trim(f.evidence) })),
  };
}

function isQuotaError(err: unknown): boolean {
  return /quota|QUOTA_BYTES|too large/i.test(err instanceof Error ? err.message : String(err));
}

async function write(storage: StorageApi, entries: AuditLogEntry[]): Promise<AuditLogEntry[]> {
  let kept = entries;
  // When the browser's quota is hit, drop the oldest tenth and try again rather than lose the new audit.
  for (;;) {
    try {
      await storage.set(LOG_KEY, { version: LOG_VERSION, entries: kept });
      return kept;
    } catch (err) {
      if (!isQuotaError(err) || kept.length <= 1) throw err;
      kept = kept.slice(0, Math.max(1, Math.floor(kept.length * 0.9)));
    }
  }
}

/** Add an audit (newest first), pruning the oldest beyond the cap. Returns the entries kept. */
export async function addAudit(storage: StorageApi, entry: AuditLogEntry, cap: number = LOG_CAP): Promise<AuditLogEntry[]> {
  const log = await readLog(storage);
  if (log.readOnly) throw new Error('The audit log was written by a newer version of this extension; update the extension to add to it.');
  const compacted = { ...entry, report: compactReport(entry.report) };
  const entries = [compacted, ...log.entries.filter((e) => e.id !== entry.id)].slice(0, cap);
  return write(storage, entries);
}

/** Delete audits by id. */
export async function deleteAudits(storage: StorageApi, ids: readonly string[]): Promise<AuditLogEntry[]> {
  const log = await readLog(storage);
  if (log.readOnly) throw new Error('The audit log was written by a newer version of this extension; it cannot be changed here.');
  const drop = new Set(ids);
  return write(
    storage,
    log.entries.filter((e) => !drop.has(e.id)),
  );
}

/** A fresh id for an audit (time-ordered, unique enough within one browser). */
export function newAuditId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Whether a document read again matches what an earlier audit of the same school read. */
export interface DocumentChange {
  label: string;
  status: 'unchanged' | 'changed';
  /** When the earlier audit was saved (ISO). */
  since: string;
}

function withoutFragment(url: string | null): string | null {
  return url ? url.replace(/#.*$/, '') : null;
}

/** The newest earlier audit of the same site, other than `entry` itself (entries are newest first). */
export function previousAudit(entries: readonly AuditLogEntry[], entry: AuditLogEntry): AuditLogEntry | null {
  const site = schoolKey(entry);
  return entries.find((e) => e.id !== entry.id && e.savedAt <= entry.savedAt && schoolKey(e) === site) ?? null;
}

/** For each document both audits read at the same address with a fingerprint: unchanged or changed since then. */
export function documentChanges(entry: AuditLogEntry, previous: AuditLogEntry | null): DocumentChange[] {
  if (!previous) return [];
  const pairs: [DocumentRef | null, DocumentRef | null, string][] = [
    [entry.notice, previous.notice, 'Privacy notice'],
    [entry.cookieNotice, previous.cookieNotice, 'Cookie notice'],
  ];
  const out: DocumentChange[] = [];
  for (const [now, then, label] of pairs) {
    if (!now?.textHash || !then?.textHash || withoutFragment(now.url) !== withoutFragment(then.url)) continue;
    out.push({ label, status: now.textHash === then.textHash ? 'unchanged' : 'changed', since: previous.savedAt });
  }
  return out;
}

/** Which school an audit is of: its site's host name (www. aside), so audits of different pages of one site group. */
export function schoolKey(entry: Pick<AuditLogEntry, 'siteUrl'>): string {
  try {
    return new URL(entry.siteUrl).hostname.replace(/^www\./, '');
  } catch {
    return entry.siteUrl;
  }
}

/** Only the newest audit of each school, in the order given (for "Export all" with the latest audits only). */
export function latestPerSchool(entries: readonly AuditLogEntry[]): AuditLogEntry[] {
  const newest = new Map<string, AuditLogEntry>();
  for (const e of entries) {
    const key = schoolKey(e);
    const kept = newest.get(key);
    if (!kept || e.savedAt > kept.savedAt) newest.set(key, e);
  }
  const keep = new Set(newest.values());
  return entries.filter((e) => keep.has(e));
}
