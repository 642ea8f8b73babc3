// Evaluators for the identity checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const IDENTITY_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'controller-identity', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'controller-contact', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'dpo-contact', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
