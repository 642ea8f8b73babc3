// Every canonical check is in the checklist, documented, registered with an evaluator that accepts its options, and exercised by fixtures both ways.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checklistData, loadChecklist, validateChecklistData } from '../../src/core/checklist';
import { CHECKS, FLAGS as FLAG_DETECTORS } from '../../src/core/checks/registry';

interface CanonicalItem {
  id: string;
  area: string;
  severity: string;
  ref: string;
  title: string;
}
interface Canonical {
  items: CanonicalItem[];
  flags: Record<string, string>;
}

// The shared spec is canonical; the committed copy keeps the test running where ../shared is not mounted.
const SHARED = fileURLToPath(new URL('../../../shared/spec/checklist-items.json', import.meta.url));
const COPY = fileURLToPath(new URL('../fixtures/checklist-items.json', import.meta.url));
const canonical = JSON.parse(readFileSync(existsSync(SHARED) ? SHARED : COPY, 'utf8')) as Canonical;

// Labelled fixtures: the notice corpus, and cookie fixtures (observed-cookie checks need a capture beside the notice).
const FIXTURE_DIRS = ['../fixtures/corpus/', '../fixtures/cookies/']
  .map((d) => fileURLToPath(new URL(d, import.meta.url)))
  .filter((d) => existsSync(d));
const labels: { file: string; items: Record<string, string> }[] = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((file) => ({ file, items: (JSON.parse(readFileSync(dir + file, 'utf8')) as { items?: Record<string, string> }).items ?? {} })),
);

const PLACEHOLDER = /\bTODO\b|\bTBD\b|\bFIXME\b|lorem ipsum/i;

const checklist = loadChecklist();
const byId = new Map(checklist.items.map((i) => [i.id, i]));
const canonicalIds = canonical.items.map((i) => i.id);
// Checks this project adds beyond the canonical list: each marked `addition` in the data and named here, so one
// cannot slip in unmarked (the README lists them too).
const ADDITIONS = ['ck-reject-honoured'];
const additions = checklist.items.filter((i) => i.addition);

describe('checklist data', () => {
  it('loads, with a version and a verified date', () => {
    expect(checklist.version).toMatch(/^\d{4}\.\d{2}/);
    expect(checklist.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  // Loading parses nothing (the popup waits on it): this is where a fault in the data fails.
  it('passes its schema and its cross-references, and loads exactly as the schema reads it', () => {
    expect(loadChecklist()).toEqual(validateChecklistData());
  });

  it('the validation finds a fault in the data: a bad field, a duplicate id, an unknown concept', () => {
    const data = checklistData();
    const [first, ...rest] = data.items;
    expect(() => validateChecklistData({ ...data, items: [{ ...first!, severity: 'vital' as 'required' }, ...rest] })).toThrow(/severity/);
    expect(() => validateChecklistData({ ...data, items: [first!, first!, ...rest] })).toThrow(/duplicate check id/);
    const lift = { to: 'pass' as const, from: ['fail' as const], rules: [{ all: ['no-such-concept'] }], message: 'Said in other words.' };
    expect(() => validateChecklistData({ ...data, items: [{ ...first!, concepts: [lift] }, ...rest] })).toThrow(/unknown concept/);
  });

  it('has exactly the canonical check ids, plus the additions marked as such', () => {
    expect(additions.map((i) => i.id).sort()).toEqual([...ADDITIONS].sort());
    expect([...byId.keys()].filter((id) => !ADDITIONS.includes(id)).sort()).toEqual([...canonicalIds].sort());
    for (const id of ADDITIONS) expect(canonicalIds, `${id} is canonical now: drop its addition mark`).not.toContain(id);
  });

  it('names every addition in the README', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    for (const id of ADDITIONS) expect(readme).toContain(id);
  });

  it('has exactly the canonical flag ids', () => {
    expect(checklist.flags.map((f) => f.id).sort()).toEqual(Object.keys(canonical.flags).sort());
  });
});

const checked: CanonicalItem[] = [
  ...canonical.items,
  ...additions.map((i) => ({ id: i.id, area: i.area, severity: i.severity, ref: i.ref, title: i.title })),
];

describe.each(checked)('check $id', (c) => {
  it('matches the canonical area, severity, reference and title', () => {
    const item = byId.get(c.id);
    expect(item, `${c.id} missing from the checklist`).toBeDefined();
    expect({ area: item!.area, severity: item!.severity, ref: item!.ref, title: item!.title }).toEqual({
      area: c.area,
      severity: c.severity,
      ref: c.ref,
      title: c.title,
    });
  });

  it('has real guidance, a short title and a "looked for" description', () => {
    const item = byId.get(c.id)!;
    for (const [field, value] of [
      ['guidance', item.guidance],
      ['shortTitle', item.shortTitle],
      ['lookedFor', item.lookedFor],
    ] as const) {
      expect(value, `${c.id}.${field}`).not.toMatch(PLACEHOLDER);
    }
    expect(item.guidance.length, `${c.id}.guidance is too short to help a governor`).toBeGreaterThanOrEqual(60);
    expect(item.lookedFor.length, `${c.id}.lookedFor`).toBeGreaterThanOrEqual(15);
    expect(item.shortTitle.length, `${c.id}.shortTitle should fit a popup row`).toBeLessThanOrEqual(60);
  });

  it('has a registered evaluator whose options schema accepts its options', () => {
    const check = CHECKS.get(c.id);
    expect(check, `no evaluator registered for ${c.id}`).toBeDefined();
    const parsed = check!.optionsSchema.safeParse(byId.get(c.id)!.options);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    // Audits take the built-in options as they stand: nothing may be left to a default or dropped by the schema.
    expect(parsed.data).toEqual(byId.get(c.id)!.options);
  });

  it('has a fixture where it is met and one where it is not', () => {
    const okStatuses = c.severity === 'required-if' ? ['pass', 'not-applicable'] : ['pass'];
    const met = labels.filter((l) => okStatuses.includes(l.items[c.id] ?? '')).map((l) => l.file);
    const gap = labels.filter((l) => ['fail', 'partial'].includes(l.items[c.id] ?? '')).map((l) => l.file);
    expect(met.length, `${c.id}: no fixture labelled ${okStatuses.join(' or ')}`).toBeGreaterThan(0);
    expect(gap.length, `${c.id}: no fixture labelled fail or partial`).toBeGreaterThan(0);
  });
});

describe('flags', () => {
  const detectors = new Set(FLAG_DETECTORS.map((d) => d.id));

  it.each(Object.keys(canonical.flags))('flag %s has a detector', (id) => {
    expect(detectors.has(id), `no detector for flag ${id}`).toBe(true);
  });

  it('has no detector for an unknown flag id', () => {
    expect([...detectors].filter((id) => !(id in canonical.flags))).toEqual([]);
  });
});
