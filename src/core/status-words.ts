// The one table of words, icons and colours people see for a status, keyed by (area, status). Machine status
// words stay those of the checklist (pass, partial, fail, not-applicable, needs-review); these are for people.
import type { ChecklistArea } from './schema/checklist';
import type { ObservedCookieResult, Status } from './report';

/** Gaps first, then what could not be judged, then what is met, then what does not apply (ux.md). */
export const STATUS_ORDER: readonly Status[] = ['fail', 'partial', 'needs-review', 'pass', 'not-applicable'];

/**
 * Content checks read as something the notice has or lacks; quality and cookie checks as something done well or
 * badly (a cookie set before consent is a problem, not a missing paragraph).
 */
const WORDS: Record<ChecklistArea, Record<Status, string>> = {
  notice: { fail: 'Missing', partial: 'Partly', 'needs-review': 'Check by hand', pass: 'Present', 'not-applicable': 'Not applicable' },
  quality: { fail: 'Problem', partial: 'Warning', 'needs-review': 'Check by hand', pass: 'OK', 'not-applicable': 'Not applicable' },
  cookies: { fail: 'Problem', partial: 'Warning', 'needs-review': 'Check by hand', pass: 'OK', 'not-applicable': 'Not applicable' },
};

/** Shown beside the word, never instead of it: status is never told by colour or icon alone. */
export const STATUS_ICONS: Record<Status, string> = { fail: '✕', partial: '~', 'needs-review': '?', pass: '✓', 'not-applicable': '–' };

/** Text colours with at least 4.5:1 contrast on white, shared by the popup and the HTML report. */
export const STATUS_COLOURS: Record<Status, string> = {
  fail: '#a4001d',
  partial: '#7a4a00',
  'needs-review': '#0b4f8a',
  pass: '#1b6e2a',
  'not-applicable': '#555555',
};

function areaOf(area: string): ChecklistArea {
  return area === 'quality' || area === 'cookies' ? area : 'notice';
}

/** The word for a check's status in its area ("Missing", "Problem", "Check by hand"). */
export function statusWord(area: string, status: Status): string {
  return WORDS[areaOf(area)][status];
}

export function sortByStatus<T extends { status: Status }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

/** Whether an observed cookie is in the site's cookie table, in words. */
export const DECLARED_WORDS: Record<ObservedCookieResult['declared'], string> = {
  no: 'Not declared',
  'near-miss': 'Near miss',
  'vendor-only': 'Vendor only',
  yes: 'Declared',
};

const SEVERITY_WORDS: Record<string, string> = {
  required: 'Required',
  'required-if': 'Required if used',
  recommended: 'Recommended',
  quality: 'Quality',
};
export function severityWord(severity: string): string {
  return SEVERITY_WORDS[severity] ?? severity;
}
