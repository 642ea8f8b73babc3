// Flag detectors for the quality checks.
import type { FlagDetector } from '../evaluators/types';

export const QUALITY_FLAGS: FlagDetector[] = [];
