// Popup display helpers: dates, nation and phase, PDF pages.
// Words, icons, colours and order live in core (one table for the popup, CSV, text and HTML); re-exported here.
export { STATUS_ORDER, STATUS_ICONS, DECLARED_WORDS, statusWord, severityWord, sortByStatus } from '../../core/status-words';

/** The page number an evidence location names ("page 3", "p. 3"), for opening a PDF at that page. */
export function pageOf(where: string): number | null {
  const m = /\bp(?:age|\.)\s*(\d+)/i.exec(where);
  return m ? Number(m[1]) : null;
}

const NATION_WORDS: Record<string, string> = { england: 'England', wales: 'Wales', unknown: 'Nation unknown' };
const PHASE_WORDS: Record<string, string> = {
  nursery: 'nursery',
  primary: 'primary',
  secondary: 'secondary',
  'all-through': 'all-through',
  special: 'special',
  unknown: 'phase unknown',
};
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
