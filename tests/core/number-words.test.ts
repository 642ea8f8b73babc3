// One number-word table behind both duration readers: a notice's processing term ("eighteen months from ...") and a
// cookie table's lifetime ("thirteen months") read their words from it and agree on every word both accept.
import { describe, expect, it } from 'vitest';
import { numberFromWord } from '../../src/core/number-words';
import { durationMonths } from '../../src/core/checks/quality/dates';
import { parseDurationSeconds } from '../../src/core/cookies/durations';

const MONTH_SECONDS = 2_629_800;

describe('number words', () => {
  it('values a word in any case, and nothing for a word it does not know', () => {
    expect(numberFromWord('Six')).toBe(6);
    expect(numberFromWord('twenty-four')).toBe(24);
    expect(numberFromWord('half')).toBe(0.5);
    expect(numberFromWord('an')).toBe(1);
    expect(numberFromWord('dozen')).toBeUndefined();
    // Not a prototype property: text from a web page must not reach Object's own members.
    expect(numberFromWord('constructor')).toBeUndefined();
    expect(numberFromWord('__proto__')).toBeUndefined();
  });

  it('a processing term in a notice reads its count from the table', () => {
    expect(durationMonths('six', 'months')).toBe(6);
    expect(durationMonths('Eighteen', 'months')).toBe(18);
    expect(durationMonths('twenty-four', 'months')).toBe(24);
    expect(durationMonths('two', 'years')).toBe(24);
    expect(durationMonths('12', 'months')).toBe(12);
    expect(durationMonths('dozen', 'months')).toBeNull();
    expect(durationMonths('two', 'weeks')).toBeNull();
  });

  it('a cookie lifetime reads its count from the table', () => {
    expect(parseDurationSeconds('thirteen months')).toBe(13 * MONTH_SECONDS);
    expect(parseDurationSeconds('Ninety days')).toBe(90 * 86_400);
    expect(parseDurationSeconds('a year')).toBe(31_557_600);
    expect(parseDurationSeconds('half day')).toBe(43_200);
    expect(parseDurationSeconds('a dozen days')).toBeNull();
  });

  it('the two readers agree on every word a processing term may use', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eighteen'];
    for (const word of words) {
      const months = durationMonths(word, 'months');
      expect(months, word).not.toBeNull();
      expect(parseDurationSeconds(`${word} months`), word).toBe(months! * MONTH_SECONDS);
    }
  });
});
