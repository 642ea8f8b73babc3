// Whole-check verdicts on statements in shapes the wording-based checks did not read: a table whose column asks whether
// the family must give each item, with the bodies it goes to in another column (checklist.md 2.10); forms that mark
// the questions that must be answered (2.10); a system said never to decide "by itself" (2.19); a transfer abroad
// named as the one exception to data kept in the UK (2.12); and a processor's contract, which is no transfer safeguard
// (2.12), and data held on servers run by the suppliers just named (2.12). Each passage is read alone inside a notice
// that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Fellgate Community College',
  ages: '11 to 18',
  title: 'Privacy notice for students and families',
  closing: 'This is the end of the notice.',
  url: 'https://fellgate.sch.example/privacy',
  asOf: '2026-12-05',
});

describe('statutory-or-voluntary: a column asking whether each item must be given', () => {
  const table = (recipients: string) =>
    [
      'What we hold | What it is for | Do you have to provide it? | Who receives it',
      `Name, address and date of birth | Admissions and registers | Yes | ${recipients}`,
      `Home language and ethnic group | Checking that every group does well | No. Leave it blank if you prefer | ${recipients}`,
    ].join('\n');
  it('passes when the rows answer yes and no, whatever bodies the other columns name', () => {
    expect(status('statutory-or-voluntary', table('the county council; the Department for Education (school census)'))).toBe('pass');
  });
  it('does not pass a column about passing the data on, answered the same way', () => {
    const sharing = [
      'What we hold | Do we have to share it? | Who receives it',
      'Name and date of birth | Yes | the county council',
      'Home language | No | nobody',
    ].join('\n');
    expect(status('statutory-or-voluntary', sharing)).not.toBe('pass');
  });
});

describe('statutory-or-voluntary: the forms mark what must be answered', () => {
  it.each([
    'Our forms star every question that needs an answer. Questions that must be answered are marked with a star on the form.',
    'Required fields are highlighted on the online admissions form; anything else you may leave.',
  ])('passes: %s', (passage) => {
    expect(status('statutory-or-voluntary', passage)).toBe('pass');
  });
});

describe('automated-decision-making: the system never deciding by itself', () => {
  it('passes a system that suggests while a person decides', () => {
    const passage =
      'Do computers make decisions about you?\nOur reporting software suggests a target grade, but your tutor reviews it. The software never makes a decision about a student by itself.';
    expect(status('automated-decision-making', passage)).toBe('pass');
  });
});

describe('international-transfers: the one exception to data kept in the UK', () => {
  it('reads the exception with its protection as a transfer and its safeguard, not a contradiction', () => {
    const passage =
      'Your information is kept in the UK. The only occasion we send any of it abroad is when you ask us to send a reference to a college in another country. Because you asked for it, that transfer relies on the exception the law makes for transfers a person asks for.';
    expect(status('international-transfers', passage)).toBe('pass');
  });
  it('still reads a plain admission beside the denial as a contradiction', () => {
    const passage =
      'We do not send student information outside the UK. Our homework platform stores coursework on servers in the United States.';
    expect(status('international-transfers', passage)).toBe('partial');
  });
});

describe('international-transfers: a processor contract is no transfer safeguard', () => {
  it('reads a transfer with only processor contracts beside it as partial', () => {
    const passage = [
      'We share personal information only where we have a legal ground. Recipients include:',
      '- exam boards;',
      '- host schools for exchanges, including those abroad;',
      'Companies that provide services to us act on our instructions under written contracts.',
    ].join('\n');
    expect(status('international-transfers', passage)).toBe('partial');
  });
});

describe('international-transfers: servers run by the suppliers just named', () => {
  it('reads data held on servers run by "these providers" as vague hosting (partial)', () => {
    const passage =
      'We use several online learning tools made by large technology firms, and records may be held on servers run by these providers.';
    expect(status('international-transfers', passage)).toBe('partial');
  });
});
