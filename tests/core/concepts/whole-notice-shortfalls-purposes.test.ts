// A list of the kinds of data held names topics (safeguarding, attainment, meals), not reasons for using them: in a
// whole notice whose purposes lead-in lost its list, the category list must not stand in for the purposes
// (checklist.md 2.4: a lead-in with an empty list and no narrative elsewhere is partial).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const host = (purposes: string) =>
  [
    'Elmfield Church of England Primary School: Privacy Notice for Pupils',
    'Elmfield Church of England Primary School is the data controller for the information in this notice.',
    'What information do we hold?',
    'The kinds of pupil information we collect and hold include:',
    '- names, addresses and emergency contacts',
    '- safeguarding information, such as child protection plans',
    '- attainment and test results',
    '- free school meals eligibility',
    '- medical needs and allergies',
    purposes,
    'Who we share it with',
    'We pass information to the next school a pupil attends, to Marlshire Council and to the Department for Education.',
  ].join('\n');

const purposesStatus = (purposes: string) => noticeStatus('purposes', host(purposes), 'https://elmfield.example/privacy');

describe('purposes read in a whole notice beside a list of the kinds of data held', () => {
  it('a purposes lead-in with nothing after it stays partial', () => {
    expect(purposesStatus('Why we need this information\nWe rely on pupil data for the following reasons:-')).toBe('partial');
  });
  it('purposes given in the notice own words still pass', () => {
    expect(
      purposesStatus(
        'Why we need this information\nWe keep it so that teachers can plan lessons, to look after pupils who need extra support and to meet our legal duties.',
      ),
    ).toBe('pass');
  });
});
