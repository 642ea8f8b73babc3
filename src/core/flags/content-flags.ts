// Flag detectors for the content checks.
import type { FlagDetector } from '../evaluators/types';

export const CONTENT_FLAGS: FlagDetector[] = [];
