// Verdicts on short passages for the identity and quality checks in layouts they misread: a list left empty inside a
// question-and-answer definition, or under a bullet that promises it (checklist.md 2.28 empty lists); a sentence cut off
// on "such as the" that plain-text reading takes for a heading (2.28); the controller named after the verb ("The
// controller of ... is X School", 2.1); a notice date given as when the school last went over the notice (2.24); the
// Data Protection Act 1998 placed in the past by a date or "used to" (2.25 trap: history is fine); and a choice of
// numbers or words left in brackets without spaces (2.28).
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import type { Status } from '../../../src/core/report';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Thornbury Vale Primary School',
  ages: '3 to 11',
  title: 'Your child’s information and how we use it',
  closing: 'Thank you for reading.',
  url: 'https://thornburyvale.sch.example/privacy',
  asOf: '2026-12-02',
  namelessFor: ['controller-identity'],
});

const htmlStatus = (id: string, body: string): Status | undefined =>
  runAudit(
    {
      notice: {
        format: 'html',
        html: `<!DOCTYPE html><html lang="en-GB"><head><title>Privacy notice | Thornbury Vale Primary School</title></head><body><main><h1>Thornbury Vale Primary School: privacy notice for pupils</h1>${body}</main></body></html>`,
        url: 'https://thornburyvale.sch.example/privacy',
      },
    },
    { asOf: '2026-12-02', kind: 'pupil-notice' },
  ).items.find((i) => i.id === id)?.status;

describe('template residue: a list left empty in a question-and-answer layout', () => {
  const answer = (list: string) =>
    `<dl><dt>What information do you keep?</dt><dd><p>The kinds of information we keep are set out in this list:</p>${list}<p>You can ask to see what we hold about your child at any time.</p></dd><dt>Who sees it?</dt><dd><p>Only staff who need it.</p></dd></dl>`;
  it('passes when the answer’s list has its items', () => {
    expect(
      htmlStatus('no-template-residue', answer('<ul><li>Names, addresses and dates of birth.</li><li>Attendance marks.</li></ul>')),
    ).toBe('pass');
  });
  it('fails when the list the answer promises is empty', () => {
    expect(htmlStatus('no-template-residue', answer('<ul></ul>'))).toBe('fail');
  });
  it('fails when a bullet promises sub-items and prose follows instead', () => {
    expect(
      status(
        'no-template-residue',
        '- We record attendance every morning and afternoon.\n- We also keep the following about your child’s health:\nYou can ask for a copy of anything we keep at any time.',
      ),
    ).toBe('fail');
  });
  it('passes when the bullet’s sub-items follow', () => {
    expect(
      status(
        'no-template-residue',
        '- We record attendance every morning and afternoon.\n- We also keep the following about your child’s health:\n  - allergies and medicines\n  - the name of your child’s doctor\nYou can ask for a copy of anything we keep at any time.',
      ),
    ).toBe('pass');
  });
});

describe('template residue: a cut-off sentence read as a heading', () => {
  it('is partial when a line stops on "such as the"', () => {
    expect(status('no-template-residue', 'We pass details to outside services such as the')).toBe('partial');
  });
  it('passes a short title that ends in a capital letter', () => {
    expect(status('no-template-residue', 'Annex B\nOur records schedule is kept in the school office.')).toBe('pass');
  });
});

describe('controller identity: the controller named after the verb', () => {
  it('passes when the controller of the notice’s information is the school, named after "is"', () => {
    expect(
      status(
        'controller-identity',
        'The controller of the information in this notice is Thornbury Vale Primary School, Quarry Lane, Northshire.',
      ),
    ).toBe('pass');
  });
  it('fails when the body named after "is" is the government department', () => {
    expect(status('controller-identity', 'The controller for the school census returns is the Department for Education.')).toBe('fail');
  });
  it('fails when "the controller is" speaks of what a controller must do', () => {
    expect(status('controller-identity', 'Where the controller is required by law to pass data on, it must do so.')).toBe('fail');
  });
});

describe('last updated: when the school last went over the notice', () => {
  it('passes a recent "last looked over" date', () => {
    expect(status('last-updated-date', 'We last looked over this notice in May 2026 and nothing needed to change.')).toBe('pass');
  });
  it('is partial when the last look was more than two years ago', () => {
    expect(status('last-updated-date', 'The governors last went through this notice on 3 March 2022.')).toBe('partial');
  });
  it('fails when the notice only says it will be looked at some time', () => {
    expect(status('last-updated-date', 'We look over our notices from time to time and change them when we need to.')).toBe('fail');
  });
});

describe('current legislation: the 1998 Act placed in the past', () => {
  it('passes when the old Act is said to have applied until 2018', () => {
    expect(
      status(
        'current-legislation',
        'Up to May 2018 schools worked under the Data Protection Act 1998. Now the UK GDPR and the Data Protection Act 2018 set the rules.',
      ),
    ).toBe('pass');
  });
  it('fails when the old Act is still said to give a right today', () => {
    expect(
      status(
        'current-legislation',
        'The Data Protection Act 1998 gives you the right to ask for your child’s file. We also follow the UK GDPR.',
      ),
    ).toBe('fail');
  });
});

describe('template residue: a choice left in brackets', () => {
  it('fails when two numbers are left for the school to choose between', () => {
    expect(status('no-template-residue', 'Exam scripts are kept for [6/12] months after results day.')).toBe('fail');
  });
  it('passes a bracketed web address, which has a slash but is no choice', () => {
    expect(status('no-template-residue', 'The census guide is online [www.gov.uk/guidance/school-census] for anyone to read.')).toBe(
      'pass',
    );
  });
});
