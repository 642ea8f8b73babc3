// The checklist: every check's data, validated at load, with its version and verified date.
import { ChecklistSchema, type Checklist } from './schema';
import { IDENTITY_ITEMS } from '../checks/identity/items';
import { LAWFUL_BASIS_ITEMS } from '../checks/lawful-basis/items';
import { CONTENT_ITEMS } from '../checks/content/items';
import { RIGHTS_ITEMS } from '../checks/rights/items';
import { GOVERNMENT_ITEMS } from '../checks/government/items';
import { QUALITY_ITEMS } from '../checks/quality/items';
import { COOKIES_ITEMS } from '../checks/cookies/items';
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
    items: [...IDENTITY_ITEMS, ...LAWFUL_BASIS_ITEMS, ...CONTENT_ITEMS, ...RIGHTS_ITEMS, ...GOVERNMENT_ITEMS, ...QUALITY_ITEMS, ...COOKIES_ITEMS].map((item) =>
      CONCEPT_LIFTS[item.id] ? { ...item, concepts: CONCEPT_LIFTS[item.id] } : item,
    ),
    flags: FLAG_DEFS,
  });
  // Checked once, before the checklist is kept: a bad one throws on every load instead of being reused.
  assertKnownConcepts(checklist);
  cached = checklist;
  return cached;
}

/** Every concept a lift names is in the lexicon, and every lift belongs to a real check: a typo fails at load. */
function assertKnownConcepts(checklist: Checklist): void {
  const ids = new Set(checklist.items.map((i) => i.id));
  for (const id of Object.keys(CONCEPT_LIFTS)) if (!ids.has(id)) throw new Error(`concept lifts for unknown check "${id}"`);
  for (const item of checklist.items) {
    for (const lift of item.concepts) {
      for (const rule of lift.rules) {
        const named = [...rule.all.flat(), ...(rule.any ?? []), ...(rule.none ?? []), ...(rule.negatable ?? []), ...(rule.negated ?? [])];
        for (const c of named) if (!(c in LEXICON)) throw new Error(`${item.id}: unknown concept "${c}"`);
      }
    }
  }
}
