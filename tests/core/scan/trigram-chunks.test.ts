import { describe, expect, it } from 'vitest';
import { indexTrigramChunks, regionsSatisfying } from '../../../src/core/scan/trigram-chunks';

/** Blocks joined as the block scans join them, with each block's offset. */
function joinBlocks(blocks: string[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(blocks.length);
  let at = 0;
  blocks.forEach((b, i) => {
    starts[i] = at;
    at += b.length + 3;
  });
  return { text: blocks.join('\n\u0000\n'), starts };
}

const filler = (i: number) => `Paragraph ${i} says how the school keeps pupil records and who may see them in the normal course of things.`;

describe('trigram chunk index', () => {
  const blocks = Array.from({ length: 400 }, (_, i) => filler(i));
  blocks[37] = 'Parents can make a Subject Access Request at any time.';
  blocks[311] = 'We rely on the\u00a0PUBLIC TASK basis.';
  blocks[200] = 'Write to office@school.example for a copy.';
  const { text, starts } = joinBlocks(blocks);
  const index = indexTrigramChunks(text, starts);
  const covered = (regions: [number, number][], at: number) => regions.some(([from, to]) => from <= at && at < to);

  it('cuts chunks at block starts only', () => {
    const blockStarts = new Set(starts);
    for (const at of index.chunkStarts.slice(0, -1)) expect(blockStarts.has(at)).toBe(true);
    expect(index.chunkStarts[index.chunkStarts.length - 1]).toBe(text.length);
    expect(index.chunkStarts.length).toBeGreaterThan(50);
  });

  it('finds a literal whatever its case or kind of space, and leaves out chunks without it', () => {
    const regions = regionsSatisfying(index, 'public task');
    expect(covered(regions, starts[311]!)).toBe(true);
    const scanned = regions.reduce((n, [from, to]) => n + to - from, 0);
    expect(scanned).toBeLessThan(text.length / 20);
  });

  it('answers "all of" and "any of" queries', () => {
    const both = regionsSatisfying(index, { all: ['subject access', 'request'] });
    expect(covered(both, starts[37]!)).toBe(true);
    expect(covered(both, starts[311]!)).toBe(false);
    const either = regionsSatisfying(index, { any: ['subject access', 'public task'] });
    expect(covered(either, starts[37]!) && covered(either, starts[311]!)).toBe(true);
    expect(regionsSatisfying(index, 'automated decision')).toEqual([]);
  });

  it('finds a literal of one or two symbols by its characters, and lets letters that short narrow nothing', () => {
    const at = regionsSatisfying(index, '@');
    expect(covered(at, starts[200]!)).toBe(true);
    expect(at.reduce((n, [from, to]) => n + to - from, 0)).toBeLessThan(text.length / 20);
    expect(regionsSatisfying(index, { any: ['@', 'public task'] }).length).toBe(2);
    expect(regionsSatisfying(index, '#')).toEqual([]);
    expect(regionsSatisfying(index, 'zq')).toEqual([[0, text.length]]);
  });

  it('narrows a literal by its symbols, which its trigrams cannot tell apart ("a / b" and "a - b")', () => {
    const mixed = Array.from({ length: 400 }, (_, i) => filler(i));
    mixed[20] = 'Pupils aged 11 - 16 attend the main site.';
    mixed[250] = 'Contact the parent / carer named on the admission form.';
    mixed[330] = 'Fill in «school name» before you publish this notice.';
    const joined = joinBlocks(mixed);
    const small = indexTrigramChunks(joined.text, joined.starts);
    const slash = regionsSatisfying(small, ' / ');
    expect(covered(slash, joined.starts[250]!)).toBe(true);
    expect(covered(slash, joined.starts[20]!)).toBe(false);
    expect(covered(regionsSatisfying(small, ' - '), joined.starts[20]!)).toBe(true);
    // A character beyond ASCII with no case is recorded too; a text without one leaves no region for it.
    const quoted = regionsSatisfying(small, { all: ['«', '»'] });
    expect(covered(quoted, joined.starts[330]!)).toBe(true);
    expect(quoted.reduce((n, [from, to]) => n + to - from, 0)).toBeLessThan(joined.text.length / 20);
    expect(regionsSatisfying(index, '«')).toEqual([]);
  });

  it('merges neighbouring chunks into one region', () => {
    const regions = regionsSatisfying(index, 'pupil records');
    expect(regions).toEqual([[0, text.length]]);
  });

  it('keeps every trigram of a text holding thousands of different ones', () => {
    // Letters from a fixed linear congruential sequence: far more distinct trigrams than an ordinary notice holds.
    let seed = 12345;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
    const many = Array.from({ length: 600 }, () => Array.from({ length: 200 }, letter).join(''));
    const joined = joinBlocks(many);
    const big = indexTrigramChunks(joined.text, joined.starts);
    for (const i of [0, 123, 599]) {
      const literal = many[i]!.slice(50, 62);
      expect(covered(regionsSatisfying(big, literal.toUpperCase()), joined.starts[i]! + 50)).toBe(true);
    }
    const scanned = regionsSatisfying(big, 'zzzzqqqqjjjj').reduce((n, [from, to]) => n + to - from, 0);
    expect(scanned).toBeLessThan(joined.text.length / 2);
  });

  it('gives a long text the chunks of exactly the blocks holding a literal, whichever of its trigrams is rarest', () => {
    // Long enough for hundreds of chunks. "records" is everywhere; each other word of the literals is in one block.
    const long = Array.from({ length: 2_000 }, (_, i) => filler(i));
    long[150] = 'Old paper records are kept in a locked cabinet.';
    long[1_700] = 'Records kept in a locked cabinet are shredded after six years.';
    long[1_999] = 'Paper records of visitors are destroyed each July.';
    const joined = joinBlocks(long);
    const big = indexTrigramChunks(joined.text, joined.starts);
    expect(big.words).toBeGreaterThanOrEqual(8);
    const chunkOf = (block: number) => {
      const at = joined.starts[block]!;
      let c = 0;
      while (big.chunkStarts[c + 1]! <= at) c++;
      return [big.chunkStarts[c]!, big.chunkStarts[c + 1]!];
    };
    expect(regionsSatisfying(big, 'paper records')).toEqual([chunkOf(150), chunkOf(1_999)]);
    expect(regionsSatisfying(big, 'locked cabinet')).toEqual([chunkOf(150), chunkOf(1_700)]);
    expect(regionsSatisfying(big, { all: ['records', 'shredded'] })).toEqual([chunkOf(1_700)]);
    expect(regionsSatisfying(big, { any: ['destroyed each', 'shredded after'] })).toEqual([chunkOf(1_700), chunkOf(1_999)]);
  });
});
