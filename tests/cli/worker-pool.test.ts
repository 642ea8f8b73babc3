// The audit pool holds every task to a time budget and a heap cap, fails it with the reason, and carries on with a fresh worker.
import { afterEach, describe, expect, it } from 'vitest';
import { AuditPool, TaskLimitError } from '../../src/cli/work/worker-pool';

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
    const big = { bytes: html('<p>The school holds personal information about pupils and parents. </p>'.repeat(40_000)), name: 'big.html', contentType: 'text/html' };
    const err = await pool.readBytes(big, 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskLimitError);
    expect((err as Error).message).toBe('reading the document took longer than the 0.1 s limit');
    await expect(pool.readBytes(small)).resolves.toMatchObject({ format: 'html' });
  }, 60_000);

  it('fails a task that runs its worker out of heap instead of running it again without a limit', async () => {
    pool = new AuditPool(1, { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 });
    await pool.readBytes(small);
    const heapBefore = process.memoryUsage().heapUsed;
    // Curly apostrophes make the text a two-byte string: about 30 MB once decoded.
    const huge = { bytes: html('<p>Pupil\u2019s information is shared with the local authority.</p>'.repeat(250_000)), name: 'huge.html', contentType: 'text/html' };
    const err = await pool.readBytes(huge, 60_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskLimitError);
    expect((err as Error).message).toBe('reading the document needed more than the 32 MB memory limit');
    // Nothing was re-run here: the main thread's heap did not take the document on.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * 1024 * 1024);
    await expect(pool.readBytes(small)).resolves.toMatchObject({ format: 'html' });
  }, 60_000);
});
