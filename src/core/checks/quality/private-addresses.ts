// Addresses the public cannot open: intranet, internal, test and local hosts and paths, and sign-in pages. One list
// for every check that asks whether a link is public (the links check, and a retention schedule's own link).
import { compilePhrases } from './options';

export interface PrivateAddressOptions {
  /** Host name patterns the public cannot reach. */
  intranetHosts: readonly string[];
  /** Path or URL patterns of intranet, test and local files. */
  intranetPaths: readonly string[];
  /** Path patterns of a sign-in page: what lies behind it opens only for account holders. */
  signInPaths: readonly string[];
}

export const PRIVATE_ADDRESSES: PrivateAddressOptions = {
  intranetHosts: [
    '^(?:[\\w-]+\\.)*intranet[\\w-]*\\.',
    '^(?:[\\w-]+\\.)*[\\w-]+-intranet\\.',
    '^(?:[\\w-]+\\.)*internal\\.',
    '\\.(?:local|lan|internal|corp|intra)$',
    '^localhost$',
    '^127\\.',
    '^10\\.\\d+\\.\\d+\\.\\d+$',
    '^192\\.168\\.',
    '^172\\.(?:1[6-9]|2\\d|3[01])\\.',
    '^[a-z0-9-]+$',
    '-authoring\\.',
    '^(?:test|staging|dev|uat)[.-]',
  ],
  intranetPaths: [
    '^file:',
    '^\\\\\\\\',
    '^[a-z]:\\\\',
    '/intranet/',
    '[/-]intranet[/-]',
    '\\.sharepoint\\.com/(?::\\w:/\\w/)?(?:sites|teams|personal)/',
    '-my\\.sharepoint\\.com',
    '/(?:test|staging|dev|uat)-(?:site|sites|server|env|environment|area|intranet|schools?-intranet|wp|wordpress|portal|instance)\\b',
    '/_layouts/',
    // Files and channels in Microsoft Teams open only for members of the school's own organisation.
    '^https?://teams\\.microsoft\\.com/',
  ],
  // A parent portal's or a platform's sign-in page: "https://portal.school.org.uk/login?next=/policies/retention".
  signInPaths: ['/(?:log-?in|sign-?in|signin|logon|auth/login|account/login|users/sign_in)(?:[/?#.]|$)'],
};

/** Host (empty when the address has none we can judge: relative paths, UNC shares) and the lower-cased address. */
export function hostAndPath(url: string): { host: string; full: string } {
  const full = url.toLowerCase();
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?=www\.))([^/?#:\s]*)/.exec(full) ?? /^((?:[a-z0-9-]+\.)+[a-z]{2,})\//.exec(full);
  return { host: m?.[1] ?? '', full };
}

/**
 * Why the public cannot open an address: an intranet, internal or test one, or (for a notice meant for the public) a
 * sign-in page; null when it may be public.
 */
export function privateAddressKind(url: string, o: PrivateAddressOptions, audienceIsPublic = true): 'intranet' | 'sign-in' | null {
  const { host, full } = hostAndPath(url);
  if ((host && compilePhrases(o.intranetHosts).test(host)) || compilePhrases(o.intranetPaths).test(full)) return 'intranet';
  if (audienceIsPublic && compilePhrases(o.signInPaths).test(full)) return 'sign-in';
  return null;
}
