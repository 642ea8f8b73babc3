// Evaluators for the content checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const CONTENT_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'purposes', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'data-categories', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'data-sources', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'statutory-or-voluntary', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'recipients', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'international-transfers', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'retention', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'security-measures', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'biometrics-consent', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'parents-carers-data', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
