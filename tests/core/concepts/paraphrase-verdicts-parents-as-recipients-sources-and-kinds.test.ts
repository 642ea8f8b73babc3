// What a notice holds about parents themselves (checklist.md 2.32): not a list of the systems pupil data goes to
// ("ParentMail for messages to parents"), nor parents as where the pupil's data is obtained; but the kinds said before
// whose they are ("the names, addresses and phone numbers of parents") with their use is a statement of its own.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Copperfield Primary School',
  ages: '4 to 11',
  title: 'How we use pupil information',
  closing: 'End of this notice.',
  url: 'https://copperfield.sch.example/privacy',
  asOf: '2026-12-03',
});

const categories = 'The pupil information we hold includes:\n- names and addresses\n- contact details for parents and carers\n- attendance';

describe('parents-carers-data', () => {
  it('the systems pupil data is shared with, one of them for messages to parents, are no statement: partial', () => {
    expect(
      status(
        'parents-carers-data',
        `${categories}\nWe share pupil information with the companies that run our systems, including Arbor for records and ParentMail so that we can send messages to parents.`,
      ),
    ).toBe('partial');
  });
  it('a named service the school sends class news to parents through says how they are reached, not what is held: partial', () => {
    expect(
      status(
        'parents-carers-data',
        "What we collect\n\n- names and addresses\n- Parents' names, addresses and contact numbers\n- attendance\nWho we share it with\n\nWe share information with:\n- the council\n- ClassDojo, which we use to send class news and photographs to parents",
      ),
    ).toBe('partial');
  });
  it('data "obtained from pupils and parents" is where the pupil’s data comes from: partial', () => {
    expect(
      status(
        'parents-carers-data',
        `${categories}\nPersonal data is obtained from pupils and parents, so that we can run the school, and from the previous school.`,
      ),
    ).toBe('partial');
  });
  it('the kinds said before whose they are, with their use, pass', () => {
    expect(
      status(
        'parents-carers-data',
        'We keep the names, addresses, phone numbers and email addresses of parents and carers. We use these to get hold of you quickly and to send you reports.',
      ),
    ).toBe('pass');
  });
  it('a parent giving consent on the data subject’s behalf says nothing of what is held about parents', () => {
    const text =
      "We hold:\n- pupils' names, dates of birth and their parents' contact details\n\nOur lawful bases are:\n- Article 6(1)(a): the data subject, or a parent on the data subject's behalf, has agreed, for example to the use of photographs on our website.";
    expect(status('parents-carers-data', text)).toBe('partial');
  });
  it('the same said with "processes", in a formal register, pass', () => {
    expect(
      status(
        'parents-carers-data',
        'The academy processes the names, home addresses and telephone numbers of parents and carers. These are used to contact the family about attendance.',
      ),
    ).toBe('pass');
    expect(
      status('parents-carers-data', "We process parents' contact details and bank details so that we can take payment for school trips."),
    ).toBe('pass');
  });
});
