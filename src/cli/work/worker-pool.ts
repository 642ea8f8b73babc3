// A small pool of worker threads for document reading and runAudit, so the main thread is left to drive the browser.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../../core/artifacts';
import { InputError } from '../load-document';
import type { AuditClock } from '../site/plan-audits';
import type { SiteCapture } from '../site/site-record';
import { workerEntry } from './worker-entry';
import { runTask, type AuditedSite, type ReadBytesTask, type Task, type TaskReply } from './audit-tasks';

interface Pending {
  id: number;
  task: Task;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * A bounded old generation keeps a worker from growing without end across hundreds of documents.
 * pdfjs needs more than 128 MB for some school PDFs, so the bound is generous; a task that still
 * exceeds it is run again on the main thread, with no limit, so the result never depends on it.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512 };

export class AuditPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(readonly size: number) {}

  /** Read downloaded bytes into a DocumentInput (PDF and DOCX extraction included). */
  readBytes(input: ReadBytesTask): Promise<DocumentInput> {
    // Copied, not transferred: the main thread keeps the bytes in case the task must be run again here.
    return this.run({ kind: 'read', input }) as Promise<DocumentInput>;
  }

  auditGathered(capture: SiteCapture, documents: ReadonlyMap<string, DocumentInput>, clock: AuditClock): Promise<AuditedSite> {
    return this.run({ kind: 'audit', input: { capture, documents: [...documents], clock } }) as Promise<AuditedSite>;
  }

  /** Stop every worker; tasks still queued fail. */
  async close(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(new Error('the audit workers were stopped'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private run(task: Task): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.busy = p;
      // Referenced only while working, so an idle pool never keeps the process alive.
      slot.worker.ref();
      slot.worker.postMessage({ id: p.id, task: p.task });
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerEntry(), { resourceLimits: WORKER_LIMITS }), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number } & TaskReply) => {
      const p = slot.busy;
      if (!p || p.id !== msg.id) return;
      slot.busy = null;
      slot.worker.unref();
      settle(p, msg);
      this.dispatch();
    });
    // A worker that dies (its heap limit reached on a huge document) loses only its task, which is run
    // again on the main thread with no limit, so the result is what an in-process run would give.
    const lost = () => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      const p = slot.busy;
      slot.busy = null;
      if (p) void runTask(p.task).then((reply) => settle(p, reply));
      this.dispatch();
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', lost);
    this.slots.push(slot);
    return slot;
  }
}

function settle(p: Pending, reply: TaskReply): void {
  if (reply.ok) p.resolve(reply.value);
  else p.reject(reply.input ? new InputError(reply.message) : new Error(reply.message));
}

let shared: AuditPool | null = null;

/**
 * The process-wide pool, started on first use. One core is left to the main thread and Chromium;
 * each worker costs about 150 MB (its own heap, the audit core and pdfjs), and one worker, at
 * 0.3-0.75 s per notice, keeps up with ~50 sites a minute, so more only pay with cores to spare.
 */
export function sharedAuditPool(): AuditPool {
  shared ??= new AuditPool(Math.max(1, Math.min(4, availableParallelism() - 1)));
  return shared;
}
