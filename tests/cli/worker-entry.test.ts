import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../src/cli/work/worker-entry';
import { Worker } from 'node:worker_threads';

describe('audit worker entry', () => {
  it('from the sources, is the tsx-loaded entry beside them (the built CLI uses dist/audit-worker.mjs)', () => {
    const entry = workerEntry();
    expect(entry.pathname).toMatch(/src\/cli\/work\/audit-worker\.mjs$/);
    expect(readFileSync(fileURLToPath(entry), 'utf8')).toContain("import('./audit-worker.ts')");
  });

  it('runs audit tasks in a worker started from that entry', async () => {
    // Straight to a Worker, not through the pool, whose fallback to the main thread would hide a broken entry.
    const worker = new Worker(workerEntry());
    try {
      const reply = await new Promise<{ id: number; ok: boolean; value?: { format: string } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, task: { kind: 'read', input: { bytes: new TextEncoder().encode('<h1>Privacy notice</h1><p>We are the data controller.</p>'), name: 'notice.html', contentType: 'text/html' } } });
      });
      expect(reply).toMatchObject({ id: 7, ok: true, value: { format: 'html' } });
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
