// The checklist: every check's data, validated at load, with its version and verified date.
import { ChecklistSchema, type Checklist } from './schema';
import { IDENTITY_ITEMS } from './data/identity';
import { LAWFUL_BASIS_ITEMS } from './data/lawful-basis';
import { CONTENT_ITEMS } from './data/content';
import { RIGHTS_ITEMS } from './data/rights';
import { GOVERNMENT_ITEMS } from './data/government';
import { QUALITY_ITEMS } from './data/quality';
import { COOKIES_ITEMS } from './data/cookies';
import { FLAG_DEFS } from './data/flags';

export const CHECKLIST_VERSION = '2026.11';
export const CHECKLIST_VERIFIED = '2026-11-23';

let cached: Checklist | undefined;

/** Load and validate the checklist once; throws with the zod issues if the data is malformed. */
export function loadChecklist(): Checklist {
  cached ??= ChecklistSchema.parse({
    version: CHECKLIST_VERSION,
    verified: CHECKLIST_VERIFIED,
    items: [...IDENTITY_ITEMS, ...LAWFUL_BASIS_ITEMS, ...CONTENT_ITEMS, ...RIGHTS_ITEMS, ...GOVERNMENT_ITEMS, ...QUALITY_ITEMS, ...COOKIES_ITEMS],
    flags: FLAG_DEFS,
  });
  return cached;
}
