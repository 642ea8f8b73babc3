// The checklist: every check's data, validated at load, with its version and verified date.
import { ChecklistSchema, type Checklist } from '../schema/checklist';
import { FAMILIES } from '../checks/registry';
import { FLAG_DEFS } from '../checks/flag-titles';
import { CONCEPT_LIFTS } from './data/concept-lifts';
import { LANGUAGE_FREE_REASONS, WELSH_APPLIES_IF, WELSH_LIFTS } from './data/welsh-lifts';
import { isConcept } from '../concepts/concept-ids';
import type { ChecklistItemInput } from '../schema/checklist';

export const CHECKLIST_VERSION = '2026.11';
export const CHECKLIST_VERIFIED = '2026-11-23';

let cached: Checklist | undefined;

/** Load and validate the checklist once; throws with the zod issues if the data is malformed. */
export function loadChecklist(): Checklist {
  if (cached) return cached;
  const checklist = ChecklistSchema.parse({
    version: CHECKLIST_VERSION,
    verified: CHECKLIST_VERIFIED,
    items: FAMILIES.flatMap((f) => f.items).map(withLiftData),
    flags: FLAG_DEFS,
  });
  // Checked once, before the checklist is kept: a bad one throws on every load instead of being reused.
  assertKnownConcepts(checklist);
  cached = checklist;
  return cached;
}

/** An item with its concept lifts and its Welsh reading, both kept as data apart from the check families. */
function withLiftData(item: ChecklistItemInput): ChecklistItemInput {
  const concepts = CONCEPT_LIFTS[item.id];
  const welsh = {
    concepts: [...(WELSH_LIFTS[item.id] ?? [])],
    languageFree: [...(LANGUAGE_FREE_REASONS[item.id] ?? [])],
    appliesIf: [...(WELSH_APPLIES_IF[item.id] ?? [])],
  };
  return { ...item, ...(concepts ? { concepts: [...concepts] } : {}), welsh };
}

/** Every concept a lift names is in the lexicon, every reason it waits for is one its check gives, and every lift belongs to a real check: a typo fails at load. */
function assertKnownConcepts(checklist: Checklist): void {
  const ids = new Set(checklist.items.map((i) => i.id));
  for (const id of [
    ...Object.keys(CONCEPT_LIFTS),
    ...Object.keys(WELSH_LIFTS),
    ...Object.keys(LANGUAGE_FREE_REASONS),
    ...Object.keys(WELSH_APPLIES_IF),
  ])
    if (!ids.has(id)) throw new Error(`concept lifts for unknown check "${id}"`);
  for (const item of checklist.items) {
    for (const reason of item.welsh.languageFree)
      if (!(reason in item.messages)) throw new Error(`${item.id}: a language-free reason "${reason}" is not one its check gives`);
    const appliesIf = { whenReason: undefined, rules: item.welsh.appliesIf, alsoNeeds: [], unlessAnywhere: [] };
    for (const lift of [...item.concepts, ...item.welsh.concepts, appliesIf]) {
      for (const reason of lift.whenReason ?? [])
        if (!(reason in item.messages)) throw new Error(`${item.id}: a concept lift names unknown reason "${reason}"`);
      for (const rule of [...lift.rules, ...lift.alsoNeeds, ...lift.unlessAnywhere]) {
        const named = [...rule.all.flat(), ...(rule.any ?? []), ...(rule.none ?? []), ...(rule.negatable ?? []), ...(rule.negated ?? [])];
        for (const c of named) if (!isConcept(c)) throw new Error(`${item.id}: unknown concept "${c}"`);
      }
    }
  }
}
