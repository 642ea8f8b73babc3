// Shortfalls of the school complaint route and the access route inside a whole trust notice whose other sections
// mention the same topics: a complaints procedure for matters other than data, a "discuss anything" contact, the
// trust's and the academy's contact details, and a rights list.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const HOST = [
  'Privacy notice for pupils and families',
  'Kestrel Learning Trust is the data controller for Fernhill Academy. Fernhill Academy, Mill Row, Astley AS4 9PD. Telephone 01632 518 300. Email office@fernhill.example.',
  'Data Protection Officer',
  "The Trust's Data Protection Officer can be reached at dpo@kestrel.example.",
  'Information we hold',
  'We hold names, addresses, referral details from the local authority, attendance records and assessment results.',
  'Your information rights',
  'You have the right to:',
  '- see the personal information we hold about you',
  '- have anything inaccurate corrected',
  '- ask for information to be erased in some cases',
  '- object to or restrict how we use it',
  '@@section@@',
  "You can also complain to the Information Commissioner's Office at ico.org.uk/make-a-complaint.",
  'Other complaints',
  '@@other@@',
  'Contact',
  'If you would like to discuss anything in this notice, please contact the academy office.',
].join('\n');

const NOT_DATA =
  "Complaints that are not about personal data, for example about teaching or a placement, are handled under the Trust's complaints procedure.";
const OTHER_MATTERS = "For complaints about other school matters, please see the Trust's complaints policy on our website.";

function statusIn(id: string, section: string, other = NOT_DATA): string | undefined {
  const text = HOST.replace('@@section@@', section).replace('@@other@@', other);
  return noticeStatus(id, text, 'https://fernhill.example/privacy');
}

describe('school complaint route: a complaints procedure for other matters is not a route for data complaints', () => {
  it('keeps a regulator-only concern partial beside a procedure that leaves data out', () => {
    expect(statusIn('complaint-to-school', 'Concerns\nIf you think we have mishandled your data, the regulator can look into it.')).toBe(
      'partial',
    );
  });
  it('keeps a regulator-only concern partial beside a policy for "other school matters"', () => {
    expect(statusIn('complaint-to-school', 'Concerns\nThe regulator can look into how we use data.', OTHER_MATTERS)).toBe('partial');
  });
  it('keeps a route for an unhappy placement decision partial', () => {
    expect(
      statusIn('complaint-to-school', 'Concerns\nIf you are unhappy about a placement decision, please use our complaints procedure.'),
    ).toBe('partial');
  });
  it('keeps a heading over a "discuss anything" contact partial', () => {
    expect(
      statusIn(
        'complaint-to-school',
        'Concerns and complaints\nIf you would like to discuss anything about your data, please contact the academy office.',
        OTHER_MATTERS,
      ),
    ).toBe('partial');
  });
  it('passes "Not happy?" answered by a person at the school as the first step, the regulator offered after it', () => {
    expect(
      statusIn(
        'complaint-to-school',
        'Not happy?\nPlease talk to the class teacher or the headteacher first, and we will try to sort it out. You also have the right to complain to the Information Commissioner\u2019s Office.',
      ),
    ).toBe('pass');
  });
  it('passes a data complaint route to the academy beside the other-matters procedure', () => {
    expect(
      statusIn('complaint-to-school', 'Concerns\nIf you are unhappy with how we handle your data, please raise it with the academy first.'),
    ).toBe('pass');
  });
  it('passes a data complaint route beside a policy for other school matters', () => {
    expect(
      statusIn(
        'complaint-to-school',
        "Concerns\nComplaints about the way we use personal data can be made to the Trust's Data Protection Officer.",
        OTHER_MATTERS,
      ),
    ).toBe('pass');
  });
});

describe('access route: a request sent to a body outside the school needs that body reachable', () => {
  it('keeps a request to a council officer with no channel partial, though the academy is reachable', () => {
    expect(
      statusIn(
        'subject-access-route',
        'Asking for your records\nYou may ask for a copy of your records. Please get in touch with the records officer at the county council.',
      ),
    ).toBe('partial');
  });
  it("keeps a request to a team at the trust's centre partial, though the academy office is reachable", () => {
    expect(
      statusIn('subject-access-route', "Asking for your records\nYou can request a copy of your records from the Trust's compliance team."),
    ).toBe('partial');
  });
  it("passes a request to the trust's team with its own address", () => {
    expect(
      statusIn(
        'subject-access-route',
        "Asking for your records\nYou can request a copy of your records from the Trust's compliance team at compliance@kestrel.example.",
      ),
    ).toBe('pass');
  });
  it('passes a request to the academy office, whose details the notice gives', () => {
    expect(
      statusIn(
        'subject-access-route',
        'Asking for your records\nYou may ask for a copy of your records. Please get in touch with the academy office.',
      ),
    ).toBe('pass');
  });
});

// A notice whose consent section sits under its own "Withdrawing consent" heading, with consent named in the lawful
// bases and a contact block elsewhere.
const CONSENT_HOST = [
  'Privacy notice',
  'Brackley Green Primary School is the data controller. Brackley Green Primary School, Lane End, Brackley BG2 4RR. Email office@brackleygreen.example.',
  'Why we use information',
  'We use pupil information to support learning and to keep children safe, under our public task and legal obligations.',
  'Withdrawing consent',
  '@@section@@',
  'Complaints',
  'If you are unhappy with how we use your data, please tell the school office first.',
].join('\n');

function consentStatus(section: string): string | undefined {
  return noticeStatus('withdraw-consent', CONSENT_HOST.replace('@@section@@', section), 'https://brackleygreen.example/privacy');
}

describe('withdrawing consent: a section heading names the topic, its body must state the right', () => {
  it('keeps a heading over a body that only says consent is asked for a gap', () => {
    expect(consentStatus('We ask parents for consent before a photograph appears in the village newsletter.')).toBe('fail');
  });
  it('keeps a heading over a body that only says consent forms are filed a gap', () => {
    expect(consentStatus('Signed consent slips for trips are kept in the pupil file.')).toBe('fail');
  });
  it('passes a heading whose body says whom to tell', () => {
    expect(consentStatus('If you want to do this, simply let the school office know.')).toBe('pass');
  });
  it('passes a body that states the right in its own sentence', () => {
    expect(consentStatus('Where we rely on your permission, you may take it back whenever you like.')).toBe('pass');
  });
});
