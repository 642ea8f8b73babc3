// Whether giving data is compulsory, read inside a whole notice (checklist.md 2.10): both sides said only as shares
// ("some is mandatory and some is optional") do not say which is which, however often the notice elsewhere speaks of
// choices, consent and what the law requires; the items named, or the promise to say so when asking, do.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';
import { runAudit } from '../../../src/core/run-audit';

const host = (section: string) =>
  [
    'Linthorpe Vale Primary School: how we use pupil and family information',
    'Linthorpe Vale Primary School, Mill Lane, Linthorpe, LV3 8QD, is the data controller. Contact the office on 01632 960 215.',
    'What we collect',
    'We collect your child’s name, address, date of birth, ethnicity, religion, medical needs, attendance and assessment results.',
    'Why we use it',
    'We use it to support learning, to keep children safe, and to meet the legal duties placed on us by the Department for Education.',
    'Our lawful bases',
    'We rely on legal obligation and public task. For photographs on our website we ask for your consent, and you may change your choice at any time.',
    section,
    'Who we share it with',
    'We share information with the local authority, the Department for Education and the school your child moves on to.',
    'Your rights',
    'You can ask for a copy of your information, ask us to correct it, and complain to the Information Commissioner’s Office.',
  ].join('\n');

const statusOf = (section: string) => noticeStatus('statutory-or-voluntary', host(section), 'https://linthorpevale.sch.example/privacy');

describe('statutory-or-voluntary in a whole notice: shares alone say neither side', () => {
  it('"some is mandatory and some is optional" under its own heading is partial', () => {
    expect(statusOf('Must you give us this information?\nSome of what we ask for is mandatory and some of it is optional.')).toBe(
      'partial',
    );
  });
  it('"part of it is compulsory, part voluntary" with no promise is partial', () => {
    expect(statusOf('Giving information\nPart of it is compulsory, and part of it you give us voluntarily.')).toBe('partial');
  });
  it('the same shares with the forms marking the optional questions pass', () => {
    expect(
      statusOf(
        'Must you give us this information?\nSome of what we ask for is mandatory and some is optional; the forms mark the optional questions.',
      ),
    ).toBe('pass');
  });
  it('the same shares with the kinds named on each side pass', () => {
    expect(
      statusOf(
        'Must you give us this information?\nSome of it, like your child’s date of birth, is mandatory; some, like religion, is optional.',
      ),
    ).toBe('pass');
  });
});

describe('statutory-or-voluntary in a whole notice: an answer in a list of questions', () => {
  it('passes a definition whose two sentences give the optional side and the rest as required', () => {
    const html = `<main><h1>Linthorpe Vale Primary School: how we use pupil information</h1>
      <p>Linthorpe Vale Primary School is the data controller. Contact the office on 01632 960 215.</p>
      <h2>Must you tell us?</h2><p>That depends on what it is.</p>
      <dl><dt>Photographs and clubs</dt><dd><strong>Up to you.</strong> We ask about each one separately.</dd>
      <dt>Anything else?</dt><dd>Each form we hand out flags the optional questions with a star. If a question isn’t starred, we need the answer.</dd></dl>
      <h2>Who we share it with</h2><p>We share information with the local authority and the Department for Education.</p></main>`;
    const report = runAudit({ notice: { format: 'html', html, url: 'https://linthorpevale.sch.example/privacy' } }, { asOf: '2026-12-02' });
    expect(report.items.find((i) => i.id === 'statutory-or-voluntary')?.status).toBe('pass');
  });
});

describe('statutory-or-voluntary in a whole notice: amounts in a section on the lawful bases', () => {
  it('does not pass amounts of the school’s work under a heading asking what gives it the right', () => {
    const text = [
      'Cwm Derw Primary School: how we use pupil information',
      'Cwm Derw Primary School is the data controller. Contact the office on 01632 960 330.',
      'What do we collect?',
      'Names, addresses, attendance, assessment results, medical needs and photographs. Much of it is required by the Welsh Government, so we have to collect it by law.',
      'What gives you the right to use it?',
      'Most of our work with pupil information is a public task (UK GDPR Article 6(1)(e)), because educating children is a duty given to schools by law. Some of it is a legal obligation. We ask for consent for photographs and for a few optional activities.',
      'Who do we share it with?',
      'We share information with the local authority and the Welsh Government.',
    ].join('\n');
    expect(noticeStatus('statutory-or-voluntary', text, 'https://cwmderw.sch.example/privacy')).not.toBe('pass');
  });
});

describe('statutory-or-voluntary in a whole notice: data owed to the school by its kind', () => {
  it('reads "must be provided to the School by law" as the required side alone (partial)', () => {
    expect(statusOf('Collecting information\nCertain personal data must be provided to the School by law.')).toBe('partial');
  });
});

describe('statutory-or-voluntary in a whole notice: a bullet that answers its question heading', () => {
  it('reads a whole-sentence bullet under "Do you have to give it?" as running text (the required side alone, partial)', () => {
    expect(statusOf('DO YOU HAVE TO GIVE IT?\n• Most of this we must gather, because the law says so.')).toBe('partial');
  });
  it('does not read an item that finishes the heading as a sentence of its own', () => {
    expect(statusOf('WHAT DO WE HAVE TO COLLECT?\n• attendance, which we collect by law.')).toBe('fail');
    // nor a capitalised purpose clause ("To ...") that finishes it
    expect(statusOf('WHY DO WE COLLECT IT?\n• To meet what the law says we must gather.')).toBe('fail');
  });
});
