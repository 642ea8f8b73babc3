// Verdicts on short passages for legitimate interests (checklist.md 2.7): the interest is described when the notice names
// the activity the basis is used for ("when we film the school play"), not when it names only the basis, its condition
// or an example that belongs to another basis named beside it.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Thornbury Vale Academy',
  ages: '11 to 18',
  title: 'Privacy notice for pupils and families',
  closing: 'This notice is reviewed every year.',
  url: 'https://thornbury.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('legitimate interests: the activity relied on for', () => {
  it('passes a basis followed by what the school does under it', () => {
    expect(
      status('legitimate-interests-stated', 'We rely on legitimate interests when we film the school play and sell copies to families.'),
    ).toBe('pass');
    expect(
      status('legitimate-interests-stated', 'Legitimate interests apply where we send former pupils invitations to reunion events.'),
    ).toBe('pass');
  });
  it('fails a condition that names no activity', () => {
    expect(status('legitimate-interests-stated', 'We may use legitimate interests when we need to.')).toBe('fail');
    expect(status('legitimate-interests-stated', 'We may use legitimate interests where we consider it appropriate.')).toBe('fail');
    expect(
      status(
        'legitimate-interests-stated',
        'Our bases are public task and legal obligation, and legitimate interests where we are not acting as a public authority.',
      ),
    ).toBe('fail');
  });
});

describe('legitimate interests: what does not describe the interest', () => {
  it('fails the basis given as its own reason, with an example that names no activity', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'We may process data where it is in our legitimate interests to do so, for example where this is necessary.',
      ),
    ).toBe('fail');
  });
  it('fails an example of a legal duty after a list of bases, and passes an example of an activity', () => {
    const bases = 'The lawful bases we use are public task, legal obligation, vital interests, consent and legitimate interests.';
    expect(
      status('legitimate-interests-stated', `${bases} For example, we need to process attendance data to meet our legal duties.`),
    ).toBe('fail');
    expect(
      status('legitimate-interests-stated', `${bases} For example, we sell photographs of sports day to raise money for the PTA.`),
    ).toBe('pass');
  });
});

describe('legitimate interests: a labelled use narrowed or timed first', () => {
  it('passes the use after a label when it is narrowed ("only to ...") or timed ("once ..., we ...")', () => {
    expect(
      status('legitimate-interests-stated', 'Legitimate interests (Art 6(1)(f)) - only to tell past families about our summer fete.'),
    ).toBe('pass');
    expect(
      status('legitimate-interests-stated', 'Legitimate interests: once pupils have left, we may invite them to reunion events.'),
    ).toBe('pass');
  });
  it('still fails a label followed by how much rests on the basis or a condition with no use', () => {
    expect(status('legitimate-interests-stated', 'Legitimate interests - only for some of our processing.')).toBe('fail');
    expect(status('legitimate-interests-stated', 'Legitimate interests - only where no other basis applies.')).toBe('fail');
  });
});

describe('legitimate interests: the law saying the basis is not open to the school', () => {
  it('reads "may not be used by public authorities" as no reliance', () => {
    expect(
      status('legitimate-interests-stated', 'Under the law, legitimate interests may not be used by public authorities for their tasks.'),
    ).toBe('not-applicable');
  });
});

describe('legitimate interests: owned by more than one, or only explained', () => {
  it('passes the interest owned by the school and another, named between commas', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'We rely on legitimate interests for a small number of things outside our public task. Our interest, and the Friends association’s, is in raising money for new sports kit.',
      ),
    ).toBe('pass');
  });
  it('passes a pupil-voice basis "called" legitimate interests, with its example', () => {
    expect(
      status(
        'legitimate-interests-stated',
        "Sometimes we use a reason called 'legitimate interests'. For example, we show match photos in the hall to celebrate our teams.",
      ),
    ).toBe('pass');
  });
  it('does not apply when the basis is only explained as a term of the new law, and disowned', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'The 2025 Act brought in a new lawful basis called "recognised legitimate interests". As a public authority we do not rely on it, or on ordinary legitimate interests, for anything.',
      ),
    ).toBe('not-applicable');
  });
});

describe('legitimate interests: the basis said to be used for something named', () => {
  it('passes "we use this to / for ..." after a label, and after a run-in title', () => {
    for (const text of [
      'Legitimate interests: we use it only to send leavers an invitation to the ten-year reunion.',
      'Legitimate interests - we rely on this for the old pupils’ newsletter.',
      'Our lawful bases are:\n- Public task. Teaching and caring for pupils.\n- Legitimate interests. We use this basis for one purpose: asking former pupils to mentor current ones.',
    ])
      expect(status('legitimate-interests-stated', text), text).toBe('pass');
  });
  it('fails a run-in title or label followed by how much, or how often, not what for', () => {
    for (const text of [
      'Legitimate interests: we use this for some processing that is outside our public task.',
      'Our lawful bases are:\n- Public task. Teaching and caring for pupils.\n- Legitimate interests. We use this basis rarely.',
    ])
      expect(status('legitimate-interests-stated', text), text).toBe('fail');
  });
});

describe('legitimate interests: a negation that belongs to someone else’s choice', () => {
  it('reads "for those who do not opt out, we rely on ..." as relying on the basis', () => {
    for (const text of [
      'For leavers who do not ask us to stop, we rely on legitimate interests to send the alumni newsletter.',
      'Where parents don’t object, we rely on legitimate interests to share class photos with the PTA for the yearbook.',
    ])
      expect(status('legitimate-interests-stated', text), text).toBe('pass');
    expect(status('legitimate-interests-stated', 'We do not rely on legitimate interests for anything.')).toBe('not-applicable');
  });
});
