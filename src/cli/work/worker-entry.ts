// The script each audit worker runs: dist/audit-worker.mjs beside the built CLI, or the tsx-loaded entry beside the sources.
/**
 * Built, this code sits in dist/ (cli.mjs or one of its chunks, all in one folder) and the worker was built beside it
 * as dist/audit-worker.mjs: nothing is bundled or transpiled at run time. Run from the sources (tests, tsx scripts),
 * this file is src/cli/work/worker-entry.ts and ./audit-worker.mjs is the entry that loads the TypeScript through tsx.
 */
export function workerEntry(): URL {
  return new URL('./audit-worker.mjs', import.meta.url);
}
