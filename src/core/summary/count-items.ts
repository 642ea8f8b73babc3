// Counts of checks by area and status, and gaps by severity: every item counted exactly once.
import type { ChecklistArea, Severity } from '../schema/checklist';
import { STATUSES, isGap, type ItemResult, type Status } from '../report';

export const AREAS: readonly ChecklistArea[] = ['notice', 'quality', 'cookies'];

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Each area's items by status; the cells add up to the number of items. */
export function countByArea(items: readonly ItemResult[]): Record<ChecklistArea, StatusCounts> {
  const out = { notice: emptyCounts(), quality: emptyCounts(), cookies: emptyCounts() };
  for (const i of items) out[i.area][i.status]++;
  return out;
}

/** All areas together. */
export function countAll(items: readonly ItemResult[]): StatusCounts {
  const out = emptyCounts();
  for (const i of items) out[i.status]++;
  return out;
}

/** Gaps (partial or fail) by severity, across areas. */
export function gapsBySeverity(items: readonly ItemResult[]): Record<Severity, number> {
  const gaps: Record<Severity, number> = { required: 0, 'required-if': 0, recommended: 0, quality: 0 };
  for (const i of items) if (isGap(i.status)) gaps[i.severity]++;
  return gaps;
}
