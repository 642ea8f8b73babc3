// Words, icons and order for statuses: shown by icon AND word AND colour, never colour alone (ux.md).
import type { Status } from '../../core/report';

export const STATUS_ORDER: Status[] = ['fail', 'partial', 'needs-review', 'pass', 'not-applicable'];

const CONTENT_WORDS: Record<Status, string> = { fail: 'Missing', partial: 'Partly', 'needs-review': 'Check by hand', pass: 'Present', 'not-applicable': 'Not applicable' };
const QUALITY_WORDS: Record<Status, string> = { fail: 'Problem', partial: 'Warning', 'needs-review': 'Check by hand', pass: 'OK', 'not-applicable': 'Not applicable' };
export const STATUS_ICONS: Record<Status, string> = { fail: '✕', partial: '~', 'needs-review': '?', pass: '✓', 'not-applicable': '–' };

export function statusWord(area: string, status: Status): string {
  return (area === 'quality' || area === 'cookies' ? QUALITY_WORDS : CONTENT_WORDS)[status];
}

export const DECLARED_WORDS: Record<string, string> = { no: 'Not declared', 'near-miss': 'Near miss', 'vendor-only': 'Vendor only', yes: 'Declared' };

const SEVERITY_WORDS: Record<string, string> = { required: 'Required', 'required-if': 'Required if used', recommended: 'Recommended', quality: 'Quality' };
export function severityWord(severity: string): string {
  return SEVERITY_WORDS[severity] ?? severity;
}

export function sortByStatus<T extends { status: Status }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

/** The page number an evidence location names ("page 3", "p. 3"), for opening a PDF at that page. */
export function pageOf(where: string): number | null {
  const m = /\bp(?:age|\.)\s*(\d+)/i.exec(where);
  return m ? Number(m[1]) : null;
}

const NATION_WORDS: Record<string, string> = { england: 'England', wales: 'Wales', unknown: 'Nation unknown' };
const PHASE_WORDS: Record<string, string> = { primary: 'primary', secondary: 'secondary', 'all-through': 'all-through', special: 'special', unknown: 'phase unknown' };
export function nationPhase(nation: string, phase: string): string {
  return `${NATION_WORDS[nation] ?? nation} · ${PHASE_WORDS[phase] ?? phase}`;
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}
