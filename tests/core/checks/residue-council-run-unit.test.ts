// A unit the council runs itself speaks with the council's voice on purpose (checklist.md 2.28 targets council text
// pasted into a school's own notice): "other Council services" there are the controller's own, while in a school's
// notice they are a council notice left in, and council tax or bin collections are corporate text in either.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from '../concepts/passage-status';

const notice = (controller: string, sharing: string) =>
  [
    'Rowanfield Tuition Centre: how we use pupil information',
    'Rowanfield Tuition Centre teaches pupils aged 11 to 16 who cannot attend their own school for a while.',
    controller,
    'We share information with:',
    `- ${sharing}`,
    '- the Department for Education',
    'Contact the centre office at office@rowanfield.example.sch.uk with any question about this notice.',
  ].join('\n');

const residue = (controller: string, sharing: string) =>
  noticeStatus('no-template-residue', notice(controller, sharing), 'https://rowanfield.example/privacy', '2026-12-04');

const COUNCIL_CONTROLS = 'The centre is run by Greyford Borough Council, which is therefore the data controller for what it holds.';
const SCHOOL_CONTROLS = 'The centre’s management committee is the data controller for what it holds.';

describe('no-template-residue: the council’s services in a notice the council controls', () => {
  it('passes over "other Council services" when the council is said to be the controller', () => {
    expect(residue(COUNCIL_CONTROLS, 'other Council services, such as the attendance team and the virtual school')).toBe('pass');
  });
  it('still finds them pasted into a notice whose controller is not the council', () => {
    expect(residue(SCHOOL_CONTROLS, 'other Council services, such as the attendance team and the virtual school')).toBe('fail');
  });
  it("finds the council's corporate desk in its own voice pasted into a school's notice", () => {
    expect(residue(SCHOOL_CONTROLS, 'short breaks providers; if you are unhappy, please contact our Customer Services Team')).toBe('fail');
    expect(residue(COUNCIL_CONTROLS, 'short breaks providers; if you are unhappy, please contact our Customer Services Team')).toBe('pass');
  });
  it('still finds corporate services in either', () => {
    expect(residue(COUNCIL_CONTROLS, 'our colleagues in council tax, parking and waste collection')).toBe('fail');
    // the reader sent to the council's desks for its own business
    expect(residue(SCHOOL_CONTROLS, 'the virtual school. Queries regarding your Council Tax bill go to the Revenues Team')).toBe('fail');
  });
});
