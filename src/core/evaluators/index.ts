// The registry: every check definition by id, and every flag detector.
import type { CheckDefinition, FlagDetector } from './types';
import { IDENTITY_CHECKS } from './identity';
import { LAWFUL_BASIS_CHECKS } from './lawful-basis';
import { CONTENT_CHECKS } from './content';
import { RIGHTS_CHECKS } from './rights';
import { GOVERNMENT_CHECKS } from './government';
import { QUALITY_CHECKS } from './quality';
import { COOKIES_CHECKS } from './cookies';
import { FLAG_DETECTORS } from '../flags';

export const CHECKS: ReadonlyMap<string, CheckDefinition<any>> = new Map(
  [...IDENTITY_CHECKS, ...LAWFUL_BASIS_CHECKS, ...CONTENT_CHECKS, ...RIGHTS_CHECKS, ...GOVERNMENT_CHECKS, ...QUALITY_CHECKS, ...COOKIES_CHECKS].map(
    (c) => [c.id, c],
  ),
);

export const FLAGS: readonly FlagDetector[] = FLAG_DETECTORS;
