// Finds calendar dates in notice text ("3 October 2025", "May 2018", "03/10/2025", "14 th February 2022", "2025/26") and date arithmetic for staleness.
import { numberFromWord } from '../../number-words';
import { mutatedForms, possibleRadicals } from '../../concepts/welsh-mutations';

/** A calendar date as precise as the text gave it; month/day may be unknown. */
export interface CalendarDate {
  year: number;
  /** 1-12, or null for a bare year. */
  month: number | null;
  /** 1-31, or null when only month and year were given. */
  day: number | null;
}

export interface DateMatch {
  /** The date as written. */
  text: string;
  start: number;
  end: number;
  date: CalendarDate;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
// Notices in Wales are often dated in Welsh ("Medi 2025"), and a month name mutates after some words ("o Fai 2024",
// "yng Ngorffennaf 2024", "yn Nhachwedd 2025"): each name is written once and its mutated forms follow from the rules.
const WELSH_MONTHS: Readonly<Record<string, number>> = {
  ionawr: 1,
  chwefror: 2,
  mawrth: 3,
  ebrill: 4,
  mai: 5,
  mehefin: 6,
  gorffennaf: 7,
  gorffenaf: 7,
  awst: 8,
  medi: 9,
  hydref: 10,
  tachwedd: 11,
  rhagfyr: 12,
};
const WELSH_MONTH_FORMS = Object.keys(WELSH_MONTHS)
  .flatMap(mutatedForms)
  .sort((a, b) => b.length - a.length);

/** The month a written month name stands for (English, or Welsh in any mutated form), or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return (
    MONTHS[w] ??
    possibleRadicals(w)
      .map((r) => WELSH_MONTHS[r])
      .find((m) => m !== undefined) ??
    null
  );
}

// School documents are often dated by term or season ("Autumn term 2024"): take the month the term starts. Independent
// schools name their terms as the old universities do: Michaelmas (autumn), Lent (spring) and Trinity (summer).
const SEASONS: Record<string, number> = { spring: 1, summer: 4, autumn: 9, fall: 9, winter: 12, michaelmas: 9, lent: 1, trinity: 4 };

const MONTH = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${WELSH_MONTH_FORMS.join('|')})\\.?`;
const DAY = '(\\d{1,2})\\s?(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

// One alternation, longest forms first, so "14 th February 2022" is one date rather than "February 2022".
const DATE_RE = new RegExp(
  [
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\s*,?\\s+${YEAR}\\b`, // 14th February 2022, 3 Oct 2025
    `\\b${MONTH}\\s+${DAY}\\s*,?\\s+${YEAR}\\b`, // May 25 2018, October 3, 2025
    `\\b${MONTH}\\s*,?\\s+${YEAR}\\b`, // May 2018
    `\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b`, // 03/10/2025 (UK order), 3.10.25
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, // 2025-10-03
    `\\b(spring|summer|autumn|fall|winter|michaelmas|lent(?=\\s+term)|trinity(?=\\s+term))(?:\\s+term)?\\s+${YEAR}\\b`, // Autumn term 2024, Lent Term 2025
    `\\b(20\\d{2})\\s?[/\u2013-]\\s?(20\\d{2}|\\d{2})\\b(?![/.-]\\d)`, // 2025/26, 2025-2026 (an academic year)
    `\\b(0?[1-9]|1[0-2])/${YEAR}\\b(?![/.-]\\d)`, // 02/2026 (a version stamp's month and year)
  ].join('|'),
  'gi',
);

function validDate(year: number, month: number | null, day: number | null): CalendarDate | null {
  if (year < 1990 || year > 2100) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** "2025/26": an academic year, dated from the September it starts; a range that is not one year to the next is no date. */
function academicYear(first: number, second: string): CalendarDate | null {
  const next = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  return next === first + 1 ? validDate(first, 9, null) : null;
}

/** Every date written in `text`, in order. Bare years are not dates here: "Education Act 1996" is a statute. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  // Every date form carries a year or a two-digit day/month pair: most blocks have no two digits together.
  if (!/\d\d/.test(text)) return out;
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.slice(1);
    let date: CalendarDate | null = null;
    if (g[0] !== undefined) date = validDate(Number(g[2]), monthNumber(g[1]!), Number(g[0]));
    else if (g[3] !== undefined) date = validDate(Number(g[5]), monthNumber(g[3]), Number(g[4]));
    else if (g[6] !== undefined) date = validDate(Number(g[7]), monthNumber(g[6]), null);
    else if (g[8] !== undefined) date = validDate(fullYear(g[10]!), Number(g[9]), Number(g[8]));
    else if (g[11] !== undefined) date = validDate(Number(g[11]), Number(g[12]), Number(g[13]));
    else if (g[14] !== undefined) date = validDate(Number(g[15]), SEASONS[g[14].toLowerCase()] ?? null, null);
    else if (g[16] !== undefined) date = academicYear(Number(g[16]), g[17]!);
    else if (g[18] !== undefined) date = validDate(Number(g[19]), Number(g[18]), null);
    if (!date) continue;
    // A month written in both languages is one month: "Medi / September 2026", "September | Medi 2026", with the day
    // before the first: "14 Mawrth / March 2025".
    const pair = date.month !== null ? MONTH_PAIR_BEFORE.exec(text.slice(Math.max(0, m.index! - PAIR_REACH), m.index!)) : null;
    const paired = pair !== null && monthNumber(pair[2]!) === date.month;
    const start = paired ? m.index! - pair[0].length : m.index!;
    if (paired && pair[1] !== undefined && date.day === null) date = validDate(date.year, date.month, Number(pair[1])) ?? date;
    out.push({ text: text.slice(start, m.index! + m[0].length), start, end: m.index! + m[0].length, date });
  }
  return out;
}

const PAIR_REACH = 24;
const MONTH_PAIR_BEFORE = new RegExp(`(?:\\b${DAY}\\s+)?\\b${MONTH}\\s*[/|]\\s*$`, 'i');

/** Parse an audit date "YYYY-MM-DD". */
export function parseIsoDate(iso: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`audit date "${iso}" is not YYYY-MM-DD`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Day number of the first day the date can mean (1 May for "May 2018"). */
export function earliestDay(d: CalendarDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;
}

/** Day number of the last day the date can mean (31 May for "May 2018"): staleness is judged generously. */
export function latestDay(d: CalendarDate): number {
  if (d.day !== null && d.month !== null) return earliestDay(d);
  if (d.month !== null) return Date.UTC(d.year, d.month, 0) / 86_400_000;
  return Date.UTC(d.year, 11, 31) / 86_400_000;
}

/** The date `months` after `d` (a processing term "1 year from 14 February 2022" ends 14 February 2023). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = (d.month ?? 1) - 1 + months;
  return { year: d.year + Math.floor(total / 12), month: (total % 12) + 1, day: d.day };
}

/** Whole months from `from` to `to` (negative when `to` is earlier), using the latest reading of `from`. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = new Date(latestDay(from) * 86_400_000);
  const b = new Date(earliestDay(to) * 86_400_000);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months--;
  return months;
}

/** True when every day `d` can mean is before `ref`. */
export function isBefore(d: CalendarDate, ref: CalendarDate): boolean {
  return latestDay(d) < earliestDay(ref);
}

/** "3 October 2025", "May 2018", "2024": the date at the precision it was written. */
export function formatDate(d: CalendarDate): string {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (d.month === null) return String(d.year);
  const month = names[d.month - 1]!;
  return d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** "1 year" / "six months" / "12 months" -> months, or null. */
export function durationMonths(count: string, unit: string): number | null {
  const n = /^\d+$/.test(count) ? Number(count) : numberFromWord(count);
  if (n === undefined || !Number.isFinite(n)) return null;
  return /^year/i.test(unit) ? n * 12 : /^month/i.test(unit) ? n : null;
}
