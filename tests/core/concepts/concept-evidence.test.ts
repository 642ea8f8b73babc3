// ConceptIndex.evidence gathers units from several rules: a later rule whose first unit an earlier rule already quoted
// must still give its next one, or a lift needing two units fails on a notice that has them.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';

function indexOf(text: string): ConceptIndex {
  const doc = readText(`Privacy notice\n\n${text}\n`);
  return new ConceptIndex(doc, analyseNotice(doc));
}

describe('evidence from several rules', () => {
  it("takes a later rule's second unit when its first is already quoted", () => {
    const index = indexOf(
      'Health information about pupils is kept in the office.\n\nOther information about pupils is kept on the school system.',
    );
    const evidence = index.evidence([{ all: ['catHealth'] }, { all: ['info'] }], 2);
    expect(evidence.map((e) => e.text)).toEqual([
      'Health information about pupils is kept in the office.',
      'Other information about pupils is kept on the school system.',
    ]);
  });

  it('stops at the number asked for', () => {
    const index = indexOf('Information one is kept.\n\nInformation two is kept.\n\nInformation three is kept.');
    expect(index.evidence([{ all: ['info'] }], 2)).toHaveLength(2);
    expect(index.evidence([{ all: ['info'] }, { all: ['info'] }], 1)).toHaveLength(1);
  });

  it('a purpose list whose last item names another body still gives the purposes, from two items', async () => {
    const { runAudit } = await import('../../../src/core/run-audit');
    const notice = [
      'Privacy notice for pupils and parents',
      'Riverbank Primary School is the data controller for the information in this notice.',
      'Why we keep it',
      '- to support pupils with additional learning needs',
      "- to look after pupils' health, safety and wellbeing",
      '- to give the council the figures it asks for',
    ].join('\n\n');
    const report = runAudit({ notice: { format: 'text', text: notice } }, { asOf: '2026-12-01' });
    expect(report.items.find((i) => i.id === 'purposes')?.status).toBe('pass');
  });
});
