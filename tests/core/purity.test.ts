// src/core must stay pure (architecture.md): no Node built-ins, no browser or extension framework, no UI library, no Playwright.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const CORE = fileURLToPath(new URL('../../src/core', import.meta.url));

const FORBIDDEN_PACKAGES = ['wxt', '#imports', 'preact', 'webextension-polyfill', 'playwright', 'playwright-core', '@playwright/test'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

// Static imports and re-exports, side-effect imports, dynamic import() and require().
const IMPORT_RE =
  /(?:^|[^\w.$])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|(?:^|[^\w.$])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.$])require\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Module specifiers a source file imports. */
export function findImports(source: string): string[] {
  return [...source.matchAll(IMPORT_RE)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Why a specifier is not allowed in src/core, or null when it is fine. */
export function whyForbidden(spec: string): string | null {
  if (spec.startsWith('node:')) return 'a Node built-in';
  if (!spec.startsWith('.') && NODE_BUILTINS.has(spec.split('/')[0]!)) return 'a Node built-in';
  for (const p of FORBIDDEN_PACKAGES) if (spec === p || spec.startsWith(`${p}/`)) return `${p} (browser, extension or UI code)`;
  return null;
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.(?:ts|tsx|mts|cts|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('import scanner', () => {
  it('finds every import form and rejects forbidden ones', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "export * from 'fs/promises';",
      "import type { Browser } from 'wxt/browser';",
      "import 'webextension-polyfill';",
      "const p = await import('playwright-core');",
      "const x = require('preact/hooks');",
      "import { z } from 'zod';",
      "import { a } from './local';",
    ].join('\n');
    const specs = findImports(sample);
    expect(specs).toEqual([
      'node:fs',
      'path',
      'fs/promises',
      'wxt/browser',
      'webextension-polyfill',
      'playwright-core',
      'preact/hooks',
      'zod',
      './local',
    ]);
    expect(specs.filter((s) => whyForbidden(s) !== null)).toHaveLength(7);
    expect(whyForbidden('cheerio')).toBeNull();
    expect(whyForbidden('#imports')).not.toBeNull();
  });
});

describe('src/core is pure', () => {
  const files = listSources(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports nothing from Node, WXT, Preact, webextension-polyfill or Playwright', () => {
    const offences = files.flatMap((file) =>
      findImports(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = whyForbidden(spec);
        return why ? [`${relative(CORE, file)} imports "${spec}" (${why})`] : [];
      }),
    );
    expect(offences).toEqual([]);
  });
});
