// The registry: every check family (src/core/checks/<family>/), each with its checklist items, evaluators and flag detectors.
import type { ChecklistItemInput } from '../schema/checklist';
import type { CheckDefinition, FlagDetector } from './types';
import { IDENTITY_ITEMS } from './identity/items';
import { IDENTITY_CHECKS } from './identity/checks';
import { LAWFUL_BASIS_ITEMS } from './lawful-basis/items';
import { LAWFUL_BASIS_CHECKS } from './lawful-basis/checks';
import { CONTENT_ITEMS } from './content/items';
import { CONTENT_CHECKS } from './content/checks';
import { CONTENT_FLAGS } from './content/flags';
import { RIGHTS_ITEMS } from './rights/items';
import { RIGHTS_CHECKS } from './rights/checks';
import { RIGHTS_FLAGS } from './rights/flags';
import { GOVERNMENT_ITEMS } from './government/items';
import { GOVERNMENT_CHECKS } from './government/checks';
import { QUALITY_ITEMS } from './quality/items';
import { QUALITY_CHECKS } from './quality/checks';
import { QUALITY_FLAGS } from './quality/flags';
import { COOKIES_ITEMS } from './cookies/items';
import { COOKIES_CHECKS } from './cookies/checks';
import { COOKIE_FLAGS } from './cookies/flags';
import { COOKIES_REJECT_CHECKS } from './cookies/reject';

export interface CheckFamily {
  /** The folder under src/core/checks/. */
  name: string;
  items: readonly ChecklistItemInput[];
  checks: readonly CheckDefinition[];
  flags: readonly FlagDetector[];
}

/** In report order: the checklist lists items family by family, in this order. */
export const FAMILIES: readonly CheckFamily[] = [
  { name: 'identity', items: IDENTITY_ITEMS, checks: IDENTITY_CHECKS, flags: [] },
  { name: 'lawful-basis', items: LAWFUL_BASIS_ITEMS, checks: LAWFUL_BASIS_CHECKS, flags: [] },
  { name: 'content', items: CONTENT_ITEMS, checks: CONTENT_CHECKS, flags: CONTENT_FLAGS },
  { name: 'rights', items: RIGHTS_ITEMS, checks: RIGHTS_CHECKS, flags: RIGHTS_FLAGS },
  { name: 'government', items: GOVERNMENT_ITEMS, checks: GOVERNMENT_CHECKS, flags: [] },
  { name: 'quality', items: QUALITY_ITEMS, checks: QUALITY_CHECKS, flags: QUALITY_FLAGS },
  { name: 'cookies', items: COOKIES_ITEMS, checks: [...COOKIES_CHECKS, ...COOKIES_REJECT_CHECKS], flags: COOKIE_FLAGS },
];

export const CHECKS: ReadonlyMap<string, CheckDefinition> = new Map(FAMILIES.flatMap((f) => f.checks).map((c) => [c.id, c]));

/** Flags are reported in this family order (rights, content, quality, cookies), as they always have been. */
const FLAG_ORDER = ['rights', 'content', 'quality', 'cookies'];
export const FLAGS: readonly FlagDetector[] = FLAG_ORDER.flatMap((name) => FAMILIES.find((f) => f.name === name)?.flags ?? []);
