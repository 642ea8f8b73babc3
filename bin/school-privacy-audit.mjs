#!/usr/bin/env node
// Package bin: runs the TypeScript CLI bundled to plain JavaScript by esbuild (no separate build step, always from the
// current sources); where bundling is not possible, through tsx's loader. The bundle saves tsx's loader thread and
// transpiler cache, about 50 MB, in a process that may drive a browser for hours.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'cli', 'main.ts');
let cli;
try {
  const { bundleToCache } = await import('./bundle-cache.mjs');
  cli = await import(pathToFileURL(bundleToCache(root, source, 'cli')).href);
} catch {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(pathToFileURL(source).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
