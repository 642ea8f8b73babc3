// A lift reads its own rules first and its further rules and vetoes only once those hold: the verdict is the same
// whichever order the searches run in, and a lift that cannot happen costs one search.
import { describe, expect, it, vi } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { liftByConcepts } from '../../../src/core/concepts/lift-verdict';
import { ConceptLiftSchema } from '../../../src/core/schema/checklist';
import type { Evidence } from '../../../src/core/report';

const WITHDRAWN = 'If you agreed to let us use a photo, you can withdraw that agreement at any point.';
const ABROAD_SAFE = 'Copies of pupil files are stored outside the UK with proper safeguards in place.';
const KEPT_HERE = 'Our records are stored in the UK.';
const VETO = 'You are entitled to object to this.';

const LIFT = ConceptLiftSchema.parse({
  to: 'pass',
  from: ['fail'],
  rules: [{ all: ['consentWord', 'withdraw'] }],
  alsoNeeds: [{ all: ['abroad', 'safeguard'] }, { all: ['inUk', 'storeSend'] }],
  unlessAnywhere: [{ all: ['rightOnly'] }],
  message: 'Said in other words.',
});

function indexOf(...sentences: string[]): ConceptIndex {
  const doc = readText(`Privacy notice\n\n${sentences.join(' ')}\n`);
  return new ConceptIndex(doc, analyseNotice(doc));
}

const failed = () => ({ status: 'fail' as const, message: 'Nothing found.', evidence: [] as Evidence[] });

describe('the order a lift searches in', () => {
  it('lifts when its rules and every further rule hold, quoting each', () => {
    const lifted = liftByConcepts(failed(), [LIFT], indexOf(WITHDRAWN, ABROAD_SAFE, KEPT_HERE));
    expect(lifted.status).toBe('pass');
    expect(lifted.evidence.map((e) => e.text)).toEqual([WITHDRAWN, ABROAD_SAFE, KEPT_HERE]);
  });

  it('searches nothing further when its own rules find nothing', () => {
    const index = indexOf(ABROAD_SAFE, KEPT_HERE);
    const searches = vi.spyOn(index, 'evidence');
    expect(liftByConcepts(failed(), [LIFT], index).status).toBe('fail');
    expect(searches).toHaveBeenCalledTimes(1);
  });

  it('stops at the first further rule the notice does not satisfy', () => {
    const index = indexOf(WITHDRAWN, KEPT_HERE);
    const searches = vi.spyOn(index, 'evidence');
    expect(liftByConcepts(failed(), [LIFT], index).status).toBe('fail');
    expect(searches).toHaveBeenCalledTimes(2);
  });

  it('reads the veto last, and it still refuses the lift', () => {
    const index = indexOf(WITHDRAWN, ABROAD_SAFE, KEPT_HERE, VETO);
    const searches = vi.spyOn(index, 'evidence');
    expect(liftByConcepts(failed(), [LIFT], index).status).toBe('fail');
    expect(searches).toHaveBeenCalledTimes(4);
  });
});
