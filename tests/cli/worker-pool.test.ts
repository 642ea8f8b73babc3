// The audit pool holds every task to a time budget and a heap cap, fails it with the reason, and carries on with a fresh worker.
import { afterEach, describe, expect, it } from 'vitest';
import { AuditPool, TaskLimitError } from '../../src/cli/work/worker-pool';
import { buildDensePdf } from '../documents/dense-pdf';

const html = (body: string) => new TextEncoder().encode(`<h1>Privacy notice</h1>${body}`);
const small = { bytes: html('<p>We are the data controller.</p>'), name: 'notice.html', contentType: 'text/html' };

let pool: AuditPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('audit pool limits', () => {
  it('stops a task over its time budget with the reason, then serves the next task from a fresh worker', async () => {
    pool = new AuditPool(1);
    // Warm the worker so the budget is spent on the task, not on starting the thread.
    await pool.readBytes(small);
    // Thousands of separately placed words on each of 40 pages: seconds of pdfjs work.
    const dense = { bytes: buildDensePdf(40, 20_000), name: 'dense.pdf', contentType: 'application/pdf' };
    const err = await pool.readBytes(dense, 300).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskLimitError);
    expect((err as Error).message).toBe('reading the document took longer than the 0.3 s limit');
    await expect(pool.readBytes(small)).resolves.toMatchObject({ format: 'html' });
  }, 300_000);
});
