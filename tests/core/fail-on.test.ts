// --fail-on levels: which findings rows count as gaps.
import { describe, expect, it } from 'vitest';
import { countFailOnGaps, isFailOnGap } from '../../src/core/fail-on';

describe('fail-on', () => {
  const row = (severity: string, status: string) => ({ severity, status });
  it('"required" counts partial or failed required and required-if checks only', () => {
    expect(isFailOnGap(row('required', 'fail'), 'required')).toBe(true);
    expect(isFailOnGap(row('required-if', 'partial'), 'required')).toBe(true);
    expect(isFailOnGap(row('recommended', 'fail'), 'required')).toBe(false);
    expect(isFailOnGap(row('quality', 'fail'), 'required')).toBe(false);
    expect(isFailOnGap(row('required', 'needs-review'), 'required')).toBe(false);
    expect(isFailOnGap(row('required', 'not-applicable'), 'required')).toBe(false);
  });
  it('"any" counts every gap or problem: recommended, quality, flags, cookies', () => {
    const rows = [
      row('recommended', 'partial'),
      row('quality', 'fail'),
      row('flag', 'fail'),
      row('analytics', 'fail'),
      row('required', 'pass'),
      row('required', 'needs-review'),
    ];
    expect(countFailOnGaps(rows, 'any')).toBe(4);
    expect(countFailOnGaps(rows, 'required')).toBe(0);
  });
});
