import { describe, expect, it } from 'vitest';
import { blocksMatching, blocksMatchingInOrder, loweredTextsMatching, lowerBlockTexts } from '../../../src/core/scan/block-scan';
import { checklistPatterns } from './checklist-patterns';
import { corpusSample } from './corpus-sample';
import { readHtml } from '../../../src/core/notice/read-html';
import { readText } from '../../../src/core/notice/read-text';
import type { NoticeDocument } from '../../../src/core/notice/types';

const files = corpusSample(400);
const docs: [string, NoticeDocument][] = files.map(({ name, text }) => [name, name.endsWith('.html') ? readHtml(text) : readText(text)]);
// One long notice (every text fixture in turn), so scans go through the chunk index rather than over the whole text.
docs.push([
  'all text fixtures',
  readText(
    files
      .filter((f) => f.name.endsWith('.txt'))
      .map((f) => f.text)
      .join('\n\n'),
  ),
]);

// Shapes the checklist uses that a literal prefilter could get wrong: gaps, lookbehinds, case-sensitive words, \s runs.
const TRICKY = [
  /\bfrom(?<=(?:receive|obtain|collect)\b[^.]{0,80}from) (?:the |your )?(?:local authority|previous school)/i,
  /\bSEND\b|\bDfE\b/,
  /\bdata\s+protection\s+officer\b/i,
  /(?:concerns?|complaints?)[^.]{0,40}\bwith us\b/i,
  /\b(?:ICO|Information Commissioner'?s? Office)\b/,
  /\b20(?:1[89]|2\d)\b/,
];

describe('block scans', () => {
  it('list every block a pattern matches, with or without the chunk index', () => {
    const patterns = [...checklistPatterns(), ...TRICKY];
    let hits = 0;
    for (const [name, doc] of docs) {
      for (const re of patterns) {
        const candidates = blocksMatching(doc, re);
        const lowered = loweredTextsMatching(lowerBlockTexts(doc), re);
        for (const block of doc.blocks) {
          if (!re.test(block.text)) continue;
          hits++;
          expect(candidates === null || candidates.has(block.index), `${name}: /${re.source}/ in block ${block.index}`).toBe(true);
          if (re.ignoreCase) expect(lowered === null || lowered.has(block.index), `${name}: lowered /${re.source}/`).toBe(true);
        }
      }
    }
    expect(hits).toBeGreaterThan(5_000);
    // Every checklist pattern over every block of the sampled corpus notices: minutes on a loaded machine, not a timing test.
  }, 120_000);

  it('narrow the long notice to the blocks that hold a match', () => {
    const [, doc] = docs[docs.length - 1]!;
    const candidates = blocksMatching(doc, /\bsecure file transfer\b/i)!;
    const exact = doc.blocks.filter((b) => /\bsecure file transfer\b/i.test(b.text)).map((b) => b.index);
    expect(exact.length).toBeGreaterThan(0);
    expect([...candidates]).toEqual(exact);
  });

  it('hand out the same blocks in order when read lazily, whether the reader stops early or reads on', () => {
    const [, doc] = docs[docs.length - 1]!;
    // A pattern of its own, so no earlier scan has cached its blocks: the lazy reading does the scanning.
    const re = /\bthe school (?:holds|keeps)\b/i;
    const exact = doc.blocks.filter((b) => re.test(b.text)).map((b) => b.index);
    expect(exact.length).toBeGreaterThan(3);
    const firstTwo: number[] = [];
    for (const block of blocksMatchingInOrder(doc, re)!) {
      firstTwo.push(block);
      if (firstTwo.length === 2) break;
    }
    expect(firstTwo).toEqual(exact.slice(0, 2));
    // Stopping early leaves nothing half-made behind: a full reading after it still finds every block.
    expect([...blocksMatchingInOrder(doc, re)!]).toEqual(exact);
    expect([...blocksMatching(doc, re)!]).toEqual(exact);
    // A pattern a scan cannot serve (anchored at the start) leaves every block to be tested.
    expect(blocksMatchingInOrder(doc, /^the school holds\b/i)).toBeNull();
  });
});
