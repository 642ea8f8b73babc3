// The checklist: every check's data, with its version and verified date. The data is constant: the tests validate it
// against its schema (validateChecklistData), so loading it parses nothing (the popup waits on the load).
import type { z } from 'zod';
import { ChecklistSchema, type Checklist, type ChecklistItem, type ConceptLift, type ConceptLiftSchema } from '../schema/checklist';
import { FAMILIES } from '../checks/registry';
import { FLAG_DEFS } from '../checks/flag-titles';
import { trustOptions } from '../checks/item-options';
import { CONCEPT_LIFTS } from './data/concept-lifts';
import { LANGUAGE_FREE_REASONS, WELSH_APPLIES_IF, WELSH_LIFTS } from './data/welsh-lifts';
import { isConcept } from '../concepts/concept-ids';
import type { ChecklistItemInput } from '../schema/checklist';

export const CHECKLIST_VERSION = '2026.11';
export const CHECKLIST_VERIFIED = '2026-11-23';

type ChecklistData = z.input<typeof ChecklistSchema>;

/** The checklist as written, before the schema's defaults. */
export function checklistData(): ChecklistData {
  return {
    version: CHECKLIST_VERSION,
    verified: CHECKLIST_VERIFIED,
    items: FAMILIES.flatMap((f) => f.items).map(withLiftData),
    flags: FLAG_DEFS,
  };
}

let cached: Checklist | undefined;

/** The checklist, built once: the data with the schema's defaults written in (the tests check it equals the schema's reading). */
export function loadChecklist(): Checklist {
  if (cached) return cached;
  const data = checklistData();
  cached = { ...data, items: data.items.map(withDefaults) };
  // Each check's options are written out in full and validated by the tests too: audits take them as they stand.
  trustOptions(cached.items);
  return cached;
}

/** The checklist data read through its schema, with its cross-references checked; throws on the first fault. The tests run it. */
export function validateChecklistData(data: ChecklistData = checklistData()): Checklist {
  const checklist = ChecklistSchema.parse(data);
  assertKnownConcepts(checklist);
  return checklist;
}

/** An item with the defaults ChecklistItemSchema gives a field the data leaves out. */
function withDefaults(item: ChecklistItemInput): ChecklistItem {
  return {
    ...item,
    appliesTo: item.appliesTo ?? 'all',
    addition: item.addition ?? false,
    options: item.options ?? {},
    messages: item.messages ?? {},
    concepts: (item.concepts ?? []).map(liftWithDefaults),
    welsh: {
      concepts: (item.welsh?.concepts ?? []).map(liftWithDefaults),
      languageFree: item.welsh?.languageFree ?? [],
      appliesIf: item.welsh?.appliesIf ?? [],
    },
  };
}

/** A concept lift with the defaults ConceptLiftSchema gives. */
function liftWithDefaults(lift: z.input<typeof ConceptLiftSchema>): ConceptLift {
  return { ...lift, alsoNeeds: lift.alsoNeeds ?? [], unlessAnywhere: lift.unlessAnywhere ?? [], minHits: lift.minHits ?? 1 };
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

/** Every concept a lift names is in the lexicon, every reason it waits for is one its check gives, and every lift belongs to a real check. */
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
