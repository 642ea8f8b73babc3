import { describe, expect, it } from 'vitest';
import { requiredLiterals, type LiteralQuery } from '../../../src/core/scan/required-literals';
import { checklistPatterns } from './checklist-patterns';
import { corpusSample } from './corpus-sample';

/** How the index compares text, made stricter: ASCII case and the kind of whitespace do not matter. */
const fold = (s: string) => s.replace(/\s/g, ' ').replace(/[A-Z]/g, (c) => c.toLowerCase());

function satisfied(query: LiteralQuery, text: string): boolean {
  if (typeof query === 'string') return text.includes(query);
  return 'all' in query ? query.all.every((q) => satisfied(q, text)) : query.any.some((q) => satisfied(q, text));
}

const corpusText = corpusSample(1_200)
  .map((f) => f.text)
  .join('\n');

describe('requiredLiterals', () => {
  it('spells out literals across optional parts and alternatives', () => {
    expect(requiredLiterals('colou?r', '')).toEqual({ any: ['color', 'colour'] });
    expect(requiredLiterals('(?:right (?:of|to) access)|(?:\\bsars?\\b)', 'i')).toEqual({
      any: ['sar', 'right of access', 'right to access'],
    });
  });

  it('requires every part of a sequence that it cannot spell out whole', () => {
    expect(requiredLiterals('withdraw[^.]{0,40}\\b(?:consent|permission)', 'i')).toEqual({
      all: ['withdraw', { any: ['consent', 'permission'] }],
    });
    expect(requiredLiterals('withdraw\\s+consent', 'i')).toEqual({ all: ['withdraw ', ' consent'] });
  });

  it('knows x+ starts and ends with a match of x, so short words joined by \\s+ still count', () => {
    expect(requiredLiterals('\\bgo\\s+to\\b', 'i')).toEqual({ all: ['go ', ' to'] });
    expect(requiredLiterals('(?:ab)+c', '')).toBe('abc');
  });

  it('reads \\s as a space, so "data\\sprotection" is one literal', () => {
    expect(requiredLiterals('data\\sprotection', '')).toBe('data protection');
  });

  it('keeps literals of one or two symbols or digits, which no case or space folding can stand in for', () => {
    expect(requiredLiterals("(?<![\\w.+'-])[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+", 'i')).toEqual({ all: ['@', '.'] });
    expect(requiredLiterals('\\[(?:comment|[a-z]{1,3}\\d)\\]|error!', 'i')).toEqual({ any: [{ all: ['[', ']'] }, 'error!'] });
    expect(requiredLiterals('11\\s*to\\s*16', '')).toEqual({ all: ['11', '16'] });
    // Beyond ASCII, a symbol without case ("«", "£") counts; a letter with one ("é") could be lowered away.
    expect(requiredLiterals('«[^»\\n]{1,40}»', '')).toEqual({ all: ['«', '»'] });
    expect(requiredLiterals('£\\d+', 'i')).toBe('£');
    expect(requiredLiterals('é\\d', 'i')).toBeNull();
  });

  it('spells out the least number of repeats of a short literal', () => {
    expect(requiredLiterals('(?<![a-z0-9])x{3,}(?![a-z0-9])', 'i')).toBe('xxx');
    expect(requiredLiterals('a(?:bc){2}d', '')).toBe('abcbcd');
  });

  it('keeps only the shortest of literals that contain one another', () => {
    expect(requiredLiterals('(?:the |your )?(?:personal )?(?:data)', 'i')).toBe('data');
  });

  it('gives null when some match needs no literal of three characters', () => {
    for (const source of ['a|bcd', '\\d{4}', '[^.]+', 'x*', '(?:ab)+', '(a)\\1', '\\p{Lu}', 'of|in']) {
      expect(requiredLiterals(source, 'u'), source).toBeNull();
    }
    // Unicode case folding matches "ſ" for "s": beyond what the index folds.
    expect(requiredLiterals('sars', 'iu')).toBeNull();
    expect(requiredLiterals('(', '')).toBeNull();
  });

  it('ignores what lookarounds and anchors say: they consume nothing', () => {
    expect(requiredLiterals('^(?<=from )school(?! trip)$', 'm')).toBe('school');
  });

  it('never rules out a real match: every checklist phrase match in the corpus holds what the pattern requires', () => {
    const patterns = checklistPatterns();
    expect(patterns.length).toBeGreaterThan(100);
    let checked = 0;
    let narrowed = 0;
    for (const re of patterns) {
      const query = requiredLiterals(re.source, re.flags);
      if (query === null) continue;
      narrowed++;
      for (const m of corpusText.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
        expect(satisfied(query, fold(m[0])), `${re.source} matched "${m[0]}"`).toBe(true);
        checked++;
      }
    }
    expect(narrowed).toBeGreaterThan(patterns.length * 0.8);
    expect(checked).toBeGreaterThan(1_000);
    // Every checklist pattern over the sampled corpus notices: minutes on a loaded machine, and nothing of the audit's
    // speed (the benchmarks measure that).
  }, 120_000);
});
