// Whole-check verdicts in other words: a notice that denies transfers abroad in one place and places data abroad in
// another does not say whether data leaves the UK (checklist.md 2.12), while a denial of any further transfer after an
// admission, or a transfer only supposed, does not contradict itself. Each passage is read alone.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Ferncliffe Church of England Academy',
  ages: '4 to 11',
  title: 'How Ferncliffe uses pupil information',
  closing: 'This is the end of the notice.',
  url: 'https://ferncliffe.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('international-transfers: denied in one place, admitted in another', () => {
  it('reads a plain denial beside data kept in America as partial', () => {
    expect(
      status(
        'international-transfers',
        'Pupil information is never moved outside the UK.\n\nOur homework app keeps its servers in the United States, covered by standard contractual clauses.',
      ),
    ).toBe('partial');
  });
  it('passes a denial whose section the contents list names, the entry placing nothing abroad', () => {
    expect(
      status(
        'international-transfers',
        'Contents\n1. Who we are\n2. Transfers outside the United Kingdom\n3. Your rights\n\n1. WHO WE ARE\n\nWe run the school.\n\n' +
          '2. TRANSFERS OUTSIDE THE UNITED KINGDOM\n\nAll our systems store personal data in the UK. We do not transfer pupil information outside the UK.\n\n' +
          '3. YOUR RIGHTS\n\nYou can ask for a copy of your information.',
      ),
    ).toBe('pass');
  });
  it('still passes a plain denial on its own', () => {
    expect(status('international-transfers', 'We never send pupil records abroad.')).toBe('pass');
  });
  it('passes a denial of any other transfer after an admission with its safeguard', () => {
    expect(
      status(
        'international-transfers',
        'Our video lesson service may process recordings in the United States; the transfer is covered by the UK adequacy regulations.\n\nApart from that, we do not transfer pupil data abroad.',
      ),
    ).toBe('pass');
  });
  it('passes a denial followed by a transfer only supposed, with its safeguard', () => {
    expect(
      status(
        'international-transfers',
        'We do not store pupil data outside the UK.\n\nIf a supplier ever needed to move data outside the UK, we would require standard contractual clauses first.',
      ),
    ).toBe('pass');
  });
});

describe('international-transfers: a processor’s contract is no transfer safeguard', () => {
  it('reads suppliers abroad beside contracts about acting on the school’s behalf as partial', () => {
    expect(
      status(
        'international-transfers',
        'Who we share with\nSome of the systems we use are run by companies based outside the UK, and some records may be held in the cloud. Our suppliers handle data on our behalf under written contracts and may not use it for their own purposes.',
      ),
    ).toBe('partial');
  });
  it('still passes a contract said to protect the data sent abroad', () => {
    expect(
      status(
        'international-transfers',
        'Who we share with\nSome of the systems we use keep records on servers outside the UK. Our suppliers handle that data on our behalf, and before any of it is transferred abroad we put a written contract in place that protects it to UK standards.',
      ),
    ).toBe('pass');
  });
});
