// Evaluators for the lawful-basis checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const LAWFUL_BASIS_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'lawful-basis-art6', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'special-category-condition', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'legitimate-interests-stated', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
