// All flag detectors, one file per flag family.
import type { FlagDetector } from './types';
import { RIGHTS_FLAGS } from './rights/flags';
import { CONTENT_FLAGS } from './content/flags';
import { QUALITY_FLAGS } from './quality/flags';
import { COOKIE_FLAGS } from './cookies/flags';

export const FLAG_DETECTORS: FlagDetector[] = [...RIGHTS_FLAGS, ...CONTENT_FLAGS, ...QUALITY_FLAGS, ...COOKIE_FLAGS];
