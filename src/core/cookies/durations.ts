// Cookie lifetimes written in free text ("Session", "2 years", "13 months", "until you close your browser") -> seconds.
import { NUMBER_WORDS, numberFromWord } from '../number-words';

/** Seconds per unit. A month is 1/12 of a 365.25-day year, as vendors' "13 months" / "2 years" round it. */
const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};

const UNIT_ALIASES: [RegExp, keyof typeof UNIT_SECONDS][] = [
  [/^(s|secs?|seconds?)$/, 'second'],
  [/^(m|mins?|minutes?)$/, 'minute'],
  [/^(h|hrs?|hours?)$/, 'hour'],
  [/^(d|days?)$/, 'day'],
  [/^(w|wks?|weeks?)$/, 'week'],
  [/^(mo|mths?|months?)$/, 'month'],
  [/^(y|yrs?|years?)$/, 'year'],
];

// Session cookies: deleted when the browser closes (ICO guidance distinguishes session from persistent cookies).
const SESSION =
  /\b(session|end of (the )?(browsing )?session|close (your|the) (web )?browser|browser (is )?closed|you close the browser|when you leave the (site|website))\b/i;
const PERSISTENT_NO_TERM = /^\s*(persistent|permanent)\s*$/i;
// Number words come from the shared table, longest first so "twenty-four" wins over "twenty"; "half an hour" and
// "half a day" carry their article after "half".
const NUMBER_WORD_ALTERNATION = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const AMOUNT = new RegExp(
  `((?<!\\d)\\d+(?:[.,]\\d+)?|\\bhalf\\s+an?\\b|\\b(?:twenty|thirty)[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b|\\b(?:${NUMBER_WORD_ALTERNATION})\\b)\\s*(?:-\\s*)?` +
    `(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mths?|years?|yrs?|[smhdwy])\\b`,
  'gi',
);

/** "half an" -> 0.5; "twenty four" / "twenty-four" -> tens plus units; a table word; else a numeral. */
function amountOf(raw: string): number {
  if (/^half\s/.test(raw)) return 0.5;
  const parts = raw.split(/[\s-]+/);
  if (parts.length === 2) return (numberFromWord(parts[0]!) ?? NaN) + (numberFromWord(parts[1]!) ?? NaN);
  return numberFromWord(raw) ?? Number(raw.replace(',', '.'));
}

function unitOf(raw: string): number | null {
  const u = raw.toLowerCase();
  for (const [re, unit] of UNIT_ALIASES) if (re.test(u)) return UNIT_SECONDS[unit] ?? null;
  return null;
}

/**
 * Parse a declared duration to seconds: 0 for a session cookie, null when the text gives no term
 * ("persistent", "varies", empty). When a range is given ("1 day to 2 years") the longest term is used,
 * because the comparison with observed expiry asks whether the site keeps cookies longer than it says.
 */
export function parseDurationSeconds(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = text.slice(0, 300);
  let longest: number | null = null;
  for (const m of t.matchAll(AMOUNT)) {
    const rawNumber = m[1]!.toLowerCase();
    const n = amountOf(rawNumber);
    const unit = unitOf(m[2]!);
    if (!Number.isFinite(n) || unit === null || n < 0 || n > 1_000) continue;
    // A one-letter unit only counts when glued to the number ("30m", "2y"): "2 m" is too ambiguous in prose.
    if (m[2]!.length === 1 && /\s/.test(m[0])) continue;
    const seconds = Math.round(n * unit);
    if (longest === null || seconds > longest) longest = seconds;
  }
  if (longest !== null) return longest;
  if (SESSION.test(t)) return 0;
  if (PERSISTENT_NO_TERM.test(t)) return null;
  return null;
}

/** True when the text reads as a lifetime at all (used to recognise a duration column in flattened tables). */
export function looksLikeDuration(text: string): boolean {
  const t = text.trim();
  if (t.length > 80) return false;
  return parseDurationSeconds(t) !== null || /^(persistent|permanent|varies|n\/a|-)$/i.test(t);
}

/** Whole days, for reports; 0 for a session. */
export function secondsToDays(seconds: number | null): number | null {
  if (seconds === null) return null;
  return Math.round((seconds / 86_400) * 100) / 100;
}
