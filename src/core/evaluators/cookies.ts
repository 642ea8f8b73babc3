// Evaluators for the cookies checks.
import { z } from 'zod';
import { defineCheck, type CheckDefinition } from './types';

export const COOKIES_CHECKS: CheckDefinition<any>[] = [
  defineCheck({ id: 'ck-notice-present', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-names-listed', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-purposes', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-duration', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-third-parties', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-prior-consent', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-strictly-necessary-accuracy', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-withdraw-change', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-embedded-content', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-analytics-exception', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-current-law', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-last-updated', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-personal-data-link', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-all-observed-declared', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
  defineCheck({ id: 'ck-declared-durations-match', optionsSchema: z.object({}).passthrough(), evaluate: () => ({ status: 'needs-review', message: 'not implemented yet', evidence: [] }) }),
];
