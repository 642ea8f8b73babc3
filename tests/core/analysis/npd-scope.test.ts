// Tests for where the National Pupil Database boilerplate ends: its text is about government, the rest is the school's.
import { describe, expect, it } from 'vitest';
import { findNpdBlocks } from '../../../src/core/analysis/notice-text';
import { readHtml } from '../../../src/core/notice/read-html';

const npdBlockTexts = (body: string) => {
  const doc = readHtml(`<!DOCTYPE html><html lang="en-GB"><body><main>${body}</main></body></html>`);
  const inside = findNpdBlocks(doc);
  return doc.blocks.filter((b) => inside.has(b.index)).map((b) => b.text);
};

describe('findNpdBlocks', () => {
  it('ends the boilerplate at a table of the school’s own records, even with no heading between', () => {
    const texts = npdBlockTexts(`<h2>The National Pupil Database</h2>
      <p>The Department keeps pupil-level census data and may share extracts with researchers.</p>
      <table><tr><th>Record</th><th>Kept for</th></tr><tr><td>Medical forms</td><td>Until the pupil turns 25</td></tr></table>`);
    expect(texts).toEqual([
      'The National Pupil Database',
      'The Department keeps pupil-level census data and may share extracts with researchers.',
    ]);
  });

  it('keeps a table about the Department’s own sharing inside the boilerplate', () => {
    const texts = npdBlockTexts(`<h2>The National Pupil Database</h2>
      <p>The Department keeps pupil-level census data.</p>
      <table><tr><th>Who the Department shares with</th><th>Why</th></tr><tr><td>Researchers</td><td>Statistics</td></tr></table>`);
    expect(texts).toHaveLength(4);
  });
});
