// Evaluators for the quality checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const QUALITY_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'last-updated-date', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'current-legislation', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'jurisdiction-consistency', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'links-public-and-working', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'no-template-residue', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
