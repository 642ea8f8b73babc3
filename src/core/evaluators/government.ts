// Evaluators for the government checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const GOVERNMENT_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'census-sharing-statutory', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'national-pupil-database', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'how-government-uses-data', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'youth-support-services', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
