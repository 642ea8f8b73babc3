// Sorts the dates in a notice into its own version date, its next review date, expired processing terms, and dates that are none of these.
import type { AuditContext } from '../types';
import type { Block, NoticeDocument } from '../../notice/types';
import type { Evidence } from '../../report';
import { compilePhrases, type LastUpdatedOptions } from './options';
import { addMonths, durationMonths, findDates, isBefore, parseIsoDate, type CalendarDate, type DateMatch } from './dates';

export interface DatedMention {
  date: CalendarDate;
  /** The date as written. */
  written: string;
  evidence: Evidence;
  /** For a rejected date: why it is not the notice's date. */
  why?: string;
}

export interface NoticeDates {
  notice: DatedMention[];
  review: DatedMention[];
  /** Content dates that have run out, e.g. a processing term "1 year from 14 February 2022" (seed 001). */
  expiredTerms: DatedMention[];
  /** Dates that look like notice dates but are not (commencement dates, copyright years, processor terms). */
  rejected: DatedMention[];
}

// "1 year from Monday 14 th February 2022": a term with an end, copied from a processor agreement or a temporary arrangement.
const TERM_BEFORE =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+(years?|months?)\s+(?:from|after|starting|commencing)\s+(?:(?:the|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
// "valid until 31 August 2023": an end date written as such.
const UNTIL_BEFORE = /\b(?:valid|in\s+force|applies|effective|runs?|lasts?)\s+(?:until|till|to)\s+(?:the\s+)?$/i;
// A date that is the whole of its block ("Date: May 2018" / "September 2024"), or a label and a date, reads as the notice date.
const LABEL_ONLY = /^[\w\s:.,()-]{0,30}$/;
// ... but not a short sentence about an event, whose date follows a preposition ("The pool opened in September 2025").
/** The longest lead-in of a date line that a cue at its start still speaks for. */
const SHORT_LINE = 90;
const LABEL_END = /[:|-]\s*$/;
// A label, question or heading ("Last updated:", "When was this notice last reviewed?", "Last reviewed") whose answer is
// the next block.
const LABEL_OR_QUESTION_END = /[:?]\s*$/;
/** How far into the next block its answering date may start ("November 2026", "- 3 March 2026"). */
const ANSWER_START = 3;
/**
 * A byline at the head of the notice, ended by its date: "Prepared for the trustees by our bursar (with the office), April
 * 2026". Words of writing it only, not all of `madeWords`: "Reviewed by the Department for Education in March 2026" is
 * another body's review, not the notice's date.
 */
const BYLINE = /^\s*(?:written|prepared|produced|compiled|drafted|put\s+together)\b[^.]{0,160}$/i;
const BYLINE_BLOCKS = 8;
/** The date naming the document's edition: "Welcome Pack for Families, September 2026 edition". */
const EDITION_AFTER = /^\s*(?:edition|version|issue)\b/i;
const EVENT_PREPOSITION = /\b(?:in|on|since|from|until|by|before|after|during)\s*$/i;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = text.slice(end).search(/[.!?](?:\s|$)/);
  return [stop < 0 ? 0 : stop + 2, after < 0 ? text.length : end + after + 1];
}

/**
 * The key cell of a key-value table row, for a date in the cell after it ("Last amended | 20/05/2025"). A table typed
 * as key-value pairs is read with its first pair as headers ("Owner: Last amended | Data Protection Officer: 20/05/2025"),
 * which parts the key from its date; the row's own cells keep them together.
 */
function keyCellBefore(block: Block, written: string): string | null {
  if (block.kind !== 'table-row' || !block.cells) return null;
  const at = block.cells.findIndex((c) => c.includes(written));
  return at > 0 ? block.cells[at - 1]!.trim() : null;
}

function quote(text: string, from: number, to: number): string {
  const s = text.slice(from, to).trim();
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

/** Classify every date in the notice body. Linear in the text: one date scan per block, cue regexes compiled once. */
/** Once per audit: the last-updated check and the stale-date flag read the same dates. */
export function findNoticeDates(ctx: AuditContext, doc: NoticeDocument, options: LastUpdatedOptions): NoticeDates {
  return ctx.memo.once(scanNoticeDates, doc, options, ctx.asOf);
}

/**
 * What may stand between a date's cue and the date: punctuation, a dash or a dot between the parts of a line ("Updated
 * for the 2026-27 school year · September 2026"), a table's cell break, a row's "Answer" label.
 */
const CUE_TO_DATE = '[\\s:,.(|?\u00b7\u2022\u2013\u2014-]*(?:answer\\s*:\\s*)?$';

function scanNoticeDates(doc: NoticeDocument, options: LastUpdatedOptions, asOf: string): NoticeDates {
  // A cue may stand in the cell before the date in a table row read as text ("Last amended | 20/05/2025"), or ask for
  // it in a question-and-answer row ("Question: When was this notice last updated? | Answer: 8 September 2026").
  const noticeCue = compilePhrases(options.noticeDateCues.map((p) => `(?:${p})${CUE_TO_DATE}`));
  const reviewCue = compilePhrases(options.reviewDateCues.map((p) => `(?:${p})${CUE_TO_DATE}`));
  const trap = compilePhrases(options.notNoticeDate);
  const otherDocument = compilePhrases(options.otherDocument);
  const noticeSelf = compilePhrases(options.noticeSelf);
  const made = compilePhrases(options.madeWords);
  const future = compilePhrases(options.futureWords);
  // "We revised this notice most recently on 14 January 2026", "This notice was put together by the office in October
  // 2025": the notice and its making named anywhere before the date, further back than a cue's window.
  // "This notice will be checked again by the governors in September 2027": the same, still to come, is a review date.
  const earlier = compilePhrases(options.earlierWords);
  const aboutMaking = (lead: string): boolean => noticeSelf.test(lead) && made.test(lead) && !earlier.test(lead);
  // "Last checked and brought up to date by the data team: 2 February 2026": a cue opening a short label line whose value
  // is the date.
  const openingCue = compilePhrases(options.noticeDateCues.map((p) => `^\\s*(?:${p})`));
  // "When was this notice last updated?" / "November 2026. We review it every year.": a question or label line naming
  // the notice date, answered by the date that opens the next block.
  // The same for the next review: "When will this notice next be reviewed?" / "September 2027."
  const anyCue = compilePhrases(options.noticeDateCues);
  const anyReviewCue = compilePhrases(options.reviewDateCues);
  const today = parseIsoDate(asOf);
  const out: NoticeDates = { notice: [], review: [], expiredTerms: [], rejected: [] };

  let asked: 'notice' | 'review' | null = null;
  for (const block of doc.blocks) {
    const dates: DateMatch[] = findDates(block.text);
    const answered = dates.length > 0 && dates[0]!.start <= ANSWER_START ? asked : null;
    asked = null;
    if (dates.length === 0 && block.text.length <= SHORT_LINE && (LABEL_OR_QUESTION_END.test(block.text) || block.kind === 'heading')) {
      if (anyReviewCue.test(block.text) || future.test(block.text)) asked = 'review';
      else if (anyCue.test(block.text)) asked = 'notice';
    }
    let previousEnd = 0;
    for (const d of dates) {
      const [sStart, sEnd] = sentenceBounds(block.text, d.start, d.end);
      // The cue must sit just before the date, in the same sentence, with no other date in between.
      const windowStart = Math.max(sStart, previousEnd, d.start - options.cueWindow);
      const lead = block.text.slice(windowStart, d.start);
      // The whole sentence up to the date, for a document named further back than the cue window.
      const sentenceLead = block.text.slice(Math.max(sStart, previousEnd), d.start);
      previousEnd = d.end;
      const mention = (why?: string): DatedMention => ({
        date: d.date,
        written: d.text,
        evidence: { text: quote(block.text, sStart, sEnd), where: block.where },
        ...(why ? { why } : {}),
      });
      if (answered && d === dates[0]) {
        out[answered].push(mention());
        continue;
      }

      const term = TERM_BEFORE.exec(lead);
      if (term) {
        const months = durationMonths(term[1]!, term[2]!);
        if (months !== null) {
          const ends = addMonths(d.date, months);
          if (isBefore(ends, today))
            out.expiredTerms.push(mention(`a ${term[1]} ${term[2]} term from ${d.text} ended before the audit date`));
          else out.rejected.push(mention('a processing term, not the date of the notice'));
          continue;
        }
      }
      if (UNTIL_BEFORE.test(lead)) {
        if (isBefore(d.date, today)) out.expiredTerms.push(mention(`says it applies until ${d.text}, which has passed`));
        continue;
      }
      // Only the words leading up to the date decide: "updated to reflect the UK GDPR on 3 October 2025" is still a notice date.
      const trapHit = trap.exec(lead) ?? otherDocument.exec(sentenceLead);
      if (trapHit) {
        out.rejected.push(mention(`"${trapHit[0].trim()}" shows this is not the date of the notice`));
        continue;
      }
      const key = keyCellBefore(block, d.text);
      const making = aboutMaking(sentenceLead);
      const ahead = future.test(sentenceLead);
      if (reviewCue.test(lead) || (key !== null && reviewCue.test(key)) || (making && ahead)) out.review.push(mention());
      // "It will next be looked at by the governors' committee in September 2027": a sentence still to come, with a date
      // after the audit, speaks of the next review however its cue is worded.
      else if (ahead && isBefore(today, d.date) && noticeCue.test(lead)) out.review.push(mention());
      else if (noticeCue.test(lead) || (key !== null && noticeCue.test(key)) || EDITION_AFTER.test(block.text.slice(d.end)))
        out.notice.push(mention());
      else if (making || (sentenceLead.length <= SHORT_LINE && openingCue.test(sentenceLead) && LABEL_END.test(sentenceLead) && !ahead))
        out.notice.push(mention());
      else if (block.index < BYLINE_BLOCKS && BYLINE.test(block.text.slice(0, d.start)) && block.text.slice(d.end).trim().length <= 2)
        out.notice.push(mention());
      else if (
        LABEL_ONLY.test(block.text.slice(0, d.start)) &&
        !EVENT_PREPOSITION.test(block.text.slice(0, d.start)) &&
        block.text.slice(d.end).trim().length <= 2 &&
        block.text.length <= 60
      ) {
        out.notice.push(mention());
      }
    }
  }
  if (!out.notice.length) out.notice.push(...footerPageDates(doc));
  return out;
}

/**
 * A footer line dating the page or the notice itself: "Page last updated: 9 September 2025", "Pupil privacy notice ·
 * Reviewed: Autumn term 2026". Not the copyright year (checklist.md 2.24), nor the site's own review ("Website last
 * reviewed ...").
 */
const PAGE_UPDATED =
  /(?:^\s*|\b(?:page|this\s+page(?:\s+was)?|notice|policy)\s*(?:[\u00b7|\u2022\u2013\u2014-]\s*)?)(?:last\s+)?(?:updated|reviewed|modified|edited|changed)(?:\s+on)?\s*[:-]?\s*$/i;

/** The page's own date in its footer, read only when the notice body gives none: a CMS stamps the page it edits there. */
function footerPageDates(doc: NoticeDocument): DatedMention[] {
  const out: DatedMention[] = [];
  for (const line of doc.chrome.footer.split('\n')) {
    const d = findDates(line)[0];
    if (d && PAGE_UPDATED.test(line.slice(0, d.start)))
      out.push({ date: d.date, written: d.text, evidence: { text: quote(line, 0, line.length), where: 'page footer' } });
  }
  return out;
}
