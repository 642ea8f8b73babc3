// A law named after families is no parent ("the Children and Families Act 2014"), and the family's duty to give some
// answers, with the school's duties as its reason, says what is compulsory, not the school's Article 6 basis.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Haverleigh Primary School',
  ages: '4 to 11',
  title: 'How we use pupil information',
  closing: 'End of this notice.',
  url: 'https://haverleigh.sch.example/privacy',
  asOf: '2026-12-07',
});

describe('parents-carers-data: a statute named after families', () => {
  it('a section on the legal reasons citing the Children and Families Act says nothing held about parents', () => {
    const passage = [
      'Our lawful reasons',
      '',
      'We use most information for our public task, for example under the Children and Families Act 2014 and the Education Act 1996. We ask for consent for photographs.',
    ].join('\n');
    expect(status('parents-carers-data', passage)).toBe('fail');
  });
  it('parents named under such a heading still count', () => {
    const passage = [
      'Parents and carers',
      '',
      'We hold your name, address and phone numbers so that we can reach you if your child is unwell.',
    ].join('\n');
    expect(status('parents-carers-data', passage)).toBe('pass');
  });
});

describe("lawful-basis-art6: the family's duty to give some answers", () => {
  it("answers the family must give, with the school's duties as the reason, name no basis", () => {
    const passage = [
      'We need a lawful basis for what we do with your data.',
      '',
      'Certain answers you have to give us, because without them we could not look after your child properly or carry out our legal duties.',
    ].join('\n');
    expect(status('lawful-basis-art6', passage)).toBe('partial');
  });
  it('the school naming its own legal duty as the reason still passes', () => {
    const passage = 'We use this information because we have a legal obligation to keep an admissions register and an attendance register.';
    expect(status('lawful-basis-art6', passage)).toBe('pass');
  });
});
