// Text normalisation: quotes, dashes, odd spaces and invisible characters fold to plain text in one reading.
import { describe, expect, it } from 'vitest';
import { normaliseKeepingLines, normaliseText } from '../../../src/core/notice/normalise';

describe('normaliseText', () => {
  it('folds curly quotes and dashes, and keeps single spacing as it is', () => {
    expect(normaliseText('The school\u2019s \u201Cdata officer\u201D \u2013 Mrs Patel')).toBe('The school\'s "data officer" - Mrs Patel');
  });
  it('drops invisible characters and collapses every other run of whitespace', () => {
    expect(normaliseText('\uFEFF Pupil\u00A0\u00A0records\u200B are\tkept\n\nfor six\u00ADyears\u0007 ')).toBe(
      'Pupil records are kept for sixyears',
    );
    expect(normaliseText('a\u2003\u2014\u2003b')).toBe('a - b');
  });
  it('leaves plain single-spaced text alone but for its ends', () => {
    expect(normaliseText('  Contact the office.  ')).toBe('Contact the office.');
  });
  it('folds the same characters when it keeps line breaks', () => {
    expect(normaliseKeepingLines('It\u2019s kept\r\nfor \u201Cten\u201D years')).toBe('It\'s kept\nfor "ten" years');
  });
});
