// A zod schema for AuditReport as stored in the audit log: stored data is re-validated on every read.
import { z } from 'zod';
import { STATUSES } from '../core/report';
import { DocumentOutcomeSchema } from '../core/discovery/document-outcomes';

const EvidenceSchema = z.object({ text: z.string(), where: z.string(), kind: z.literal('description').optional() });

export const StoredItemSchema = z.object({
  id: z.string(),
  area: z.string(),
  status: z.enum(STATUSES),
  severity: z.string(),
  title: z.string(),
  shortTitle: z.string().optional(),
  ref: z.string(),
  message: z.string(),
  evidence: z.array(EvidenceSchema),
  guidance: z.string(),
});

const ObservedCookieSchema = z
  .object({
    name: z.string(),
    domain: z.string(),
    party: z.enum(['first', 'third']),
    category: z.string(),
    vendor: z.string().nullable(),
    declared: z.enum(['yes', 'no', 'vendor-only', 'near-miss']),
    matchedEntry: z.string().nullable(),
    expiresInDays: z.number().nullable(),
    declaredDays: z.number().nullable(),
    beforeConsent: z.boolean().nullable(),
  })
  .passthrough();

/** Loose where the view does not depend on a field, strict where it does (items, statuses, summary). */
export const StoredReportSchema = z
  .object({
    tool: z.object({ name: z.string(), version: z.string() }),
    checklist: z.object({ version: z.string(), date: z.string() }),
    source: z.object({ url: z.string().nullable(), format: z.string(), kind: z.string(), title: z.string().nullable() }).passthrough(),
    school: z.string().nullable(),
    nation: z.string(),
    phase: z.string(),
    asOf: z.string(),
    auditedAt: z.string(),
    items: z.array(StoredItemSchema),
    flags: z.array(z.object({ id: z.string(), title: z.string(), evidence: z.array(EvidenceSchema) })),
    cookies: z
      .object({ observed: z.array(ObservedCookieSchema), declared: z.array(z.unknown()) })
      .passthrough()
      .optional(),
    summary: z.object({
      counts: z.record(z.string(), z.number()),
      gaps: z.record(z.string(), z.number()),
      headline: z.array(z.string()),
    }),
    warnings: z.array(z.string()),
    documents: z.array(DocumentOutcomeSchema).optional(),
  })
  .passthrough();
