import { describe, expect, it } from 'vitest';
import { lowerCasePattern } from '../../../src/core/scan/lower-pattern';

/** Every match of `source` with the i flag over lower-cased `text`, and of its lowered twin without the flag. */
function both(source: string, text: string): [string[], string[]] {
  const lowered = lowerCasePattern(source);
  if (lowered === null) throw new Error(`not lowered: ${source}`);
  const lower = text.toLowerCase();
  return [
    [...lower.matchAll(new RegExp(source, 'gi'))].map((m) => `${m.index}:${m[0]}`),
    [...lower.matchAll(new RegExp(lowered, 'g'))].map((m) => `${m.index}:${m[0]}`),
  ];
}

describe('lowerCasePattern', () => {
  it('lowers literal letters but keeps escapes such as \\S, \\W, \\B and \\D', () => {
    expect(lowerCasePattern('\\bUK GDPR\\b\\S+\\W\\D')).toBe('\\buk gdpr\\b\\S+\\W\\D');
  });

  it('finds the same matches as the i flag on lower-cased text', () => {
    const text = 'The UK GDPR applies. Data held OUTSIDE the EEA; call 01234 567890 or email Office@School.sch.uk (KS2 1ST).';
    for (const source of [
      '(?:outside (?:of )?(?:the )?(?:UK|EEA))',
      '\\bUK\\s+GDPR\\b',
      '[A-Z]{2}\\d\\s?\\d[A-Z]{2}',
      "[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+",
      '[^A-Z\\s]+',
      '(?:\\+44\\s?|\\(?0)\\d{2,4}[\\s-]?\\d{3,4}',
    ]) {
      const [withFlag, lowered] = both(source, text);
      expect(lowered, source).toEqual(withFlag);
      expect(withFlag.length, source).toBeGreaterThan(0);
    }
  });

  it('refuses what lower-casing would change: code escapes, properties, backreferences, mixed ranges, non-ASCII', () => {
    for (const source of [
      '\\x41',
      '\\u0041',
      '\\cJ',
      '\\p{Lu}',
      '(a)\\1',
      '(?<n>a)\\k<n>',
      '[0-Z]',
      '[A-z]',
      '[Z-a]',
      'caf\u00e9',
      '[a-\\d]',
    ]) {
      expect(lowerCasePattern(source), source).toBeNull();
    }
  });

  it('treats a dash at the edge of a class or after an escape as a literal', () => {
    expect(lowerCasePattern('[\\s-]?[A-Z-]')).toBe('[\\s-]?[a-z-]');
    expect(lowerCasePattern('[-A-Z]')).toBe('[-a-z]');
  });
});
