// Every reason code an evaluator can give has words in its item's messages, and every message is one the evaluator
// can give: read from the check families' source, so a branch no fixture reaches is covered too.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadChecklist } from '../../../src/core/checklist';
import { FAMILIES } from '../../../src/core/checks/registry';
import type { ChecklistItem } from '../../../src/core/schema/checklist';
import { scanReasons } from './reason-scan';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHECKS_DIR = join(ROOT, 'src', 'core', 'checks');

// The evaluators and their helpers: the items files hold the words, verdict.ts the one resolver.
function checkSources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(CHECKS_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name === 'items.ts' || entry.name === 'verdict.ts') continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

/** Codes the evaluator gives that have no words, and words no evaluator branch asks for. */
function gapsBetween(item: Pick<ChecklistItem, 'messages'>, codes: ReadonlySet<string>): { missing: string[]; unused: string[] } {
  return {
    missing: [...codes].filter((c) => !(c in item.messages)).sort(),
    unused: Object.keys(item.messages)
      .filter((m) => !codes.has(m))
      .sort(),
  };
}

/**
 * Messages that do not read as a sentence. A message opens with a capital letter, a figure, a quotation mark or a
 * filled-in name, and ends with a full stop, question or exclamation mark (before any fragments added on its end,
 * "{...Note}"). Fragments themselves (codes ending "-note") are pieces of other messages, and exempt.
 */
function notSentences(item: Pick<ChecklistItem, 'messages'>): string[] {
  return Object.entries(item.messages)
    .filter(([code]) => !code.endsWith('-note'))
    .filter(([, text]) => {
      const body = text.replace(/(?:\{\w+Note\})+$/, '');
      return !/^(?:[A-Z0-9"“‘]|\{\w+\})/.test(body) || !/[.?!]["”’)]*$/.test(body);
    })
    .map(([code, text]) => `${code}: ${text}`);
}

const scan = scanReasons(checkSources());
const items = loadChecklist().items;

describe('reason codes and messages, read from the evaluators', () => {
  it('can follow every reason an evaluator gives', () => {
    expect(scan.unreadable).toEqual([]);
  });

  it('leaves no verdict worded in code', () => {
    expect(scan.wordedInCode).toEqual([]);
  });

  it('found an evaluator for every checklist item, and every family is read', () => {
    expect(items.filter((i) => !scan.codes.has(i.id)).map((i) => i.id)).toEqual([]);
    for (const family of FAMILIES) for (const item of family.items) expect(scan.codes.get(item.id)?.size, item.id).toBeGreaterThan(0);
  });

  it.each(items.map((i) => [i.id, i] as const))('%s: every code it gives has a message, every message is given', (_id, item) => {
    expect(gapsBetween(item, scan.codes.get(item.id) ?? new Set())).toEqual({ missing: [], unused: [] });
  });

  it.each(items.map((i) => [i.id, i] as const))('%s: every message reads as a sentence', (_id, item) => {
    expect(notSentences(item)).toEqual([]);
  });
});

describe('the scan itself', () => {
  const demo = scanReasons(
    new Map([
      [
        'src/core/checks/demo/checks.ts',
        `import { verdictFor, messageFor } from '../verdict';
         import { helper } from './helper';
         const byCount = (n, one, many) => (n === 1 ? one : many);
         export const DEMO = [
           defineCheck({ id: 'demo', optionsSchema: S, evaluate: (ctx, o, item) => {
             const say = (status, reason) => verdictFor(item, status, reason);
             if (ctx.a) return say('pass', ctx.b ? 'met' : 'met-another-way');
             const judged = helper(ctx);
             if (judged) return verdictFor(item, judged.status, judged.reason, [], { note: messageFor(item, 'extra-note') });
             return verdictFor(item, 'fail', byCount(ctx.n, 'one-gap', 'gaps'));
           } }),
           defineCheck({ id: 'worded', optionsSchema: S, evaluate: (ctx, o, item) => ctx.a ? { status: 'pass', message: 'Fine.', evidence: [] } : verdictFor(item, 'fail', pick()) }),
         ];`,
      ],
      [
        'src/core/checks/demo/helper.ts',
        `export function helper(ctx) { return ctx.c ? { status: 'partial', reason: 'half-met' } : null; }`,
      ],
    ]),
  );

  it('follows wrappers, conditionals, choosers and helpers into the codes a check gives', () => {
    expect([...demo.codes.get('demo')!].sort()).toEqual(['extra-note', 'gaps', 'half-met', 'met', 'met-another-way', 'one-gap']);
  });

  it('reports a reason it cannot follow, and a verdict worded in code', () => {
    expect(demo.unreadable).toEqual([expect.stringMatching(/demo\/checks\.ts:\d+ \(reached from worded\)/)]);
    expect(demo.wordedInCode).toEqual([expect.stringMatching(/demo\/checks\.ts:\d+/)]);
  });

  it('fails a message that opens in lower case or has no full stop, but not a fragment or a trailing fragment', () => {
    expect(
      notSentences({
        messages: {
          lower: 'no banner was found.',
          unended: 'No banner was found',
          'ended-in-note': 'No date found.{undatedNote}',
          'quoted-end': 'It says "see our website."',
          'named-start': '{name} is named only in passing.',
          'lower-note': ' the cookie was set',
        },
      }),
    ).toEqual(['lower: no banner was found.', 'unended: No banner was found']);
  });

  it('fails an item with a code that has no words, or words no code asks for', () => {
    const item = items.find((i) => i.id === 'ck-last-updated')!;
    const codes = scan.codes.get(item.id)!;
    const { undated: _dropped, ...withoutOne } = item.messages;
    expect(gapsBetween({ messages: withoutOne }, codes).missing).toEqual(['undated']);
    expect(gapsBetween({ messages: { ...item.messages, 'never-given': 'Words no branch asks for.' } }, codes).unused).toEqual([
      'never-given',
    ]);
  });
});
