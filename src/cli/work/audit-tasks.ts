// The CPU-heavy steps of a site audit (reading documents, runAudit per planned audit), callable in a worker thread or in-process.
import type { DocumentInput } from '../../core/artifacts';
import type { AuditReport } from '../../core/report';
import { InputError, documentFromBytes } from '../load-document';
import { planAudits, runPlannedAudit, type AuditClock } from '../record/plan-audits';
import type { AuditEntry, SiteCapture } from '../record/site-record';

export interface AuditedSite {
  /** The capture with documents re-labelled by their text and any audit failures added to its warnings. */
  capture: SiteCapture;
  audits: { entry: AuditEntry; report: AuditReport }[];
  /** Artifacts per audit, in the same order as audits. */
  artifacts: unknown[];
}

/** Plan and run every audit a gathered site needs; an audit that throws becomes a warning, the rest still run. */
export function auditGathered(capture: SiteCapture, documents: ReadonlyMap<string, DocumentInput>, clock: AuditClock): AuditedSite {
  const audits: AuditedSite['audits'] = [];
  const artifacts: unknown[] = [];
  for (const plan of planAudits(capture, documents)) {
    try {
      const entry: AuditEntry = { ...plan.entry, artifacts: `artifacts/${plan.name}.json`, report: `reports/${plan.name}.json` };
      audits.push({ entry, report: runPlannedAudit(plan.entry, plan.artifacts, clock) });
      artifacts.push(plan.artifacts);
    } catch (err) {
      capture.warnings.push(`the audit of ${plan.entry.documentUrl ?? plan.name} failed: ${(err as Error).message.slice(0, 300)}`);
    }
  }
  return { capture, audits, artifacts };
}

export interface ReadBytesTask {
  bytes: Uint8Array;
  name: string;
  contentType: string;
}

export type Task =
  | { kind: 'read'; input: ReadBytesTask }
  | { kind: 'audit'; input: { capture: SiteCapture; documents: [string, DocumentInput][]; clock: AuditClock } };

export type TaskReply = { ok: true; value: unknown } | { ok: false; message: string; input: boolean };

/** Run one task and describe a failure as plain data: errors lose their class when posted between threads. */
export async function runTask(task: Task): Promise<TaskReply> {
  try {
    if (task.kind === 'read')
      return { ok: true, value: await documentFromBytes(task.input.bytes, { name: task.input.name, contentType: task.input.contentType }) };
    return { ok: true, value: auditGathered(task.input.capture, new Map(task.input.documents), task.input.clock) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err), input: err instanceof InputError };
  }
}
