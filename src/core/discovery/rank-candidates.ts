// Ranks the links on a page as candidate privacy / cookie notices and says what kind each probably is.
import { isSameSite } from '../domains';
import type { PageCapture } from '../artifacts';
import type { DocumentKind } from '../report';

export interface Candidate {
  /** Absolute URL. */
  url: string;
  /** Link text as captured (normalised). */
  text: string;
  kind: DocumentKind;
  /** Document format guessed from the URL: html, pdf, docx, doc. */
  format: 'html' | 'pdf' | 'docx' | 'doc';
  /** Higher is more likely; comparable within one page. */
  score: number;
  /** Why it scored as it did ("link text 'Privacy notice - pupils'", "file name privacy-notice.pdf"). */
  reasons: string[];
  /** A hub page ("GDPR", "Policies") worth following one level to find documents. */
  isHub: boolean;
  sameSite: boolean;
}

/**
 * Word families (English, and the Welsh that bilingual schools in Wales use), matched against link text and against URL path tokens alike. They are families, not
 * phrases: school sites say "Privacy Notice - Pupils", "GDPR Parents Privacy Notice", "How we use pupil information",
 * "privacy-notice-for-pupils-and-parents.pdf", "Fair processing notice".
 */
const FAMILY = {
  privacy:
    /\b(privacy|preifatrwydd|fair[\s-]?processing|fpn|how we use (?:your |pupil |student |staff |workforce |personal )?(?:information|data))\b/,
  notice: /\b(notices?|statements?|hysbysiad)\b/,
  policy: /\b(polic(?:y|ies))\b/,
  pupil:
    /\b(pupils?|students?|child(?:ren)?|learners?|parents?|carers?|famil(?:y|ies)|early years|nursery|sixth form|disgyblion|dysgwyr|rhieni)\b/,
  workforce: /\b(workforce|staff|employees?|employment|recruitment|job applicants?|applicants?|candidates?|volunteers?|contractors?)\b/,
  governors: /\b(governors?|governance|governing|trustees?|members of the board)\b/,
  dataProtection: /\b(gdpr|data protection|dpa|information governance|data privacy|freedom of information|diogelu data)\b/,
  cookies: /\b(cookies?|cwcis)\b/,
  website: /\b(website|web ?site|site|online|visitors?)\b/,
  hub: /^(?:(?:our|school|trust|academy|key|statutory)\s+)?(gdpr|data protection|policies|policies (?:and|&) documents|statutory information|key information|information governance|privacy|privacy (?:and|&) gdpr|gdpr (?:and|&) privacy|governance|school information|documents)$/,
} as const;

/** Links that lead off to social networks, sharing widgets or app stores are never notices. */
const SOCIAL_HOST =
  /(^|\.)(facebook|fb|twitter|x|instagram|youtube|youtu|linkedin|tiktok|pinterest|flickr|vimeo|whatsapp|threads|snapchat|apple|play\.google|t)\.(com|be|me|net|co)$/;
const SKIP_SCHEME = /^(mailto|tel|sms|javascript|data|blob|file|ftp|about|chrome|webcal):/i;

export interface ScoredLink {
  text: string;
  url: URL;
}

function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Path words: "/wp-content/uploads/2024/03/Privacy_Notice-Pupils(1).pdf" -> "wp content uploads 2024 03 privacy notice pupils 1 pdf". */
function pathWords(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the raw path.
  }
  // Query values matter too: CMSs serve documents as "/attachments/download.asp?file=1234&filename=privacy-notice.pdf".
  const query = [...url.searchParams.values()].join(' ');
  return `${path} ${query}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function fileName(url: URL): string {
  const fromQuery = [...url.searchParams.values()].find((v) => /\.(pdf|docx?|odt)$/i.test(v));
  if (fromQuery) return fromQuery.split('/').pop() ?? fromQuery;
  return url.pathname.split('/').pop() ?? '';
}

export function formatOf(url: URL): Candidate['format'] {
  // Download scripts say the type in a parameter ("download.asp?file=312&type=pdf").
  const typed = [...url.searchParams.values()].map((v) => v.toLowerCase()).find((v) => v === 'pdf' || v === 'docx' || v === 'doc');
  if (typed === 'pdf' || typed === 'docx' || typed === 'doc') return typed;
  const name = fileName(url).toLowerCase();
  if (name.endsWith('.pdf')) return 'pdf';
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.doc')) return 'doc';
  return 'html';
}

interface Signals {
  privacy: boolean;
  notice: boolean;
  policy: boolean;
  pupil: boolean;
  workforce: boolean;
  governors: boolean;
  dataProtection: boolean;
  cookies: boolean;
  website: boolean;
}

function signalsOf(words: string): Signals {
  return {
    privacy: FAMILY.privacy.test(words),
    notice: FAMILY.notice.test(words),
    policy: FAMILY.policy.test(words),
    pupil: FAMILY.pupil.test(words),
    workforce: FAMILY.workforce.test(words),
    governors: FAMILY.governors.test(words),
    dataProtection: FAMILY.dataProtection.test(words),
    cookies: FAMILY.cookies.test(words),
    website: FAMILY.website.test(words),
  };
}

/**
 * The kind a link probably leads to. Audience words decide among privacy notices; "privacy policy" with no
 * audience is usually the website's own policy, while "privacy notice" with no audience is usually the
 * school's main (pupil and parent) notice.
 */
function kindOf(text: Signals, path: Signals): DocumentKind {
  const any = (k: keyof Signals) => text[k] || path[k];
  const privacy = any('privacy');
  const audience = text.pupil || text.workforce || text.governors;
  // "Privacy & cookies" in a footer is the website's policy; "Cookies" alone is the cookie notice.
  if (text.cookies && !(text.privacy && audience)) return text.privacy ? 'website-privacy-policy' : 'cookie-notice';
  if (path.cookies && !text.privacy && !audience) return 'cookie-notice';
  if (privacy || (any('dataProtection') && any('notice'))) {
    // Text outranks the path: "Privacy notice - staff" at /privacy-notices/pupils-and-staff.pdf is the staff one.
    const src = text.workforce || text.governors || text.pupil ? text : path;
    if (src.governors) return 'governors-notice';
    if (src.workforce && !src.pupil) return 'workforce-notice';
    if (src.pupil) return 'pupil-notice';
    if (src.workforce) return 'workforce-notice';
    if (any('website')) return 'website-privacy-policy';
    if (text.policy && !text.notice) return 'website-privacy-policy';
    return 'pupil-notice';
  }
  if (any('policy') || any('dataProtection')) return 'other-policy';
  return 'unknown';
}

/** Score one link; null when it is not a plausible notice, policy or hub. */
function scoreLink(link: ScoredLink, page: URL): Candidate | null {
  const text = normaliseText(link.text);
  const lowText = text.toLowerCase();
  const words = pathWords(link.url);
  const file = fileName(link.url);
  const format = formatOf(link.url);
  const t = signalsOf(lowText);
  const p = signalsOf(words);
  const reasons: string[] = [];
  let score = 0;

  if (t.privacy) {
    score += t.notice || t.policy ? 50 : 35;
    reasons.push(`link text '${text.slice(0, 80)}'`);
  } else if (t.dataProtection && t.notice) {
    score += 40;
    reasons.push(`link text '${text.slice(0, 80)}'`);
  } else if (t.cookies) {
    score += 40;
    reasons.push(`link text '${text.slice(0, 80)}'`);
  }
  if (p.privacy) {
    score += p.notice ? 25 : 18;
    reasons.push(format === 'html' ? `URL path ${link.url.pathname.slice(0, 100)}` : `file name ${file.slice(0, 100)}`);
  } else if (p.cookies) {
    score += 15;
    reasons.push(`URL path ${link.url.pathname.slice(0, 100)}`);
  }
  const privacyish = t.privacy || p.privacy || (t.dataProtection && t.notice);
  if (privacyish && (t.pupil || p.pupil)) score += 15;
  if (privacyish && (t.workforce || p.workforce || t.governors || p.governors)) score += 8;
  if (privacyish && format !== 'html') {
    score += 5;
    reasons.push(`a ${format.toUpperCase()} document`);
  }

  const hubMatch = FAMILY.hub.exec(
    lowText
      .replace(/[^a-z&\s]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const isHub = format === 'html' && (hubMatch !== null || (!privacyish && !t.cookies && t.dataProtection && !t.policy));
  if (isHub) {
    score += privacyish ? 5 : 22;
    reasons.push(`a hub page ('${text.slice(0, 60)}') worth following`);
  }

  let kind = kindOf(t, p);
  if (isHub && !privacyish) kind = 'unknown';
  if (kind === 'other-policy' && !isHub) {
    score += 4;
    reasons.push(`a policy ('${text.slice(0, 60) || file.slice(0, 60)}')`);
  }
  if (score <= 0) return null;

  // The main pupil and parent notice is what an audit is first for.
  if (kind === 'pupil-notice') score += 10;
  const sameSite = isSameSite(link.url, page);
  if (!sameSite) {
    score -= 10;
    reasons.push('on another site');
  }
  return { url: link.url.href, text, kind, format, score, reasons, isHub, sameSite };
}

/** Resolve and filter a captured link: http(s) only, no same-page anchors, no social networks. */
function resolveLink(href: string, text: string, page: URL): ScoredLink | null {
  const raw = href.trim();
  if (!raw || raw.startsWith('#') || SKIP_SCHEME.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // Credentials in a link are never sent, recorded or written to a report.
  url.username = '';
  url.password = '';
  if (url.href === new URL(page.href.replace(/#.*$/, '')).href) return null;
  if (!isSameSite(url, page) && SOCIAL_HOST.test(url.hostname.toLowerCase())) return null;
  return { url, text };
}

/** Rank every plausible notice link on the page, best first. Pure: the caller fetches. */
export function rankCandidates(page: PageCapture): Candidate[] {
  let base: URL;
  try {
    base = new URL(page.url);
  } catch {
    return [];
  }
  const best = new Map<string, Candidate>();
  for (const link of page.links) {
    const resolved = resolveLink(link.href, link.text, base);
    if (!resolved) continue;
    const candidate = scoreLink(resolved, base);
    if (!candidate) continue;
    const prev = best.get(candidate.url);
    // The same URL linked twice ("Privacy" in the footer, "Pupil privacy notice" in the menu): keep the better reading.
    if (!prev || candidate.score > prev.score) best.set(candidate.url, candidate);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
}

/** Well-known notice paths, tried only when a page links to nothing recognisable. */
export const FALLBACK_PATHS = [
  '/privacy',
  '/privacy-notice',
  '/privacy-notices',
  '/gdpr',
  '/data-protection',
  '/cookies',
  '/cookie-policy',
] as const;

/** Absolute URLs of the well-known paths on the site's origin (empty for an unusable origin). */
export function fallbackPaths(origin: string): string[] {
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    return [];
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return [];
  return FALLBACK_PATHS.map((p) => new URL(p, base.origin).href);
}
