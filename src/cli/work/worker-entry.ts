// The script each audit worker runs: dist/audit-worker.mjs beside the built CLI, or (from the sources) the built worker the test setup names, else the tsx-loaded entry.
import { pathToFileURL } from 'node:url';

/**
 * Built, this code sits in dist/ (cli.mjs or one of its chunks, all in one folder) and the worker was built beside it
 * as dist/audit-worker.mjs: nothing is bundled or transpiled at run time. Run from the sources (tests, tsx scripts),
 * this file is src/cli/work/worker-entry.ts: the test setup builds the worker and names it in
 * SCHOOL_PRIVACY_AUDIT_WORKER, so tests run the worker users run (a worker through tsx carries a second loader thread
 * and a transpiler, about 150 MB more); otherwise ./audit-worker.mjs loads the TypeScript through tsx.
 */
export function workerEntry(): URL {
  const here = new URL('./audit-worker.mjs', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return here;
  const built = process.env.SCHOOL_PRIVACY_AUDIT_WORKER;
  return built ? pathToFileURL(built) : here;
}
