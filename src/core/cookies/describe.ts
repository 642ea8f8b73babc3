// An observed cookie's lifetime and consent state in plain words, the same in the popup, HTML report, CSV and text.
import type { CookieSection } from '../report';

type Banner = NonNullable<CookieSection['capture']>['consentBanner'];

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Session", "Under a day", "1 day", "13 months", "2 years"; "Unknown" when the expiry or capture time is unknown. */
export function describeExpiry(days: number | null): string {
  if (days === null) return 'Unknown';
  // expiresInDays is 0 exactly for a session cookie (deleted when the browser closes).
  if (days === 0) return 'Session';
  if (days < 1) return 'Under a day';
  if (days < 60) return count(Math.round(days), 'day');
  if (days < 730) return count(Math.round(days / 30.44), 'month');
  return count(Math.round(days / 365.25), 'year');
}

/** Whether the cookie was set before the visitor said yes, saying so plainly when there was no banner to say yes to. */
export function describeConsent(beforeConsent: boolean | null, banner: Banner | undefined): string {
  if (beforeConsent === null) return 'Unknown';
  if (!beforeConsent) return 'No';
  return banner === 'none-found' ? 'Yes: no consent banner found, set on arrival' : 'Yes';
}

/** Under which consent state the cookies were captured, to follow "captured" or "read". */
export function describeCapture(capture: Pick<NonNullable<CookieSection['capture']>, 'consent' | 'consentBanner'>): string {
  if (capture.consentBanner === 'none-found') return 'with no consent banner found: cookies set on arrival';
  switch (capture.consent) {
    case 'none-given':
      return 'before any cookie choice';
    case 'rejected':
      return 'after rejecting cookies';
    case 'accepted':
      return 'after accepting cookies';
    default:
      return 'with the consent state unknown';
  }
}
