// Every checklist phrase and every regular expression in src/core runs in linear time over hostile text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadChecklist } from '../../../src/core/checklist';
import { runAudit } from '../../../src/core/run-audit';

interface Pattern {
  source: string;
  flags: string;
  origin: string;
}

/** Each string in the checklist's options that compiles as a pattern (plain words compile too and are harmless). */
function checklistPatterns(): Pattern[] {
  const out: Pattern[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      try {
        new RegExp(v, 'i');
        out.push({ source: v, flags: 'i', origin: path });
      } catch {
        // Not a pattern.
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  for (const item of loadChecklist().items) walk(item.options, item.id);
  return out;
}

/** Every regular-expression literal written in src/core. */
function sourcePatterns(): Pattern[] {
  const root = join(__dirname, '../../../src/core');
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const out: Pattern[] = [];
  for (const file of files(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), origin: `${file.slice(root.length + 1)}:${line}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** The words a pattern looks for (escapes such as \\b and \\s removed first). */
function wordsOf(source: string): string[] {
  return [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{2,}/gi) ?? [])].slice(0, 4);
}

/** Hostile fragments for one pattern: its own words and punctuation, repeated, plus the generic troublemakers. */
function fragments(source: string): string[] {
  const words = wordsOf(source);
  const punct = [...new Set(source.replace(/\\[a-zA-Z]/g, '').match(/[^\w\s\\]/g) ?? [])].filter((c) => !'()?*+|^${}'.includes(c));
  const out = ['a.', 'a@', ' ', '\t', 'a', 'aa ', '-', '0', '.', ')', '(', '[', '<', ':', '#', '_'];
  for (const w of words) out.push(`${w} `, `${w}.`, w, `${w}-`);
  for (const p of punct) out.push(p, `${p}a`, `a${p}`, ...words.slice(0, 2).map((w) => `${p}${w}`));
  return [...new Set(out)];
}

/** Hostile texts of about `n` characters built from one fragment: repeated, and the pattern's own words then filler. */
function hostile(source: string, fragment: string, n: number): string[] {
  const body = fragment.repeat(Math.max(1, Math.ceil(n / fragment.length)));
  return [`${body}\u0000`, `${wordsOf(source).join(' ')} ${body}\u0000`];
}

function runOnce(re: RegExp, text: string): number {
  const t = performance.now();
  re.lastIndex = 0;
  let count = 0;
  for (const _ of text.matchAll(re)) if (++count > 100_000) break;
  return performance.now() - t;
}

/** Fastest of three runs: the least disturbed by other work on a busy machine. */
function timeOf(re: RegExp, text: string): number {
  return Math.min(runOnce(re, text), runOnce(re, text), runOnce(re, text));
}

// Sizes grow 4x at a time: linear work grows 4x per step, quadratic 16x, cubic 64x. Starting small means a
// cubic pattern is caught in well under a second instead of running for hours at the largest size.
const SIZES = [300, 1_200, 4_800, 19_200];
// A step may grow up to 10x (4x expected, the rest for a busy machine) once it is slow enough to measure.
const MAX_RATIO = 10;
const NOTICEABLE_MS = 50;
// Any pattern needing this long for the smallest text is super-linear whatever the ratio says.
const SMALLEST_MAX_MS = 40;

function slowInputs(p: Pattern): string[] {
  const re = new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}g`);
  const label = (fragment: string, variant: number, n: number) =>
    `${p.origin} /${p.source.slice(0, 80)}/ on ${JSON.stringify(fragment)} to ${n} chars${variant ? ' after its words' : ''}`;
  for (const fragment of fragments(p.source)) {
    for (const variant of [0, 1]) {
      const text = (n: number) => hostile(p.source, fragment, n)[variant]!;
      const superLinear = (before: number, after: number) => after >= NOTICEABLE_MS && after > MAX_RATIO * before + NOTICEABLE_MS / 2;
      let previous = timeOf(re, text(SIZES[0]!));
      if (previous > SMALLEST_MAX_MS) return [`${label(fragment, variant, SIZES[0]!)}: ${previous.toFixed(1)} ms`];
      for (let i = 1; i < SIZES.length; i++) {
        const n = SIZES[i]!;
        let t = timeOf(re, text(n));
        if (superLinear(previous, t)) {
          // A busy machine can stall every run of one measurement: time both sizes again before judging the growth.
          previous = timeOf(re, text(SIZES[i - 1]!));
          t = timeOf(re, text(n));
          if (superLinear(previous, t)) return [`${label(fragment, variant, n)}: ${previous.toFixed(1)} ms -> ${t.toFixed(1)} ms at 4x`];
        }
        previous = t;
      }
    }
  }
  return [];
}

describe('patterns run in linear time over hostile text', () => {
  it('checklist phrases', () => {
    const bad = checklistPatterns().flatMap(slowInputs);
    expect(bad).toEqual([]);
  }, 300_000);

  it('regular expressions in src/core', () => {
    const bad = sourcePatterns().flatMap(slowInputs);
    expect(bad).toEqual([]);
  }, 300_000);
});

describe('a whole audit over hostile text', () => {
  const audit = (text: string) => {
    const t = performance.now();
    runAudit({ notice: { format: 'text', url: null, text } }, { asOf: '2026-11-23' }, loadChecklist());
    return performance.now() - t;
  };

  it('takes about as long as a benign text of the same size', () => {
    const benign = 'The school holds information about pupils. '.repeat(4_000).slice(0, 160_001);
    const hostileTexts = [
      `${'a@'.repeat(40_000)} ${'a.'.repeat(40_000)}`,
      'a.'.repeat(80_000),
      `${'www.'.repeat(20_000)} ${'school-'.repeat(12_000)}`,
    ];
    audit(benign);
    const base = audit(benign);
    for (const text of hostileTexts) expect(audit(text)).toBeLessThan(3 * base + 2_000);
  }, 120_000);
});
