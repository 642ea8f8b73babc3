// A glossary says what words mean, not what the school does: "Automated decision-making means a decision made by a
// computer alone" states neither whether the school makes such decisions nor the right to object to them (checklist.md
// 2.19), whether read by the wording-based check or by concepts.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (glossaryHeading: string, closing: string) =>
  [
    'Privacy notice for pupils: Saltmarsh Academy',
    glossaryHeading,
    '- The Academy means Saltmarsh Academy, Dune Road, Saltmarsh SM4 1AA.',
    '- Automated decision-making means reaching a decision about someone by computer, with no person involved in the result.',
    '- Profiling means using personal data automatically to predict something about a person, such as how they will do.',
    'Who decides how your data is used',
    'Saltmarsh Academy is the data controller. Contact the office on 01632 960 412.',
    'Your rights',
    'You can ask for a copy of your information and complain to the Information Commissioner’s Office.',
    closing,
  ].join('\n');

describe('a glossary of terms', () => {
  it.each(['Glossary', 'Part 1: Definitions', 'Words we use in this notice', 'What these words mean'])(
    'under "%s" does not say whether decisions are made by computer',
    (heading) => {
      expect(noticeStatus('automated-decision-making', notice(heading, 'Questions go to the office.'))).toBe('fail');
    },
  );

  it('leaves a statement made elsewhere in the notice to answer', () => {
    const text = notice('Glossary', 'No decision about a pupil is ever left to a computer: a member of staff always makes it.');
    expect(noticeStatus('automated-decision-making', text)).toBe('pass');
  });

  it('is told apart from a section on the same subject under its own heading', () => {
    const text = notice('Automated decisions', 'Questions go to the office.');
    expect(noticeStatus('automated-decision-making', text)).not.toBe('fail');
  });
});

describe('a numbered definitions clause', () => {
  const clauses = (closing: string) =>
    [
      'PRIVACY NOTICE FOR PUPILS: FENWAY LEARNING TRUST',
      '1. INTERPRETATION',
      '1.1 In this notice "Processing" and "Personal Data" have the meanings given in the UK GDPR.',
      '1.2 "Automated decision-making" means a decision reached by computer with no person involved.',
      '2. OUR SYSTEMS',
      '2.1 Some of our systems, including email and file storage, are hosted in the cloud by outside suppliers.',
      closing,
    ].join('\n');

  it('is a glossary too, and a law named "in the UK GDPR" is no place data is kept', () => {
    const text = clauses('3. QUESTIONS\n3.1 Questions go to the Trust office on 01632 960 551.');
    expect(noticeStatus('automated-decision-making', text)).toBe('fail');
    expect(noticeStatus('international-transfers', text)).toBe('partial');
  });

  it('names a law, not a place, outside a glossary as well', () => {
    const text = [
      'How we use pupil information',
      'Our email is hosted in the cloud. Words such as "processing" are used as in the UK GDPR and handled with care.',
    ].join('\n');
    expect(noticeStatus('international-transfers', text)).toBe('partial');
  });

  it('leaves a statement of where data is kept to answer', () => {
    const text = clauses('2.2 Everything those suppliers hold for us is stored in the UK.');
    expect(noticeStatus('international-transfers', text)).toBe('pass');
  });
});

describe('a glossary entry for a lawful basis', () => {
  const withEntry = (entry: string, closing = 'Questions go to the office.') =>
    [
      'Privacy notice for families: Marshfield Schools Trust',
      'Words we use',
      `- Legitimate interests: ${entry}`,
      '- Public task: the basis for what the law asks schools to do.',
      'Why we use your information',
      'We use pupil information to teach, to keep children safe and to meet our legal duties.',
      closing,
    ].join('\n');

  it('says what the basis is, not that the trust relies on it', () => {
    const text = withEntry('one of the six lawful bases, which most of what a school does cannot rest on.');
    expect(noticeStatus('legitimate-interests-stated', text)).toBe('not-applicable');
  });

  it('leaves reliance stated elsewhere to be judged', () => {
    const text = withEntry(
      'one of the six lawful bases.',
      'We rely on legitimate interests to send news to former pupils, and on nothing else outside our public task.',
    );
    expect(noticeStatus('legitimate-interests-stated', text)).not.toBe('not-applicable');
  });
});
