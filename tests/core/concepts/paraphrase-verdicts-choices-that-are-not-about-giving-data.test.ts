// Whether families must give information (Art 13(2)(e), checklist.md 2.10) is not the school's duty to ask for
// permission, the pupil's choice from 16 over what goes to the youth service, a reason asked of someone making a
// request, nor sparing a family the same details a second time ("no need to fill in a new form"); and "we need it by
// law" said of what is asked for is the compulsory side alone.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Castlegate Academy',
  ages: '11 to 18',
  title: 'Privacy notice for students and families',
  closing: 'End of this notice.',
  url: 'https://castlegate.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('statutory-or-voluntary: choices about other things', () => {
  it('the school’s duty to ask for written permission, and the right to say no, is no answer', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'For the lunch-queue fingerprint readers we must ask for a parent’s written permission first, and even then a student can say no and use a card instead.',
      ),
    ).not.toBe('pass');
  });
  it('the student’s choice at 16 over what the youth service receives is no answer', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Once you reach 16 the decision is yours: you can tell us to pass on only your name, address and date of birth.',
      ),
    ).not.toBe('pass');
  });
  it('not having to give the same details again is no answer', () => {
    expect(status('statutory-or-voluntary', 'When your child moves up to the junior school you do not need to fill in a new form.')).toBe(
      'fail',
    );
    expect(status('statutory-or-voluntary', 'There is no need to tell us again when your child changes class.')).toBe('fail');
  });
  it('what a computer chooses and shows is no choice over giving data', () => {
    const text =
      'Our spelling app works automatically. What the app does:\n- Chooses the next word, easier or harder depending on earlier answers\n- Shows the teacher which words a pupil finds hard\n- Uses only the information typed into the app';
    expect(status('statutory-or-voluntary', text)).toBe('fail');
  });
  it('a choice over giving, said of each year, is still the optional side', () => {
    expect(status('statutory-or-voluntary', 'Each year you can choose whether to tell us your child’s religion.')).toBe('partial');
  });
  it('not having to give a reason for a request is no answer', () => {
    expect(status('statutory-or-voluntary', 'Nobody has to give a reason for asking to see their records.')).not.toBe('pass');
  });
  it('what is asked for said to be needed by law is the compulsory side alone: partial', () => {
    expect(status('statutory-or-voluntary', 'Most of the details we ask for, we need by law.')).toBe('partial');
    expect(
      status('statutory-or-voluntary', 'Most of the information we ask for, we need in order to meet our legal duties as a school.'),
    ).toBe('partial');
    // a duty to send something on is not what families must give
    expect(status('statutory-or-voluntary', 'We need to send some of it to the council to meet our legal duties.')).toBe('fail');
  });
  it('what cannot be done without the details named, beside the rest said optional, passes', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'You need not tell us anything, but we are unable to take a booking without your child’s name and an emergency contact.',
      ),
    ).toBe('pass');
    expect(
      status(
        'statutory-or-voluntary',
        'We cannot register your child without a home address and a doctor’s name. Anything else on the form, such as a photo, is up to you.',
      ),
    ).toBe('pass');
    // either side alone stays partial
    expect(status('statutory-or-voluntary', 'We cannot register your child without a home address and a doctor’s name.')).toBe('partial');
    // a refusal to share without consent is no side of giving data
    expect(status('statutory-or-voluntary', 'We cannot share your child’s photograph without your consent.')).toBe('fail');
  });
  it('optional items named, with the form saying which, still pass', () => {
    expect(status('statutory-or-voluntary', 'A few items, such as photo consent, are optional, and the form says which ones.')).toBe(
      'pass',
    );
  });
});

describe('statutory-or-voluntary: a next step is not a choice', () => {
  it('"what you can do if you want to know more" beside the compulsory side stays partial', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'This notice tells you what information we hold and what you can do if you want to know more. Much of the information we ask for is required by law.',
      ),
    ).toBe('partial');
  });
  it('"you can leave it blank if you want" is still the optional side', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Much of the information we ask for is required by law. Where a question on the form is optional, it says so, and you can leave it blank if you want.',
      ),
    ).toBe('pass');
  });
  it('choosing which part of the page to read, beside its "legal detail", is no answer', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Choose the section meant for you: one for students, one for families, which also sets out the legal detail behind the students’ section.',
      ),
    ).toBe('fail');
    // "legally bound" still says the compulsory side
    expect(
      status(
        'statutory-or-voluntary',
        'We are legally bound to collect most of what the admission form asks; the questions marked optional you can leave blank.',
      ),
    ).toBe('pass');
  });
});

describe('statutory-or-voluntary: forms the school sends home', () => {
  it('a form "we send home" that marks the optional questions says which is which: sending it home passes nothing on', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Some details, such as a contact number for emergencies, we cannot do without. The forms we send home mark the optional questions, and you may leave those out.',
      ),
    ).toBe('pass');
  });
});

describe('statutory-or-voluntary: the school’s own duty to appoint', () => {
  it('a school "not required to appoint" a statutory officer says nothing of what families must give', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Data protection at the school: Castlegate Academy is not required to appoint a statutory Data Protection Officer, so the Bursar answers questions and requests about your information.',
      ),
    ).toBe('fail');
  });
});

describe('statutory-or-voluntary: the two halves in two sentences, below an opening paragraph', () => {
  it('reads "All other questions are voluntary" as finishing the sentence before it', () => {
    expect(
      status(
        'statutory-or-voluntary',
        [
          'FORMS',
          'Most of what we know comes from the admission form you fill in.',
          'Every question the law requires us to ask is shown in bold. All other questions are voluntary, and leaving them out changes nothing.',
        ].join('\n\n'),
      ),
    ).toBe('pass');
  });
  it('reads "The others ... can be left blank" as finishing the sentence before it', () => {
    expect(
      status(
        'statutory-or-voluntary',
        [
          'FORMS',
          'Most of what we know comes from the admission form you fill in.',
          'Questions marked with a star must be answered, because the law requires us to hold that information. The others, such as religion, can be left blank.',
        ].join('\n\n'),
      ),
    ).toBe('pass');
  });
});
