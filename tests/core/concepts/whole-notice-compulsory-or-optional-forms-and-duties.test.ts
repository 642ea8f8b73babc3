// Whether families must give information: forms said to show which questions are required and which may be skipped
// say which is which; the school's own duty to send the census ("this is not optional for us") and a pointer to the
// Department's page say nothing of what families must give (checklist.md 2.9).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const HEAD = `Pennyford Primary School
Privacy notice for families

Pennyford Primary School is the data controller. Contact the office on 01632 960 777 or office@pennyford.sch.example.

What we collect
We collect names, addresses, dates of birth, attendance, assessment results and medical needs.

`;
const CENSUS = `Who sees it
Each term we send some of it to the Department for Education in the school census. This is not optional for us: the
Education Act 1996 requires it. If you want to know what the Department does with census information, it explains
this on its page about data collections for schools.

`;
const statusOf = (text: string) => noticeStatus('statutory-or-voluntary', text, 'https://pennyford.sch.example/privacy');

describe('what families must give, read apart from the school’s own duties', () => {
  it('passes when the forms are said to show which questions are required and which may be skipped', () => {
    const choice = `Do you have to give us this information?
Some of it, yes: the law says schools must collect it. The rest is optional, and each form shows which questions are
required and which you can skip.

`;
    expect(statusOf(HEAD + choice + CENSUS)).toBe('pass');
  });

  it('passes when the forms are said to show which questions must be answered and which may be left blank', () => {
    const choice = `Whether you must provide information
Most of what we ask for is required by law. Our forms state which questions must be answered and which may be left
blank, and what happens if required details are not given.

`;
    expect(statusOf(HEAD + choice + CENSUS)).toBe('pass');
  });

  it('passes when the form is said to state where giving data is optional', () => {
    const choice = `Whether you must provide information
Much of the data we request is needed to meet our legal duties. Where the provision of data is optional, this is
stated on the form concerned, and declining to provide it has no effect on your child's place.

`;
    expect(statusOf(HEAD + choice + CENSUS)).toBe('pass');
  });

  it('stays short when only the family’s duty is given, beside the school’s duty to send the census', () => {
    const dutyOnly = `Do you have to give us this information?
The law says schools must collect most of this information, so please fill in the forms fully.

`;
    expect(statusOf(HEAD + dutyOnly + CENSUS)).toBe('partial');
  });
});
