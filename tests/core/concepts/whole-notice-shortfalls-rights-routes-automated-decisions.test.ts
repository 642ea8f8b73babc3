// Shortfalls of the access route, the school complaint route and the automated-decisions statement inside a whole
// notice whose other sections mention the same topics: a rights list naming automated decisions, a DPO block with its
// email, the school's own contact details and the regulator's complaint line.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const HOST = [
  'Privacy notice for pupils and parents',
  'Brookvale Academy is the data controller for the information in this notice. Brookvale Academy, Orchard Road, Fenley FN3 2LP. Telephone 01632 770 118. Email admin@brookvale.example.',
  'Data Protection Officer',
  'Our Data Protection Officer is Mr Owen Tate. Email dpo@brookvale.example.',
  'What we collect',
  'We hold names, addresses, attendance records, assessment results, medical needs and photographs.',
  'Your rights',
  'You have the right to:',
  '- ask for access to the information we hold about you',
  '- ask us to correct anything that is wrong',
  '- ask us to delete information in some cases',
  '- ask us to restrict or stop using your information',
  '- rights in relation to automated decision-making and profiling',
  '@@section@@',
  'The regulator',
  "You can also complain to the Information Commissioner's Office at ico.org.uk/make-a-complaint or on 0303 123 1113.",
  'Where we rely on your permission, for example for photographs, you can withdraw it at any time by telling the office.',
].join('\n');

function statusIn(id: string, section: string): string | undefined {
  const text = HOST.replace('@@section@@', section);
  return noticeStatus(id, text, 'https://brookvale.example/privacy');
}

describe('automated decisions: a statement about whether a person is involved, not a heading or a right', () => {
  it('passes automated sorting whose output a member of staff checks', () => {
    expect(
      statusIn(
        'automated-decision-making',
        'How we place pupils\nThe reading programme sorts pupils into groups automatically, and a teacher checks every group before it is used.',
      ),
    ).toBe('pass');
  });
  it('keeps a heading over the old right alone as the right only', () => {
    expect(
      statusIn(
        'automated-decision-making',
        'Automated decisions\nPupils and parents are entitled to object to decisions taken by automated means.',
      ),
    ).toBe('partial');
  });
  it('reads a list item that finishes "You can ask us:" as the right, not a statement', () => {
    const section = [
      'What can I ask for?',
      'You, and your child once old enough, can ask us:',
      '- for a copy of what we hold;',
      '- to stop using information for one purpose, if you object to it;',
      '- to make sure decisions about your child are not made only by a computer, with no person involved.',
    ].join('\n');
    expect(statusIn('automated-decision-making', section)).toBe('partial');
  });
  it('still reads a table row answered under its column header as a statement', () => {
    const section = [
      'How each record is used',
      'Record | Who uses it | Decided by a computer alone?',
      'Attendance | Office staff | No',
      'Assessment | Teachers | No',
    ].join('\n');
    expect(statusIn('automated-decision-making', section)).toBe('pass');
  });
  it('reads asking for a person to look again at a computer decision as the right, not a statement', () => {
    expect(
      statusIn(
        'automated-decision-making',
        'Families can ask for a member of staff to look again at a decision a computer made on its own.',
      ),
    ).toBe('partial');
  });
});

describe('access route: the request sentence itself says whom to ask', () => {
  it('keeps a template gap in the request sentence partial though the DPO is reachable elsewhere', () => {
    expect(statusIn('subject-access-route', 'To make a subject access request, please contact [DPO name].')).toBe('partial');
  });
  it('passes a request to the DPO whose email is given elsewhere', () => {
    expect(statusIn('subject-access-route', 'To make a subject access request, please contact our DPO (details above).')).toBe('pass');
  });
  it('keeps a pointer to a separate policy partial though the rights list and the school contact recur', () => {
    expect(
      statusIn(
        'subject-access-route',
        'Subject access requests are handled in line with our separate data protection policy on the website.',
      ),
    ).toBe('partial');
  });
  it('passes requests handled by the office with its email', () => {
    expect(
      statusIn('subject-access-route', 'Subject access requests are handled by the school office: email admin@brookvale.example.'),
    ).toBe('pass');
  });
  it('keeps a record request to a post with no channel anywhere partial', () => {
    expect(
      statusIn('subject-access-route', "To request your child's educational record, please contact the Pupil Records Administrator."),
    ).toBe('partial');
  });
  it('passes a record request to the office, whose details the notice gives', () => {
    expect(statusIn('subject-access-route', "To request your child's educational record, please email the school office.")).toBe('pass');
  });
});

describe('complaint to the school: a route for one topic is not a route for data use', () => {
  it('keeps a concern route for an automated decision only partial', () => {
    expect(statusIn('complaint-to-school', 'If you have a concern about an automated decision, please tell the DPO.')).toBe('partial');
  });
  it('keeps a camera complaint route beside a "discuss anything" contact partial', () => {
    expect(
      statusIn(
        'complaint-to-school',
        'Questions\nIf you would like to discuss anything in this notice, please contact the office.\nCameras\nComplaints about our CCTV cameras should be sent to the site manager.',
      ),
    ).toBe('partial');
  });
  it('keeps a route for complaints about the way one system is run partial', () => {
    expect(
      statusIn(
        'complaint-to-school',
        'Questions\nIf you would like to discuss anything in this notice, please contact the office.\nCameras\nConcerns about how the CCTV at the gates is used go to the head teacher through our complaints procedure.',
      ),
    ).toBe('partial');
    expect(
      statusIn('complaint-to-school', 'Complaints about the operation of our biometric till should be made through the complaints policy.'),
    ).toBe('partial');
  });
  it('passes the school offered before the regulator, beside a "discuss anything" contact', () => {
    const contact = 'Questions\nIf you would like to discuss anything in this notice, please contact the office.\n';
    expect(
      statusIn(
        'complaint-to-school',
        `${contact}Concerns\nIf the way we handle your personal data worries you, you can raise it with us first, or go directly to the Information Commissioner.`,
      ),
    ).toBe('pass');
    expect(
      statusIn(
        'complaint-to-school',
        `${contact}Not happy with us?\nPlease let us know and we will try to put it right. If you remain unhappy, you can complain to the Information Commissioner.`,
      ),
    ).toBe('pass');
  });
  it('passes a data complaint route beside a "discuss anything" contact', () => {
    expect(
      statusIn(
        'complaint-to-school',
        'Questions\nIf you would like to discuss anything in this notice, please contact the office.\nComplaints\nComplaints about how we use your data should be sent to the DPO.',
      ),
    ).toBe('pass');
  });
  it('passes a concern route about the use of data', () => {
    expect(statusIn('complaint-to-school', 'If you have a concern about how we use your data, please tell the DPO.')).toBe('pass');
  });
});

describe('data subject rights: a list under a rights heading with no lead-in', () => {
  const rights = (items: string[]) =>
    [
      'Privacy notice for families',
      'Puddleford Pre-school is the data controller for the information in this notice. Email office@puddleford.example.',
      'Your rights',
      ...items,
      'Complaints',
      "You can complain to the Information Commissioner's Office at ico.org.uk/make-a-complaint.",
    ].join('\n');
  const items = [
    '- to ask for a copy of the information we hold about you or your child;',
    '- to have inaccurate information corrected;',
    '- to ask for information to be deleted when we no longer need it;',
    '- to ask us to restrict our use of it, or to object to it.',
  ];
  it('reads "to have inaccurate information corrected" there as the right to rectification: pass', () => {
    expect(noticeStatus('data-subject-rights', rights(items))).toBe('pass');
  });
  it('does not read a bare item there ("tell us if your details change") as that right', () => {
    expect(noticeStatus('data-subject-rights', rights([items[0]!, '- tell us when your details change;', items[2]!, items[3]!]))).not.toBe(
      'pass',
    );
  });
});
