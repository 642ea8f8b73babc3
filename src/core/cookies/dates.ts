// Dates written on cookie notices ("Last updated 3 March 2026", "Reviewed: 01/09/2024", "May 2018") -> YYYY-MM-DD.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/, read: (m) => [year(m[3]!), Number(m[2]), Number(m[1])] },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])],
  },
  { re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[2]), monthOf(m[1]!), 1] },
];

function year(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

function monthOf(s: string): number {
  return MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
}

export interface FoundDate {
  iso: string;
  /** The date as written. */
  text: string;
}

/** The first plausible calendar date in a piece of text (1990-2100), as written and as YYYY-MM-DD. */
export function findDate(text: string): FoundDate | null {
  const t = text.slice(0, 2_000);
  let best: { at: number; found: FoundDate } | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const parts = read(m);
    if (!parts) continue;
    const [y, mo, d] = parts;
    if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const found = { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, text: m[0] };
    if (!best || m.index < best.at) best = { at: m.index, found };
  }
  return best?.found ?? null;
}

/** Whole months from an ISO date to another (negative when `to` is earlier). */
export function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm] = fromIso.split('-').map(Number) as [number, number];
  const [ty, tm] = toIso.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
