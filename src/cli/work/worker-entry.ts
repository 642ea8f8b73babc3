// The script each audit worker runs: the worker's TypeScript bundled to plain JavaScript, or the tsx-loaded entry.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const SOURCE = new URL('./audit-worker.ts', import.meta.url);
const TSX_ENTRY = new URL('./audit-worker.mjs', import.meta.url);
// Inside the project, so the bundle's package imports (pdfjs-dist, mammoth, zod ...) resolve from its node_modules.
const CACHE = new URL('../../../node_modules/.cache/school-privacy-audit/', import.meta.url);

let entry: URL | null = null;

/**
 * A worker started through tsx carries a second module-loader thread and a transpiler cache (about 160 MB more per
 * worker, measured), so the worker's code is bundled once per process (about 50 ms, always from the current sources,
 * named by content hash). Where that cannot be done (no write access, no sources), the tsx entry is used.
 */
export function workerEntry(): URL {
  if (entry) return entry;
  try {
    const out = buildSync({
      entryPoints: [fileURLToPath(SOURCE)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0];
    if (!out) throw new Error('no bundle produced');
    const name = `audit-worker-${createHash('sha256').update(out.contents).digest('hex').slice(0, 16)}.mjs`;
    const file = new URL(name, CACHE);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      // Written aside and renamed, so a second process never starts a half-written bundle.
      const partial = new URL(`${name}.${process.pid}.partial`, CACHE);
      writeFileSync(partial, out.contents);
      renameSync(partial, file);
    }
    entry = pathToFileURL(fileURLToPath(file));
  } catch {
    entry = TSX_ENTRY;
  }
  return entry;
}
