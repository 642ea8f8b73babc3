// Which findings rows count as gaps for --fail-on: "required" (required and required-if checks) or "any" gap or problem.
import type { CsvRow } from './csv';
import { isGap, type Status } from './report';

export const FAIL_ON_LEVELS = ['required', 'any'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

const REQUIRED = new Set(['required', 'required-if']);

/**
 * A row is a gap when its status is partial or fail. "required" counts only the legally required checks (a
 * required-if check only reaches partial/fail when its condition applies); "any" also counts recommended and
 * quality checks, flags and cookie problems.
 */
export function isFailOnGap(row: Pick<CsvRow, 'severity' | 'status'>, level: FailOn): boolean {
  if (!isGap(row.status as Status)) return false;
  return level === 'any' || REQUIRED.has(row.severity);
}

export function countFailOnGaps(rows: readonly Pick<CsvRow, 'severity' | 'status'>[], level: FailOn): number {
  let n = 0;
  for (const r of rows) if (isFailOnGap(r, level)) n++;
  return n;
}
