// A small pool of worker threads for document reading and runAudit, so the main thread is left to drive the browser.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../../core/artifacts';
import { InputError } from '../load-document';
import type { AuditClock } from '../site/plan-audits';
import type { SiteCapture } from '../site/site-record';
import type { AuditedSite, ReadBytesTask, Task, TaskReply } from './audit-tasks';

interface Pending {
  id: number;
  task: Task;
  transfer: ArrayBuffer[];
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

const ENTRY = new URL('./audit-worker.mjs', import.meta.url);

export class AuditPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(readonly size: number) {}

  /** Read downloaded bytes into a DocumentInput (PDF and DOCX extraction included); the bytes are moved, not copied. */
  readBytes(input: ReadBytesTask): Promise<DocumentInput> {
    const own = input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength && input.bytes.buffer instanceof ArrayBuffer;
    const bytes = own ? input.bytes : input.bytes.slice();
    return this.run({ kind: 'read', input: { ...input, bytes } }, [bytes.buffer as ArrayBuffer]) as Promise<DocumentInput>;
  }

  auditGathered(capture: SiteCapture, documents: ReadonlyMap<string, DocumentInput>, clock: AuditClock): Promise<AuditedSite> {
    return this.run({ kind: 'audit', input: { capture, documents: [...documents], clock } }, []) as Promise<AuditedSite>;
  }

  /** Stop every worker; tasks still queued fail. */
  async close(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(new Error('the audit workers were stopped'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private run(task: Task, transfer: ArrayBuffer[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, transfer, resolve, reject });
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
      slot.worker.postMessage({ id: p.id, task: p.task }, p.transfer);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number } & TaskReply) => {
      const p = slot.busy;
      if (!p || p.id !== msg.id) return;
      slot.busy = null;
      slot.worker.unref();
      if (msg.ok) p.resolve(msg.value);
      else p.reject(msg.input ? new InputError(msg.message) : new Error(msg.message));
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a parser) fails its task only; the next task gets a new worker.
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.busy?.reject(new Error(`the audit worker stopped: ${why}`));
      slot.busy = null;
      this.dispatch();
    };
    slot.worker.on('error', (err) => lost(err.message.split('\n')[0] ?? 'error'));
    slot.worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}

let shared: AuditPool | null = null;

/** The process-wide pool, started on first use: one worker per core (at most four), each loading pdfjs only if it meets a PDF. */
export function sharedAuditPool(): AuditPool {
  shared ??= new AuditPool(Math.max(1, Math.min(4, availableParallelism())));
  return shared;
}
