import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../src/cli/work/worker-entry';
import { Worker } from 'node:worker_threads';

describe('audit worker entry', () => {
  it('is the worker bundled to plain JavaScript, with packages left to node_modules and no TypeScript loader', () => {
    const entry = workerEntry();
    expect(entry.pathname).toMatch(/node_modules\/\.cache\/school-privacy-audit\/audit-worker-[0-9a-f]{16}\.mjs$/);
    const code = readFileSync(fileURLToPath(entry), 'utf8');
    expect(code).not.toMatch(/from ["']tsx/);
    expect(code).toMatch(/from ["']zod["']/);
    // Built once per process.
    expect(workerEntry()).toBe(entry);
  });

  it('runs audit tasks in a worker started from the bundle', async () => {
    // Straight to a Worker, not through the pool, whose fallback to the main thread would hide a broken bundle.
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
  });
});
