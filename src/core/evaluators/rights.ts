// Evaluators for the rights checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const RIGHTS_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'data-subject-rights', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'subject-access-route', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'withdraw-consent', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'complaint-to-ico', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'complaint-to-school', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'automated-decision-making', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
