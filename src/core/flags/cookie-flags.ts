// Flag detectors for the cookie checks.
import type { FlagDetector } from '../evaluators/types';

export const COOKIE_FLAGS: FlagDetector[] = [];
