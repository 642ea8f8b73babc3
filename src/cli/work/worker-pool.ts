// A small pool of worker threads for document reading and runAudit, so the main thread is left to drive the browser.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../../core/artifacts';
import { InputError } from '../load-document';
import type { AuditClock } from '../record/plan-audits';
import type { SiteCapture } from '../record/site-record';
import { workerEntry } from './worker-entry';
import type { AuditedSite, ReadBytesTask, Task, TaskReply } from './audit-tasks';

interface Pending {
  id: number;
  task: Task;
  /** Longest the task may run once a worker starts it. */
  budgetMs: number;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker is being stopped (over time): read when it exits. */
  stopping: string | null;
}

/** A task stopped for exceeding its time budget or its worker's memory limit: the site becomes an error row. */
export class TaskLimitError extends Error {}

/**
 * Each worker's heap is capped so one hostile document cannot take the machine's memory: pdfjs needs
 * more than 128 MB for some school PDFs, so the cap is generous. A task that still exceeds it fails
 * with that reason (never re-run without a limit) and the pool starts a fresh worker.
 */
export const WORKER_HEAP_MB = 512;
const WORKER_LIMITS = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 };

/** Default time budget for one task when the caller gives none. */
export const DEFAULT_TASK_BUDGET_MS = 120_000;

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

export class AuditPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(
    readonly size: number,
    private readonly limits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb?: number } = WORKER_LIMITS,
  ) {}

  /** Read downloaded bytes into a DocumentInput (PDF and DOCX extraction included), within `budgetMs`. */
  readBytes(input: ReadBytesTask, budgetMs = DEFAULT_TASK_BUDGET_MS): Promise<DocumentInput> {
    return this.run({ kind: 'read', input }, budgetMs) as Promise<DocumentInput>;
  }

  auditGathered(
    capture: SiteCapture,
    documents: ReadonlyMap<string, DocumentInput>,
    clock: AuditClock,
    budgetMs = DEFAULT_TASK_BUDGET_MS,
  ): Promise<AuditedSite> {
    return this.run({ kind: 'audit', input: { capture, documents: [...documents], clock } }, budgetMs) as Promise<AuditedSite>;
  }

  /** Stop every worker; tasks still queued fail. */
  async close(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(new Error('the audit workers were stopped'));
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.busy?.reject(new Error('the audit workers were stopped'));
        s.busy = null;
        return s.worker.terminate();
      }),
    );
  }

  private run(task: Task, budgetMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, budgetMs: Math.max(1, budgetMs), resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy && !s.stopping);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const p = this.queue.shift()!;
      const working = slot;
      working.busy = p;
      // Referenced only while working, so an idle pool never keeps the process alive.
      working.worker.ref();
      // Over budget: the worker is stopped mid-task (a regex or a PDF cannot be interrupted otherwise).
      working.timer = setTimeout(() => {
        working.stopping = `${p.task.kind === 'read' ? 'reading the document' : 'auditing the documents'} took longer than the ${seconds(p.budgetMs)} limit`;
        void working.worker.terminate();
      }, p.budgetMs);
      working.worker.postMessage({ id: p.id, task: p.task });
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerEntry(), { resourceLimits: this.limits }), busy: null, timer: null, stopping: null };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number } & TaskReply) => {
      const p = slot.busy;
      if (!p || p.id !== msg.id || slot.stopping) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.busy = null;
      slot.worker.unref();
      settle(p, msg);
      this.dispatch();
    });
    // A worker that dies (out of heap, or stopped over time) fails its task with the reason; the
    // next task gets a fresh worker.
    let lastError: Error | null = null;
    const lost = () => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (slot.timer) clearTimeout(slot.timer);
      const p = slot.busy;
      slot.busy = null;
      if (p) p.reject(new TaskLimitError(slot.stopping ?? lostReason(p, lastError, this.limits.maxOldGenerationSizeMb)));
      this.dispatch();
    };
    slot.worker.on('error', (err) => {
      lastError = err;
      lost();
    });
    slot.worker.on('exit', lost);
    this.slots.push(slot);
    return slot;
  }
}

function lostReason(p: Pending, err: Error | null, heapMb: number): string {
  const what = p.task.kind === 'read' ? 'reading the document' : 'auditing the documents';
  if (!err || (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message)) {
    return `${what} needed more than the ${heapMb} MB memory limit`;
  }
  return `${what} failed: ${err.message.split('\n')[0]!.slice(0, 200)}`;
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
