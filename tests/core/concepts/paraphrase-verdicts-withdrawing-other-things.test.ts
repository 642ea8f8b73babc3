// Withdrawing consent (checklist.md 2.16) is taking back consent. Withdrawing an application, a registration or a
// child from a lesson is something else, however freely the notice says it may be done.
// Nor is what leaving out a compulsory answer "may stop us" doing.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Kingsmead Grammar School',
  ages: '11 to 18',
  title: 'Privacy notice for applicants',
  closing: 'End of this notice.',
  url: 'https://kingsmead.sch.example/privacy',
  asOf: '2026-12-04',
});

describe('withdraw-consent: withdrawing something else', () => {
  it.each([
    "Families may withdraw their child's registration for the entrance test at any time before the test day.",
    'You can withdraw your application at any time until places are offered.',
    // Data taken down, not consent taken back.
    'Photographs used with consent are removed from our website two years after your child leaves.',
    'Images shared with your consent will be removed from the newsletter archive at the end of each year.',
  ])('is not the right to withdraw consent: %s', (passage) => {
    expect(status('withdraw-consent', passage)).not.toBe('pass');
  });
  it('taking back consent at any time still is', () => {
    expect(
      status('withdraw-consent', 'Where we rely on your consent, you may take it back at any time by emailing the school office.'),
    ).toBe('pass');
    expect(status('withdraw-consent', 'Where we rely on your consent, you can remove it at any time by telling the office.')).toBe('pass');
  });
});

describe('statutory-or-voluntary: what leaving a compulsory item out may stop is no consent taken back', () => {
  it('reads the choice beside a consequence that "may stop us" admitting a child', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'Each form shows which questions are optional; if you leave out a compulsory item we will contact you, because it may stop us admitting your child or entering them for exams.',
      ),
    ).toBe('pass');
  });
});

describe('withdraw-consent: photographs taken back from the website', () => {
  it('reads the website as where the photos are, not a cookie choice', () => {
    expect(status('withdraw-consent', "If you no longer want your child's photo on our website, tell us and we will remove it.")).toBe(
      'pass',
    );
    expect(
      status(
        'withdraw-consent',
        'You can change any of these choices at any time, and we will stop putting photos of your child on our website from then on.',
      ),
    ).toBe('pass');
  });
  it('reads a section whose opening sentences take the choices back and stop the use', () => {
    const section = [
      'Changing your mind about photographs',
      'Every photograph choice you made on the form can be changed whenever you like. Just let the office know. From then on we will not use them in anything new.',
    ].join('\n');
    expect(status('withdraw-consent', section)).toBe('pass');
  });
  it('still does not read the website cookie choices as consent taken back', () => {
    expect(
      status(
        'withdraw-consent',
        'You can change your cookie choices at any time on our website, and we will stop setting analytics cookies.',
      ),
    ).not.toBe('pass');
  });
});
