// Turns an evidence quote into text the page really shows: whole words only, the longest unshortened stretch.

// A shortening ("...", "…"), or a join the report made: table cells (" | "), a list's lead-in and its items ("; ").
const JOINS = / ?(?:\.\.\.|…) ?| \| |; /;
const SHORTENED = /^(?:\.\.\.|…)$/;
// Long enough to be unique on a page, short enough to survive the page's own line breaks and formatting.
const MAX_WORDS = 40;

/**
 * The longest stretch of the quote that stands on the page as written, cut only at word boundaries: a word an
 * ellipsis cut through is dropped, so what is searched for is always whole words.
 */
export function findableStretch(quote: string): string {
  const text = quote.replace(/[\s\u00a0]+/g, ' ').trim();
  // Keep the separators so each piece knows whether a shortening touched it.
  const parts = text.split(new RegExp(`(${JOINS.source})`));
  let best = '';
  for (let i = 0; i < parts.length; i += 2) {
    let words = (parts[i] ?? '').trim().split(' ').filter(Boolean);
    if (i > 0 && SHORTENED.test((parts[i - 1] ?? '').trim())) words = words.slice(1);
    if (i + 1 < parts.length && SHORTENED.test((parts[i + 1] ?? '').trim())) words = words.slice(0, -1);
    // A piece cut at the quote's own length limit ends mid-word too.
    const stretch = words.slice(0, MAX_WORDS).join(' ');
    if (stretch.length > best.length) best = stretch;
  }
  return best.replace(/[,;:]$/, '');
}

/** Text fragments treat these as syntax ("-" prefix/suffix, "," start/end, "&" next directive). */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * The document's address with a text fragment that scrolls to and highlights the stretch; a long stretch is
 * named by its first and last words (textStart,textEnd) so a line break inside it does not stop the match.
 */
export function textFragmentUrl(url: string, stretch: string): string {
  const base = url.replace(/#.*$/, '');
  const words = stretch.split(' ').filter(Boolean);
  if (!words.length) return base;
  const directive =
    words.length > 10 ? `${encodeTerm(words.slice(0, 5).join(' '))},${encodeTerm(words.slice(-5).join(' '))}` : encodeTerm(words.join(' '));
  return `${base}#:~:text=${directive}`;
}
