// Every phrase list of the loaded checklist, compiled as the evaluators compile it (for tests of the scans).
import { loadChecklist } from '../../../src/core/checklist';
import { phrases } from '../../../src/core/checks/match';

export function checklistPatterns(): RegExp[] {
  const out = new Set<RegExp>();
  const seen = new Set<object>();
  (function walk(v: unknown) {
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) {
      try {
        out.add(phrases(v));
      } catch {
        // Titles and other plain lists are not patterns.
      }
    } else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      Object.values(v).forEach(walk);
    }
  })(loadChecklist());
  return [...out];
}
