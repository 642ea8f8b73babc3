// Builds the CLI and its audit worker ahead of time with esbuild into dist/ (packages stay imports from node_modules).
// Usage: node scripts/build-cli.mjs [--if-stale]   (--if-stale: build only when dist/ is missing or older than a source)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stamp = join(dist, 'build-inputs.json');

/** The inputs the last build read (from esbuild's metafile), with package.json and this script: any one newer means stale. */
function isStale() {
  if (!existsSync(stamp)) return true;
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(stamp, 'utf8'));
  } catch {
    return true;
  }
  const builtAt = statSync(stamp).mtimeMs;
  for (const file of [...recorded.inputs, ...recorded.outputs, 'package.json', 'scripts/build-cli.mjs']) {
    const path = join(root, file);
    if (!existsSync(path)) return true;
    if (!recorded.outputs.includes(file) && statSync(path).mtimeMs > builtAt) return true;
  }
  return false;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  // Files are overwritten in place, not the folder removed first: a test or run using dist/audit-worker.mjs meanwhile keeps working.
  mkdirSync(dist, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    // cli.mjs and audit-worker.mjs sit side by side: the pool starts ./audit-worker.mjs relative to the CLI's own file.
    entryPoints: { cli: 'src/cli/main.ts', 'audit-worker': 'src/cli/work/audit-worker.ts' },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    // Commands load on first use (dynamic imports become chunks), so --help does not load the browser or PDF code.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  const outputs = Object.keys(result.metafile.outputs).map((f) => relative(root, join(root, f)));
  // Chunks of an earlier build (other content hashes) would be packed too: drop them.
  for (const name of readdirSync(dist)) {
    if (name.endsWith('.mjs') && !outputs.includes(`dist/${name}`)) rmSync(join(dist, name), { force: true });
  }
  writeFileSync(stamp, `${JSON.stringify({ inputs, outputs }, null, 1)}\n`);
  return { inputs: inputs.length, outputs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || isStale()) {
    const started = performance.now();
    const r = await buildCli();
    process.stderr.write(
      `built the CLI into dist/ (${r.outputs.length} files from ${r.inputs} sources) in ${Math.round(performance.now() - started)} ms\n`,
    );
  }
}
