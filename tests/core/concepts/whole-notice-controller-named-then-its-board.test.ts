// A controller stated as the school's own board, referred to as "its", in the sentence after the school is named, and
// a provision whose name has no school noun named by what it is in apposition ("The Harbour Centre, a pupil referral
// unit ..."): the school named and stated as controller (checklist.md 2.1).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';
import { readText } from '../../../src/core/notice/read-text';
import { detectSchool } from '../../../src/core/analysis/detect-school';

const statusOf = (text: string) => noticeStatus('controller-identity', text, 'https://example.sch.example/privacy');
const REST = `
We collect names, addresses, attendance and assessment records to teach pupils and keep them safe. Contact the office
on 01632 960 555 or office@example.sch.example with any question.
`;

describe('the controller stated as the school’s own board, called "its"', () => {
  it('passes when the sentence after the name says its governing body is the controller', () => {
    const text = `Privacy notice for pupils and parents

This page explains what Larchfield Community School keeps about its pupils and families. Larchfield Community School is
maintained by Oxmoor City Council. Its governing body is the data controller for pupil and parent information.
${REST}`;
    expect(statusOf(text)).toBe('pass');
  });

  it('stays short when the body said to be the controller is the council’s', () => {
    const text = `Privacy notice for pupils and parents

This page explains what Larchfield Community School keeps about its pupils and families. Oxmoor City Council is the
data controller for the information described here, as it is for all its services.
${REST}`;
    expect(statusOf(text)).not.toBe('pass');
  });
});

describe('a provision named by what it is, in apposition', () => {
  it('takes "The Harbour Centre, a pupil referral unit" as the school’s name', () => {
    const doc = readText('The Harbour Centre, a pupil referral unit maintained by Oxmoor City Council, teaches pupils aged 11 to 16.');
    expect(detectSchool(doc).value).toBe('Harbour Centre');
  });

  it('passes when the centre, through its management committee, is stated as controller', () => {
    const text = `Privacy notice

The Harbour Centre, a pupil referral unit maintained by Oxmoor City Council, teaches pupils aged 11 to 16.
The Harbour Centre (through its management committee) is the data controller for the information in this notice.
${REST}`;
    expect(statusOf(text)).toBe('pass');
  });

  it('does not take a centre named in passing as a setting', () => {
    const doc = readText('Pupils may visit the Harbour Centre, a local museum, on a school trip.');
    expect(detectSchool(doc).value).not.toBe('Harbour Centre');
  });
});
