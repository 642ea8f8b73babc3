import { describe, expect, it } from 'vitest';
import { compactText } from '../../../src/core/notice/compact-text';

describe('compactText', () => {
  it('keeps the text exactly, whatever its characters', () => {
    // Cut from a string holding a curly quote, so it starts out two-byte.
    const plain = 'We share data with the local authority \u2019'.slice(0, -2);
    expect(compactText(plain)).toBe(plain);
    expect(compactText('caf\u00e9 \u00a0 costs \u00a35')).toBe('caf\u00e9 \u00a0 costs \u00a35');
    expect(compactText('Ysgol \u0175 \u2019')).toBe('Ysgol \u0175 \u2019');
    expect(compactText('')).toBe('');
  });

  it('copies text longer than one chunk whole', () => {
    const long = `${'abc def ghi '.repeat(3_000)}\u00e9nd`;
    expect(compactText(long)).toBe(long);
    expect(compactText(long).length).toBe(long.length);
  });
});
