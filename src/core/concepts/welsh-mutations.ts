// Welsh initial mutations, so a Welsh word is recognised whatever the word before it did to its first letter:
// "data" / "ddata" / "nata", "cwyn" / "gwyn" / "nghwyn" / "chwyn", "gwybodaeth" / "wybodaeth". A word is written once
// in its radical (dictionary) form; its mutated forms follow from the rules below rather than being listed by hand.

/** Radical initial -> soft, nasal and aspirate forms (textbook tables; "" is the soft mutation that drops a g). */
const MUTATIONS: ReadonlyArray<{ radical: string; soft?: string; nasal?: string; aspirate?: string }> = [
  // Two-letter radicals first: "ll" and "rh" soften to "l" and "r"; "ch", "dd", "ff", "ng", "ph", "th" do not mutate.
  { radical: 'll', soft: 'l' },
  { radical: 'rh', soft: 'r' },
  { radical: 'p', soft: 'b', nasal: 'mh', aspirate: 'ph' },
  { radical: 't', soft: 'd', nasal: 'nh', aspirate: 'th' },
  { radical: 'c', soft: 'g', nasal: 'ngh', aspirate: 'ch' },
  { radical: 'b', soft: 'f', nasal: 'm' },
  { radical: 'd', soft: 'dd', nasal: 'n' },
  { radical: 'g', soft: '', nasal: 'ng' },
  { radical: 'm', soft: 'f' },
];
const UNMUTATING = ['ch', 'dd', 'ff', 'ng', 'ph', 'th'];
const VOWEL = /^[aeiouwyâêîôûŵŷ]/;

/**
 * Every form a Welsh word takes at the start of a phrase: itself, its soft, nasal and aspirate mutations, and the "h"
 * a vowel takes after "ei" (her), "ein", "eu" ("enw" -> "henw"). Lower-case in, lower-case out; a trailing "*" (a
 * prefix in the lexicon) is kept. Words with no mutation come back alone.
 */
export function mutatedForms(radical: string): string[] {
  const word = radical.toLowerCase();
  const forms = new Set([word]);
  if (VOWEL.test(word)) forms.add(`h${word}`);
  else if (!UNMUTATING.some((u) => word.startsWith(u))) {
    const rule = MUTATIONS.find((m) => word.startsWith(m.radical));
    if (rule) {
      const rest = word.slice(rule.radical.length);
      for (const initial of [rule.soft, rule.nasal, rule.aspirate]) {
        // A soft-mutated g leaves the rest of the word, which must still be a word ("gofyn" -> "ofyn", not "" for "g").
        if (initial !== undefined && (initial + rest).replace(/\*$/, '').length >= 2) forms.add(initial + rest);
      }
    }
  }
  return [...forms];
}

/**
 * The radical forms a word written in a text may have come from (the inverse of mutatedForms, so ambiguous:
 * "gwyn" is itself or the soft form of "cwyn"; "fawrth" is "bawrth" or "mawrth"). The word itself is always first.
 */
export function possibleRadicals(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set([w]);
  for (const rule of MUTATIONS) {
    for (const initial of [rule.soft, rule.nasal, rule.aspirate]) {
      if (initial === undefined) continue;
      if (initial === '') out.add(rule.radical + w);
      else if (w.startsWith(initial) && w.length > initial.length) out.add(rule.radical + w.slice(initial.length));
    }
  }
  if (/^h[aeiouwyâêîôûŵŷ]/.test(w)) out.add(w.slice(1));
  // Only candidates that mutate back to the word are real (the g-less soft form needs a rest that is a word).
  return [...out].filter((r) => r === w || mutatedForms(r).includes(w));
}
