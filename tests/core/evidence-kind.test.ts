// Quotes and descriptions: evidence found verbatim in the documents is a quote; text a check composed is marked.
import { describe, expect, it } from 'vitest';
import { isQuote, markDescriptions, quotableText } from '../../src/core/evidence-kind';
import { readNotice } from '../../src/core/notice/read-notice';
import { runAudit } from '../../src/core/run-audit';
import { hasNormalisedBlocks } from '../../src/core/notice/build-document';

const HTML = `<!doctype html><html><head><title>Privacy notice</title></head><body><main><h1>Privacy notice for pupils</h1>
<p>Greenfield Primary School is the data controller for the information we hold about pupils.</p>
<p>We use pupil data for the following purposes:</p><ul><li>to support pupil learning</li><li>to keep children safe</li></ul>
</main><footer>Greenfield Primary School, Tel: 01234 567890, Mill Lane, AB1 2CD</footer></body></html>`;

describe('evidence kinds', () => {
  const doc = readNotice({ format: 'html', url: 'https://greenfield.example.sch.uk/privacy', html: HTML });
  const quotable = quotableText([doc]);
  it('finds quotes, shortened quotes and a lead-in quoted with its items', () => {
    expect(isQuote('Greenfield Primary School is the data controller', quotable)).toBe(true);
    expect(isQuote('...ontroller for the information we hold...', quotable)).toBe(true);
    expect(isQuote('We use pupil data for the following purposes: to support pupil learning; to keep children safe', quotable)).toBe(true);
  });
  it('marks composed text as a description', () => {
    expect(isQuote('phone 01234 567890, postcode AB1 2CD', quotable)).toBe(false);
    const marked = markDescriptions(
      [
        { text: 'to keep children safe', where: 'list' },
        { text: 'PHPSESSID (greenfield.example.sch.uk; strictly-necessary)', where: 'observed cookies' },
      ],
      quotable,
    );
    expect(marked.map((e) => e.kind ?? 'quote')).toEqual(['quote', 'description']);
  });
  it('is applied to every item of a report', () => {
    const report = runAudit({ notice: { format: 'html', url: 'https://greenfield.example.sch.uk/privacy', html: HTML } } as never, {
      asOf: '2026-11-01',
    });
    const all = report.items.flatMap((i) => i.evidence);
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(e.kind === 'description').toBe(!isQuote(e.text, quotable));
  });
  it('normalises block text a reader left with runs of spaces or line breaks, and never joins two blocks', () => {
    const base = readNotice({ format: 'text', url: null, text: 'First line.\n\nSecond line.' });
    const loose = {
      ...base,
      blocks: [
        { ...base.blocks[0]!, text: 'We keep  records\nfor six years ' },
        { ...base.blocks[1]!, text: 'then delete them.' },
      ],
    };
    const q = quotableText([loose]);
    expect(isQuote('we keep records for six years', q)).toBe(true);
    expect(isQuote('for six years then delete them', q)).toBe(false);
    expect(isQuote('then delete them.', q)).toBe(true);
    // Only a document the readers built is taken as normalised without reading it.
    expect(hasNormalisedBlocks(base)).toBe(true);
    expect(hasNormalisedBlocks(loose)).toBe(false);
  });
  it('finds quotes anywhere in a long notice, read through its index, and still never across two blocks', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} says the school keeps record ${i} safe.`);
    paragraphs[250] = 'Records of trips are destroyed after seven years.';
    const long = readNotice({ format: 'text', url: null, text: paragraphs.join('\n\n') });
    expect(long.blocks.map((b) => b.text.length).reduce((a, b) => a + b)).toBeGreaterThan(10_000);
    const q = quotableText([long]);
    expect(isQuote('records of trips are destroyed after seven years', q)).toBe(true);
    expect(isQuote('...keeps record 299 safe.', q)).toBe(true);
    expect(isQuote('record 249 safe. Records of trips', q)).toBe(false);
    expect(isQuote('Records of trips are destroyed after eight years', q)).toBe(false);
  });
  it('finds a long quote in the one block that holds it whole, when many blocks share its middle', () => {
    const shared = 'we hold these files securely and for no longer than the law requires';
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Section ${i} notes that ${shared}, and reviews them yearly.`);
    paragraphs[180] = `The admissions office confirms that ${shared}, and then shreds every copy.`;
    const q = quotableText([readNotice({ format: 'text', url: null, text: paragraphs.join('\n\n') })]);
    expect(isQuote(`The admissions office confirms that ${shared}, and then shreds every copy.`, q)).toBe(true);
    expect(isQuote(`The finance office confirms that ${shared}, and then shreds every copy.`, q)).toBe(false);
    expect(isQuote(`Section 299 notes that ${shared}, and then shreds every copy.`, q)).toBe(false);
  });
});
