// The observed cookies as a table: problems first, with what was captured and under which consent state.
import type { CookieSection } from '../../core/report';
import { isCookieProblem as isProblem } from '../../core/cookies/consent-rules';
import { describeConsent, describeExpiry } from '../../core/cookies/describe';
import type { CaptureInfo } from '../audit-log';
import { DECLARED_WORDS, formatTime } from './status';

const CONSENT_WORDS: Record<string, string> = {
  'none-given': 'with no consent given',
  rejected: 'after cookies were rejected',
  accepted: 'after cookies were accepted',
  unknown: 'with the consent state unknown',
};
const THIRD_PARTY_WORDS: Record<string, string> = {
  allowed: 'third-party cookies allowed in this browser',
  blocked: 'third-party cookies blocked in this browser',
  unknown: 'third-party cookie setting not known',
};

/** Names and domains wrap only after their own separators (_ . -), never inside a word. */
function breakable(text: string) {
  return text.split(/(?<=[_.-])/).flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]));
}

export function captureLine(capture: CaptureInfo, banner?: string): string {
  const manager = capture.consentManager ? ` (${capture.consentManager})` : '';
  const state =
    banner === 'none-found'
      ? 'with no consent banner found: cookies set on arrival'
      : `${CONSENT_WORDS[capture.consent] ?? capture.consent}${manager}`;
  return `Captured ${formatTime(capture.capturedAt)} in ${capture.browser} ${state}; ${THIRD_PARTY_WORDS[capture.thirdPartyCookies] ?? capture.thirdPartyCookies}.`;
}

export function CookieTable({ cookies, capture }: { cookies: CookieSection | undefined; capture: CaptureInfo }) {
  if (capture.cookies === 'permission-refused') {
    return (
      <p class="notice-line" role="status">
        Cookies not read: permission was not given. The checks below judge the cookie notice's text only; what the site sets could not be
        read.
      </p>
    );
  }
  const banner = cookies?.capture?.consentBanner;
  const rows = [...(cookies?.observed ?? [])].sort((a, b) => Number(isProblem(b)) - Number(isProblem(a)) || a.name.localeCompare(b.name));
  return (
    <div>
      <p class="capture-line">{captureLine(capture, banner)}</p>
      {rows.length === 0 ? (
        <p>No cookies were set by this site or the sites it embeds when the page was read.</p>
      ) : (
        <table class="cookie-table">
          <caption class="visually-hidden">Cookies the site set ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Party</th>
              <th scope="col">Category</th>
              <th scope="col">Declared?</th>
              <th scope="col">Expiry</th>
              <th scope="col">Before consent</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => (
              <tr key={`${c.name}-${c.domain}-${i}`} class={isProblem(c) ? 'problem' : ''}>
                <th scope="row">
                  <span class="cookie-name">{breakable(c.name)}</span>
                  <span class="cookie-domain">{breakable(c.domain)}</span>
                  {c.httpOnly ? <span class="tag">HttpOnly</span> : null}
                </th>
                <td>{c.party === 'first' ? '1st' : '3rd'}</td>
                <td>{c.category}</td>
                <td class={`declared-${c.declared}`}>
                  {c.declared === 'yes' ? '✓ ' : '✕ '}
                  {DECLARED_WORDS[c.declared] ?? c.declared}
                </td>
                <td>{describeExpiry(c.expiresInDays)}</td>
                <td>
                  {banner === 'none-found' && c.beforeConsent ? 'No banner: set on arrival' : describeConsent(c.beforeConsent, banner)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
