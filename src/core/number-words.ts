// Numbers written as words in notices ("six months", "eighteen months", "two years", "half a day"): one table for
// every reader of durations, so the processing terms of a privacy notice and the lifetimes in a cookie table agree.
// Each reader's own pattern decides which of these words it accepts; this table only says what each one is worth.

/** Lower-cased word -> value. "a"/"an" read as one ("a year"), "half" as 0.5. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  half: 0.5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  ninety: 90,
};

/** The value of a number word (any case), or undefined when the word is not in the table. */
export function numberFromWord(word: string): number | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(NUMBER_WORDS, key) ? NUMBER_WORDS[key] : undefined;
}
