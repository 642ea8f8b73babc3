// Bundles a TypeScript entry with esbuild into node_modules/.cache (packages left as imports), named by content hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundle `entry` (a file inside the project at `root`) to plain JavaScript and return the bundle's path. The bundle
 * sits in the project's node_modules/.cache so its package imports resolve from the project's node_modules, and is
 * written aside then renamed, so a second process never runs a half-written file. Throws when it cannot be built.
 */
export function bundleToCache(root, entry, name) {
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0];
  if (!out) throw new Error('esbuild produced no bundle');
  const dir = join(root, 'node_modules', '.cache', 'school-privacy-audit');
  const file = join(dir, `${name}-${createHash('sha256').update(out.contents).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, out.contents);
    renameSync(partial, file);
  }
  return file;
}
