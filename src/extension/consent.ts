// Reads a known consent manager's own cookie to say whether the visitor accepted, rejected or has not yet chosen.
import type { ConsentState } from '../core/artifacts';

export interface ConsentReading {
  state: ConsentState;
  /** The consent manager recognised, or null when none was. */
  manager: string | null;
  /** The cookie the reading came from. */
  cookie: string | null;
}

interface NamedValue {
  name: string;
  value: string;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parseJson(value: string): unknown {
  for (const candidate of [value, decode(value)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next decoding
    }
  }
  return null;
}

/** Any optional purpose on means accepted; all optional purposes off means rejected. */
function fromChoices(optional: boolean[]): ConsentState {
  if (optional.length === 0) return 'unknown';
  return optional.some(Boolean) ? 'accepted' : 'rejected';
}

type Reader = { manager: string; match: (name: string) => boolean; read: (value: string, all: NamedValue[]) => ConsentState };

const READERS: Reader[] = [
  {
    // Cookiebot: {stamp:'..',necessary:true,preferences:false,statistics:false,marketing:false,...} (JS-object-ish).
    manager: 'Cookiebot',
    match: (n) => n === 'CookieConsent',
    read: (value) => {
      const v = decode(value);
      if (v === '-1' || v === '0') return 'unknown'; // -1: visitor outside the regions consent applies to
      const flag = (key: string) => new RegExp(`${key}\\s*:\\s*(true|false)`).exec(v)?.[1];
      const choices = ['preferences', 'statistics', 'marketing'].map(flag).filter((f): f is string => f !== undefined);
      return fromChoices(choices.map((c) => c === 'true'));
    },
  },
  {
    // OneTrust: querystring with groups=C0001:1,C0002:0 and interactionCount; OptanonAlertBoxClosed marks a choice.
    manager: 'OneTrust',
    match: (n) => n === 'OptanonConsent',
    read: (value, all) => {
      const params = new URLSearchParams(decode(value));
      const closed = all.some((c) => c.name === 'OptanonAlertBoxClosed');
      const interactions = Number(params.get('interactionCount') ?? 'NaN');
      if (!closed && (interactions === 0 || Number.isNaN(interactions))) return 'none-given';
      const groups = (params.get('groups') ?? '')
        .split(',')
        .map((g) => g.split(':'))
        .filter((g) => g.length === 2 && g[0] !== 'C0001');
      return fromChoices(groups.map((g) => g[1] === '1'));
    },
  },
  {
    // CookieYes: consentid:x,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,...
    manager: 'CookieYes',
    match: (n) => n === 'cookieyes-consent',
    read: (value) => {
      const fields = new Map(
        decode(value)
          .split(',')
          .map((p) => {
            const i = p.indexOf(':');
            return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
          }),
      );
      if (fields.get('action') !== 'yes') return 'none-given';
      const optional = ['functional', 'analytics', 'performance', 'advertisement', 'other'].filter((k) => fields.has(k));
      return fromChoices(optional.map((k) => fields.get(k) === 'yes'));
    },
  },
  {
    // orestbida CookieConsent: v3 {"categories":["necessary",...]}, v2 {"level":["necessary",...]}.
    manager: 'CookieConsent (orestbida)',
    match: (n) => n === 'cc_cookie',
    read: (value) => {
      const data = parseJson(value) as { categories?: unknown; level?: unknown } | null;
      const cats = Array.isArray(data?.categories) ? data.categories : Array.isArray(data?.level) ? data.level : null;
      if (!cats) return 'unknown';
      return cats.some((c) => c !== 'necessary') ? 'accepted' : 'rejected';
    },
  },
  {
    // Civic Cookie Control: {"optionalCookies":{"analytics":"accepted"|"revoked"},...}
    manager: 'Civic Cookie Control',
    match: (n) => n === 'CookieControl',
    read: (value) => {
      const data = parseJson(value) as { optionalCookies?: Record<string, unknown> } | null;
      const opts = data?.optionalCookies && typeof data.optionalCookies === 'object' ? Object.values(data.optionalCookies) : [];
      if (opts.length === 0) return 'unknown';
      return fromChoices(opts.map((o) => o === 'accepted'));
    },
  },
  {
    // GDPR Cookie Consent (WebToffee / CookieLawInfo): cookielawinfo-checkbox-<category>=yes|no, viewed_cookie_policy=yes.
    manager: 'CookieLawInfo',
    match: (n) => n.startsWith('cookielawinfo-checkbox-') || n === 'viewed_cookie_policy',
    read: (_value, all) => {
      const boxes = all.filter(
        (c) =>
          (c.name.startsWith('cookielawinfo-checkbox-') && !/necessary|non-necessary$/.test(c.name)) ||
          c.name === 'cookielawinfo-checkbox-non-necessary',
      );
      const viewed = all.find((c) => c.name === 'viewed_cookie_policy');
      if (!viewed) return 'none-given';
      if (viewed.value === 'no') return 'rejected';
      return fromChoices(boxes.map((b) => b.value === 'yes'));
    },
  },
];

/** Detect the consent state from the site's first-party cookies; 'unknown' when no known manager's cookie is present. */
export function detectConsent(cookies: readonly NamedValue[]): ConsentReading {
  for (const reader of READERS) {
    const hit = cookies.find((c) => reader.match(c.name));
    if (!hit) continue;
    let state: ConsentState;
    try {
      state = reader.read(hit.value, [...cookies]);
    } catch {
      state = 'unknown';
    }
    return { state, manager: reader.manager, cookie: hit.name };
  }
  return { state: 'unknown', manager: null, cookie: null };
}
