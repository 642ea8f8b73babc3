// The registry: every check definition by id, and every flag detector.
import type { CheckDefinition, FlagDetector } from './types';
import { IDENTITY_CHECKS } from './identity/checks';
import { LAWFUL_BASIS_CHECKS } from './lawful-basis/checks';
import { CONTENT_CHECKS } from './content/checks';
import { RIGHTS_CHECKS } from './rights/checks';
import { GOVERNMENT_CHECKS } from './government/checks';
import { QUALITY_CHECKS } from './quality/checks';
import { COOKIES_CHECKS } from './cookies/checks';
import { COOKIES_REJECT_CHECKS } from './cookies/reject';
import { FLAG_DETECTORS } from './flag-detectors';

export const CHECKS: ReadonlyMap<string, CheckDefinition<any>> = new Map(
  [...IDENTITY_CHECKS, ...LAWFUL_BASIS_CHECKS, ...CONTENT_CHECKS, ...RIGHTS_CHECKS, ...GOVERNMENT_CHECKS, ...QUALITY_CHECKS, ...COOKIES_CHECKS, ...COOKIES_REJECT_CHECKS].map(
    (c) => [c.id, c],
  ),
);

export const FLAGS: readonly FlagDetector[] = FLAG_DETECTORS;
