// The checklist: every check's data, validated at load, with its version and verified date.
import { ChecklistSchema, type Checklist } from '../schema/checklist';
import { FAMILIES } from '../checks/registry';
import { FLAG_DEFS } from '../checks/flag-titles';
import { CONCEPT_LIFTS } from './data/concept-lifts';
import { LEXICON } from '../concepts/lexicon';

export const CHECKLIST_VERSION = '2026.11';
export const CHECKLIST_VERIFIED = '2026-11-23';

let cached: Checklist | undefined;

/** Load and validate the checklist once; throws with the zod issues if the data is malformed. */
export function loadChecklist(): Checklist {
  if (cached) return cached;
  const checklist = ChecklistSchema.parse({
    version: CHECKLIST_VERSION,
    verified: CHECKLIST_VERIFIED,
    items: FAMILIES.flatMap((f) => f.items).map((item) => (CONCEPT_LIFTS[item.id] ? { ...item, concepts: CONCEPT_LIFTS[item.id] } : item)),
    flags: FLAG_DEFS,
  });
  // Checked once, before the checklist is kept: a bad one throws on every load instead of being reused.
  assertKnownConcepts(checklist);
  cached = checklist;
  return cached;
}

/** Every concept a lift names is in the lexicon, every reason it waits for is one its check gives, and every lift belongs to a real check: a typo fails at load. */
function assertKnownConcepts(checklist: Checklist): void {
  const ids = new Set(checklist.items.map((i) => i.id));
  for (const id of Object.keys(CONCEPT_LIFTS)) if (!ids.has(id)) throw new Error(`concept lifts for unknown check "${id}"`);
  for (const item of checklist.items) {
    for (const lift of item.concepts) {
      for (const reason of lift.whenReason ?? [])
        if (!(reason in item.messages)) throw new Error(`${item.id}: a concept lift names unknown reason "${reason}"`);
      for (const rule of lift.rules) {
        const named = [...rule.all.flat(), ...(rule.any ?? []), ...(rule.none ?? []), ...(rule.negatable ?? []), ...(rule.negated ?? [])];
        for (const c of named) if (!(c in LEXICON)) throw new Error(`${item.id}: unknown concept "${c}"`);
      }
    }
  }
}
