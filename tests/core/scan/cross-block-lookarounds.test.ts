import { describe, expect, it } from 'vitest';
import { lookaroundCrossesBlocks, withoutNegativeLookarounds } from '../../../src/core/scan/cross-block-lookarounds';
import { blocksMatching, loweredTextsMatching, lowerBlockTexts } from '../../../src/core/scan/block-scan';
import { readText } from '../../../src/core/notice/read-text';

describe('negative lookarounds that read past a block', () => {
  it('are told from those that stay inside it', () => {
    expect(lookaroundCrossesBlocks('policy\\b(?![^.]{0,80}\\bnotice\\b)')).toBe(true);
    expect(lookaroundCrossesBlocks('(?<![\\s\\S]*\\bwe\\b)shares?')).toBe(true);
    expect(lookaroundCrossesBlocks('records(?!\\W+kept)')).toBe(true);
    // A class that leaves out the newline, a dot, \s or a word stop the NUL between blocks.
    expect(lookaroundCrossesBlocks('protected(?![^\\]\\n]{0,12}x)')).toBe(false);
    expect(lookaroundCrossesBlocks('(?<!\\bthis\\s)\\bpolicy(?!.{0,20}notice)(?!\\s+notice)')).toBe(false);
    // A negated class inside a positive lookahead or as a plain part of the match only ever adds a candidate.
    expect(lookaroundCrossesBlocks('policy(?=[^.]{0,80}notice)|a[^.]{0,9}b')).toBe(false);
    // Brackets and parentheses inside a class or escaped do not open a lookaround.
    expect(lookaroundCrossesBlocks('[(?!][^.]\\(?!x')).toBe(false);
  });

  it('are taken out whole for the scan, nested groups and classes included', () => {
    expect(withoutNegativeLookarounds('(?<!\\bthis\\s)\\bcctv policy\\b(?![^.]{0,80}\\b(?:notice|this (?:page|document))\\b)')).toBe(
      '\\bcctv policy\\b',
    );
    expect(withoutNegativeLookarounds('a[(?!]b(?=c)')).toBe('a[(?!]b(?=c)');
  });

  it('leave a block whose own text matches among the candidates, whatever the next block says', () => {
    const doc = readText('Part 2: CCTV policy\n\nThis part of the page is our notice about cameras.');
    const re = /\bcctv\s+policy\b(?![^.]{0,80}\bnotice\b)/i;
    expect(re.test(doc.blocks[0]!.text)).toBe(true);
    for (const candidates of [blocksMatching(doc, re), loweredTextsMatching(lowerBlockTexts(doc), re)]) {
      expect(candidates === null || candidates.has(0)).toBe(true);
    }
  });
});
