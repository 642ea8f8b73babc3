// The import graph, checked with dependency-cruiser against the rules in .dependency-cruiser.mjs: no folder or file
// cycles, a pure core, thin entrypoints, front ends apart. A known-bad fixture tree shows each rule can fail.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { forbidden, options } from '../../.dependency-cruiser.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BAD = join(ROOT, 'tests/fixtures/import-graph/bad');

/** Each violation as "rule: from -> to". `baseDir` is the tree whose src/ and entrypoints/ are cruised. */
async function violations(baseDir: string): Promise<string[]> {
  const tsConfig = extractTSConfig(join(ROOT, 'tsconfig.json'));
  const result = await cruise(['src', 'entrypoints'], { ...options, baseDir, validate: true, ruleSet: { forbidden } }, {}, { tsConfig });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('import graph', () => {
  it('the project breaks no rule: no folder or file cycle, a pure core, thin entrypoints', { timeout: 120_000 }, async () => {
    expect(await violations(ROOT)).toEqual([]);
  });

  it('a tree with a folder cycle, an impure core and a fat entrypoint breaks the matching rules', { timeout: 60_000 }, async () => {
    const found = await violations(BAD);
    expect(found).toEqual(
      expect.arrayContaining([
        'no-folder-cycles: src/cli/site -> src/cli/work',
        'no-folder-cycles: src/cli/work -> src/cli/site',
        'core-imports-only-core: src/core/impure.ts -> src/cli/site/gather.ts',
        'core-no-node-builtins: src/core/impure.ts -> fs',
        'thin-entrypoints: entrypoints/popup.ts -> src/core/impure.ts',
      ]),
    );
  });

  it('entrypoints stay a few lines that start what src/extension defines', () => {
    const dir = join(ROOT, 'entrypoints');
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) expect(readFileSync(join(dir, file), 'utf8').split('\n').length, file).toBeLessThanOrEqual(20);
  });
});
