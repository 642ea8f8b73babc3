import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../src/cli/work/worker-entry';
import { Worker } from 'node:worker_threads';

describe('audit worker entry', () => {
  it('in tests, is the worker the test setup built into dist/ (plain JavaScript, packages left to node_modules)', () => {
    const entry = workerEntry();
    expect(entry.pathname).toMatch(/\/dist\/audit-worker\.mjs$/);
    const code = readFileSync(fileURLToPath(entry), 'utf8');
    expect(code).not.toMatch(/from ["']tsx/);
  });

  it('from the sources without a built worker, is the tsx-loaded entry beside them', () => {
    const saved = process.env.SCHOOL_PRIVACY_AUDIT_WORKER;
    delete process.env.SCHOOL_PRIVACY_AUDIT_WORKER;
    try {
      const entry = workerEntry();
      expect(entry.pathname).toMatch(/src\/cli\/work\/audit-worker\.mjs$/);
      expect(readFileSync(fileURLToPath(entry), 'utf8')).toContain("import('./audit-worker.ts')");
    } finally {
      process.env.SCHOOL_PRIVACY_AUDIT_WORKER = saved;
    }
  });

  it.each([
    ['the built worker', () => workerEntry()],
    ['the tsx-loaded entry', () => new URL('../../src/cli/work/audit-worker.mjs', import.meta.url)],
  ])(
    'runs audit tasks in a worker started from %s',
    async (_name, entry) => {
      // Straight to a Worker, not through the pool, whose fallback to the main thread would hide a broken entry.
      const worker = new Worker(entry());
      try {
        const reply = await new Promise<{ id: number; ok: boolean; value?: { format: string } }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({
            id: 7,
            task: {
              kind: 'read',
              input: {
                bytes: new TextEncoder().encode('<h1>Privacy notice</h1><p>We are the data controller.</p>'),
                name: 'notice.html',
                contentType: 'text/html',
              },
            },
          });
        });
        expect(reply).toMatchObject({ id: 7, ok: true, value: { format: 'html' } });
      } finally {
        await worker.terminate();
      }
    },
    60_000,
  );
});
