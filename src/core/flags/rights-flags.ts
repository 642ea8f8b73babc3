// Flag detectors for the rights checks.
import type { FlagDetector } from '../evaluators/types';

export const RIGHTS_FLAGS: FlagDetector[] = [];
