// All flag detectors, one file per flag family.
import type { FlagDetector } from '../evaluators/types';

export const FLAG_DETECTORS: FlagDetector[] = [];
