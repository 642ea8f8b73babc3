// src/documents must run in an extension page as well as in Node: no Node built-ins, no Buffer, no file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'src', 'documents');
const builtins = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

describe('src/documents', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s uses no Node-only API', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const specs = [...source.matchAll(/(?:from\s*|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    const nodeOnly = specs.filter((s) => s.startsWith('node:') || (!s.startsWith('.') && builtins.has(s.split('/')[0]!)));
    expect(nodeOnly).toEqual([]);
    // Buffer and process exist only in Node; Uint8Array, DataView, Blob and DecompressionStream exist in both.
    expect(source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')).not.toMatch(/\bBuffer\.|\bprocess\.|\brequire\(/);
  });
});
