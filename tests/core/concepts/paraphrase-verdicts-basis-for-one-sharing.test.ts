// An Article 6 basis counts where the notice gives it for the school's own use of the data (checklist.md 2.5,
// "presented as the basis"). One given only for passing data to a body ("when the census goes to the DfE, that is a
// legal obligation") is the basis of that sharing alone: partial.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Ashbury Lane Junior School',
  ages: '7 to 11',
  title: 'How we use pupil information',
  closing: 'End of this notice.',
  url: 'https://ashburylane.sch.example/privacy',
  asOf: '2026-12-04',
});

describe('lawful-basis-art6: a basis given only for one sharing', () => {
  it.each([
    'Each term we submit attendance returns to the Department for Education; our lawful basis for that is legal obligation, Article 6(1)(c).',
    'Where we disclose records to Wexcombe County Council, we rely on public task (Article 6(1)(e)).',
    'We pass data about every pupil to the local authority because the law requires it of us.',
    // "keeping pupils safe" is the recipient's purpose, not the school keeping the data
    'We send details to Ormesby Borough Council because the council has statutory duties for school transport and keeping pupils safe.',
  ])('is partial: %s', (passage) => {
    expect(status('lawful-basis-art6', passage)).toBe('partial');
  });

  it.each([
    'We collect and use pupil information under Article 6(1)(e), public task. We submit attendance returns to the Department for Education.',
    'We hold this information, and pass it to the local authority, because it is our public task.',
  ])('passes with the basis given for the school’s own use: %s', (passage) => {
    expect(status('lawful-basis-art6', passage)).toBe('pass');
  });
});

describe("lawful-basis-art6: the basis in a head teacher's plain words", () => {
  it.each([
    'We hold these details because teaching and caring for your child is part of our job as a school, and the law sets that job.',
    'We keep attendance records because the law says so.',
  ])('passes: %s', (passage) => {
    expect(status('lawful-basis-art6', passage)).toBe('pass');
  });
});

describe('lawful-basis-art6: the basis answered under a heading that asks for it', () => {
  it('passes the use of the data given to a contract and the law under "Our legal reasons"', () => {
    expect(
      status(
        'lawful-basis-art6',
        'Our legal reasons\nWe keep and use your child’s details to fulfil our contract with you and to comply with our legal obligations under the Childcare Act 2006.',
      ),
    ).toBe('pass');
  });

  it('does not pass the law’s demand for a reason, with a word of degree, and the uses listed after it', () => {
    expect(
      status(
        'lawful-basis-art6',
        'Why do we need it?\n\nThe law says a school must have a proper legal reason for everything it does with your information, and everything here has one. Put simply, we use what we know about you:\n\n- to teach you and help you do well\n- to look after your health and safety and keep you safe from harm\n- to give the government the details the law says it must have',
      ),
    ).toBe('partial');
  });
});

describe('lawful-basis-art6: the basis as one item of a list of reasons', () => {
  it('passes an item giving the use of the data to the law', () => {
    expect(
      status(
        'lawful-basis-art6',
        'What lets us use it?\nWe rely on one of these reasons:\n- The law tells us to. Schools must keep attendance registers, so we record and use this information because we are obliged to comply with the law.\n- You have agreed. For a few extras we ask your permission first.',
      ),
    ).toBe('pass');
  });
});
