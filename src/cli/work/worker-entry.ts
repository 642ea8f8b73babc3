// The script each audit worker runs: the worker's TypeScript bundled to plain JavaScript, or the tsx-loaded entry.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleToCache } from '../../../bin/bundle-cache.mjs';

/**
 * The project folder: the nearest one up from this module whose package.json is this package's. This module may run
 * from its source file or from a bundle in node_modules/.cache, so its own address does not say where the sources are.
 */
function projectRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'school-privacy-audit') return dir;
    if (dirname(dir) === dir) throw new Error('the project folder was not found');
  }
}

let entry: URL | null = null;

/**
 * A worker started through tsx carries a second module-loader thread and a transpiler cache (about 150 MB more per
 * worker, measured), so the worker's code is bundled once per process (always from the current sources). Where that
 * cannot be done (no write access, no sources), the tsx entry is used.
 */
export function workerEntry(): URL {
  if (entry) return entry;
  let root: string | null = null;
  try {
    root = projectRoot();
    entry = pathToFileURL(bundleToCache(root, join(root, 'src', 'cli', 'work', 'audit-worker.ts'), 'audit-worker'));
  } catch {
    entry = root ? pathToFileURL(join(root, 'src', 'cli', 'work', 'audit-worker.mjs')) : new URL('./audit-worker.mjs', import.meta.url);
  }
  return entry;
}
