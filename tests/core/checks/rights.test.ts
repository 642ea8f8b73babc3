// Unit tests for the rights checks and their flags, with the checklist.md traps as negative cases.
import { describe, expect, it } from 'vitest';
import { flag, page, run } from './identity-harness';

const LEGACY = `You also have the right to:

- object to processing of personal data that is likely to cause, or is causing, damage or distress
- prevent processing for the purpose of direct marketing
- object to decisions being taken by automated means
- in certain circumstances, have inaccurate personal data rectified, blocked, erased or destroyed; and
- claim compensation for damages caused by a breach of the Data Protection regulations
`;

/** The access route passes, quoting the channel it found. */
function expectRouteQuoting(text: string, channel: string): void {
  const v = run('subject-access-route', text);
  expect(v.status).toBe('pass');
  expect(v.evidence.map((e) => e.text).join(' ')).toContain(channel);
}
describe('data-subject-rights', () => {
  it('reads the data named first and then asked to be seen ("... can ask to see it") as access', () => {
    const text = [
      'Everyone the school keeps information on, pupils and parents alike, may ask to see it.',
      'You can also:',
      '- ask for details that are wrong to be corrected',
      '- ask for information to be deleted where we no longer need it',
      '- object to how we use your information',
    ].join('\n');
    expect(run('data-subject-rights', text).status).toBe('pass');
    // a pronoun with no data named before it is no access right
    expect(run('data-subject-rights', 'Visitors may ask to see it at reception.').status).toBe('fail');
  });
  it('reads the rights in plain words (written for this test, not from a fixture)', () => {
    const v = run(
      'data-subject-rights',
      "You may ask us for a copy of your child's records, have mistakes put right or corrected, ask us to remove information we no longer need, and pause how we use it while a complaint is looked at.",
    );
    expect(v.status).toBe('pass');
  });

  it('passes with access, rectification, erasure and one of restriction or objection (checklist.md 2.14, sharpened)', () => {
    expect(
      run(
        'data-subject-rights',
        'You can ask to see the information we hold, ask us to correct it, ask us to delete it, or object to us using it.',
      ).status,
    ).toBe('pass');
    const two = run('data-subject-rights', 'You can ask to see the information we hold and ask us to correct it.');
    expect(two.status).toBe('partial');
    expect(two.message).toMatch(/missing: erasure/);
  });

  it('passes for the DfE 2019-style list', () => {
    const v = run(
      'data-subject-rights',
      'You also have the right to:\n\n- be informed about how we use your personal data\n- request access to the personal data that we hold\n- request that your personal data is amended if it is inaccurate or incomplete\n- request that your personal data is erased where there is no compelling reason for its continued processing\n- request that the processing of your data is restricted\n- object to your personal data being processed\n',
    );
    expect(v.status).toBe('pass');
  });

  it('passes for a plain-English list in other words', () => {
    const v = run(
      'data-subject-rights',
      'What you can do\n\nYou can ask us for a copy of your information. You can ask us to put right anything that is inaccurate. You can ask us to delete it. You can ask us to limit how we use it. You have the right to object to how we use it.',
    );
    expect(v.status).toBe('pass');
  });

  it('is partial for the DPA 1998 legacy list, even with access', () => {
    const v = run('data-subject-rights', `Parents have the right to request access to information about them that we hold.\n\n${LEGACY}`);
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/restriction/);
    expect(v.message).toMatch(/DPA 1998/);
  });

  it('counts DPA 1998 vocabulary in other wording as legacy, not as a modern objection right', () => {
    const v = run(
      'data-subject-rights',
      'You may ask us to stop processing that is causing you damage or distress. You can ask to see the information we hold about you.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/only in DPA 1998 wording: objection/);
  });

  it('is partial for a lone surviving legacy line', () => {
    expect(
      run(
        'data-subject-rights',
        'You also have the right to:\n\nand claim compensation for damages caused by a breach of the Data Protection regulations.',
      ).status,
    ).toBe('partial');
  });

  it('fails for an empty "You also have the right to:" list, and says the list is missing', () => {
    const v = run('data-subject-rights', 'Your rights\n\nYou also have the right to:\n\nContact\n\nPlease contact the office.');
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/no list/);
  });

  it('does not read the school deleting data on its own schedule as a right', () => {
    expect(run('data-subject-rights', 'Records are securely deleted when no longer required by our retention schedule.').status).toBe(
      'fail',
    );
  });
});

describe('legacy-rights-wording flag', () => {
  it('is raised for the DPA 1998 wording', () => {
    expect(flag('legacy-rights-wording', LEGACY).length).toBeGreaterThan(0);
  });
  it('is not raised for a modern list', () => {
    expect(flag('legacy-rights-wording', 'You have the right to ask us to restrict processing and to object to processing.')).toHaveLength(
      0,
    );
  });
});

describe('subject-access-route', () => {
  it("follows a request to the school office to the footer the notice said holds the office's details", () => {
    const body =
      '<p>Questions about anything here go to the school office in the first instance; its details are at the bottom of this page.</p>' +
      '<h2>Seeing your records</h2><p>If you would like a copy of what we hold, write to the school office and mark it "records request".</p>';
    const footer = '<p>Elm Hollow School, Elm Road, Westmere ZX1 2AB. Telephone 01632 960 555. office@elmhollow.example</p>';
    const v = run('subject-access-route', page(body, { footer }), true);
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.text).join(' ')).toMatch(/bottom of this page[\s\S]*office@elmhollow\.example/);
    // a pointer said of some other post does not serve the office
    const other = body.replace('the school office in the first instance', 'the headteacher in the first instance');
    expect(run('subject-access-route', page(other, { footer }), true).status).not.toBe('pass');
  });
  it('follows a lead-in past a labelled name line to the channel under it', () => {
    const html = page(
      '<h2>Requests</h2><p>Subject access requests and other data protection questions go to one point of contact:</p>' +
        '<p><strong>Data Protection Lead:</strong> Ms Harriet Quayle<br>Email: privacy@fellside.example</p>',
    );
    expect(run('subject-access-route', html, true).status).toBe('pass');
  });

  it('reads "ask to see, correct or delete the information" as the request, with other rights joined to it', () => {
    const v = run(
      'subject-access-route',
      'You can ask to see, correct or delete the information we hold about you or your child. Email privacy@owl.example.org.uk.',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.text).toMatch(/ask to see, correct or delete/);
  });

  it('passes with a channel in the request sentence', () => {
    const v = run(
      'subject-access-route',
      'To make a subject access request, email our DPO at dpo@fernhill.example.sch.uk or call 01632 960 123.',
    );
    expect(v.status).toBe('pass');
  });

  it("reads a question heading asking to see a child's records, answered with a channel under it", () => {
    const text = [
      'Can I ask to see my daughter’s records?',
      'Yes. Email the office at office@larkfield.example.sch.uk and we will reply within a month.',
    ].join('\n');
    expect(run('subject-access-route', text).status).toBe('pass');
  });

  it('reads a "Q:" heading asking how to see a child\'s records, answered with a channel under it', () => {
    const text = ['Q: How can I get my son\u2019s file?', 'Write to the office at office@brookmere.example.sch.uk.'].join('\n');
    expect(run('subject-access-route', text).status).toBe('pass');
  });

  it("reads the DPO's card below when its name and body lines read as headings over the channels", () => {
    const text = [
      'Your rights',
      'To request access to the information held about you or your child, contact the Data Protection Officer using the details below.',
      '',
      'Contact details',
      'If you have a question about this notice, please contact the school in the first instance.',
      '',
      'Data Protection Officer for Schools',
      'Brynmawr County Borough Council',
      'Email: schoolsdpo@brynmawr.example.gov.wales',
      'Telephone: 01632 960 552',
    ].join('\n');
    const v = run('subject-access-route', text);
    expect(v.status).toBe('pass');
    expect(v.message).toContain('schoolsdpo@brynmawr.example.gov.wales');
  });

  it('reads a postal address set out one line at a time after the request lead-in', () => {
    const body =
      '<h2>Seeing your records</h2><p>Send requests for a copy of your information by post to:</p>' +
      '<address>Mr Tom Ashby<br>Data Protection Officer<br>Kelbrook Primary School<br>Mill Lane<br>Kelbrook<br>KB2 9XT</address>';
    expect(run('subject-access-route', page(body), true).status).toBe('pass');
  });

  it('reads a copy asked for by two owners joined ("your or your child\'s") as the request', () => {
    const text = [
      'Your rights',
      "Ask the nursery manager if you would like a copy of your or your child's information, and we will send it within a month.",
      'Contact',
      'Our nursery manager, Sam Reed, is on 01632 960 221 or manager@larchfield.example.org.uk.',
    ].join('\n');
    expect(run('subject-access-route', text).status).toBe('pass');
    expect(run('data-subject-rights', text).status).not.toBe('fail');
  });

  it('follows "the details at the top of this notice" to the contact card there', () => {
    const text = [
      'Hollybank Primary School',
      'Mrs Jo Fenn, Headteacher',
      'Email: head@hollybank.example.sch.uk',
      'Your rights',
      'To ask for a copy of your child’s information, please write to or email Mrs Fenn using the details at the top of this notice.',
    ].join('\n');
    expectRouteQuoting(text, 'head@hollybank');
  });

  it('reads a childminder asking "see what I hold" as the access request', () => {
    const text = [
      'Wren Cottage Childcare',
      'Sam Hale, registered childminder',
      '2 Mill Row, Polbridge PL23 9TB',
      'sam@wrencottage.example.org.uk',
      'Your rights',
      'You can ask to see what I hold about you or your child. Just ask me, in person, by phone or by email.',
    ].join('\n');
    expect(run('subject-access-route', text).status).toBe('pass');
    const everything = text.replace('see what I hold', 'see everything I hold');
    expect(run('subject-access-route', everything).status).toBe('pass');
  });

  it('follows a note marker to the end note holding the contact details', () => {
    const text = [
      '9. Your rights',
      '9.1 Subject access requests may be made to the Trust Data Protection Officer [2].',
      'Notes',
      '[1] Brook Academy: Mill Lane, Brookford. Headteacher: Mrs Ann Lee.',
      '[2] Trust Data Protection Officer: Mr Ken Ash. Email dpo@brookford-trust.example.org.uk. Telephone 01632 960 555.',
    ].join('\n');
    expectRouteQuoting(text, 'dpo@brookford-trust');
    // A note still to be filled in gives no channel.
    const unfilled = run('subject-access-route', text.replace(/Email dpo\S+ Telephone 01632 960 555\./, 'Email [insert DPO email].'));
    expect(unfilled.status).not.toBe('pass');
  });

  it('passes with the person’s card in the numbered section the request sentence points to', () => {
    const text = [
      '1. About us',
      'Rowan Vale School is a secondary school.',
      '2. Who to contact',
      'Our data protection officer is provided by the county council.',
      'Email: dpo@county.example.gov.uk',
      'Questions and requests are handled in school by Mr Tom Aldridge, our Data Manager.',
      'Mr T Aldridge, Data Manager',
      'Email: data@rowanvale.example.sch.uk',
      '3. Your rights',
      'You can ask for a copy of the information we hold about you.',
      'To make a request, contact Mr Aldridge (details in section 2).',
    ].join('\n');
    expectRouteQuoting(text, 'data@rowanvale');
  });

  it('follows the section number alone in brackets after whom to ask to the card in that section', () => {
    const html = page(
      '<h2>6. Your rights</h2><p>To ask for a copy of the information we hold about your child, write to our Data Protection Officer (part 9), who will reply within a month.</p>' +
        '<h2>9. Contacts</h2><p>Questions about this notice go to the Data Protection Officer:</p>' +
        '<address>Data Protection Officer, Coastline Schools Support<br>Email: help@coastline.example.org.uk</address>',
    );
    const v = run('subject-access-route', html, true);
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.text).join(' ')).toContain('help@coastline');
  });

  it("reads a numbered section's card to its channels, past the lines of a service's name and address", () => {
    const text = [
      '11. Requesting access to your personal data',
      "Parents may ask to see their child's educational record. Requests should be sent to the school's Data Protection Officer, whose details are given in section 14.",
      '14. Contact and Data Protection Officer',
      "The school's Data Protection Officer is provided through the diocese's schools service.",
      'For any question about this notice, please contact the school office, or write to:',
      'Data Protection, St Anne CE Junior School',
      'c/o Schools Data Protection Officer Service',
      'Diocesan Board of Education',
      'Email: dposervice@diocese.example.org.uk',
      '15. Last updated',
      'September 2026.',
    ].join('\n');
    expectRouteQuoting(text, 'dposervice@');
  });

  it('reaches a person named in a sentence whose channels are the labelled card lines under it', () => {
    const text = (card: string) =>
      [
        'Who to talk to',
        'Our Data Protection Lead is Mr Owain Brydon, the School Business Manager, and he answers questions about this notice.',
        card,
        'Your rights',
        'You can ask for a copy of what we hold. Ask Mr Brydon, using the details above.',
      ].join('\n');
    expect(run('subject-access-route', text('Email: obrydon@cwmtawel.example.sch.uk\nTelephone: 01632 960 441')).status).toBe('pass');
    // Near miss: lines under him that are no card give him no channel.
    expect(run('subject-access-route', text('He works Monday to Thursday.')).status).toBe('partial');
  });

  it('does not reach the office through the Data Protection Officer\'s block ("office" inside "Officer")', () => {
    const dpoBlock =
      "Data Protection Officer\n\nThe trust's Data Protection Officer looks after all our schools. Email dpo@kestrel-trust.example.org.uk.";
    expect(run('subject-access-route', `To ask for a copy of your child's records, contact the centre office.\n\n${dpoBlock}`).status).toBe(
      'partial',
    );
    // the office's own number makes the route (guards the office's own channels)
    expect(
      run(
        'subject-access-route',
        `To ask for a copy of your child's records, contact the centre office.\n\nCentre office: 01632 960 789.\n\n${dpoBlock}`,
      ).status,
    ).toBe('pass');
  });

  it('reads "requests should be made in writing to" a named office as the route, which then needs its own channel', () => {
    const right = 'Parents and pupils have the right to request access to the information we hold about them.';
    const office = 'Requests should be made in writing to the Federation Data Office.';
    const school = 'Hazelmere School, The Green, Hazelmere HM4 2RB. Tel 01632 960304.';
    expect(run('subject-access-route', `${school}\n\n${right} ${office}`).status).toBe('partial');
    // the office's own channel given (guards the named office's route)
    expect(
      run('subject-access-route', `${school}\n\n${right} ${office}\n\nFederation Data Office: data@hazelmere.example.sch.uk`).status,
    ).toBe('pass');
  });

  it('passes when "contact:" introduces the channel on the next line', () => {
    expect(
      run('subject-access-route', "To ask for a copy of your child's educational record, contact:\n\n- The school office, 01632 960 456\n")
        .status,
    ).toBe('pass');
  });

  it('passes when the request points to the DPO whose details are given elsewhere', () => {
    const text =
      'Requesting access\n\nTo request access to your personal data, contact our Data Protection Officer.\n\nData Protection Officer\n\nEmail: dpo@fernhill.example.sch.uk';
    expect(run('subject-access-route', text).status).toBe('pass');
  });

  it('passes when the request points to an address given above', () => {
    const text =
      'Contact\n\nSchool Office, 3 Bank Street, Leeds LS1 4AB.\n\nYour rights\n\nSubject access requests should be made in writing to the Headteacher at the address above.';
    expect(run('subject-access-route', text).status).toBe('pass');
  });

  it('is partial for a role with no channel, or "contact" with nothing after it', () => {
    expect(
      run(
        'subject-access-route',
        'To make a request for your personal information, contact the Data Protection Officer at Fernhill School.',
      ).status,
    ).toBe('partial');
    expect(
      run(
        'subject-access-route',
        "To make a request for your personal information, or be given access to your child's educational record, contact\n\nYou also have the right to object.",
      ).status,
    ).toBe('partial');
  });

  it('is partial for a pointer to another policy', () => {
    const v = run('subject-access-route', 'Subject Access Requests are dealt with by the specific policy on the website.');
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/another policy/);
  });

  it('ignores the ICO channel as a SAR route', () => {
    expect(run('subject-access-route', 'Subject access requests: see ico.org.uk for guidance or call 0303 123 1113.').status).toBe(
      'partial',
    );
  });

  it('reads a question heading with the paragraph that answers it', () => {
    const text =
      'Our DPO\n\nEmail dpo@fernhill.example.sch.uk\n\nCould I see what the school keeps on my son?\n\nOf course. Put your request to our Data Protection Officer.';
    expect(run('subject-access-route', text).status).toBe('pass');
    // The answer decides the route: a person with no channel anywhere leaves it partial, even beside the office phone.
    expect(
      run(
        'subject-access-route',
        'Office: 01632 960 111.\n\nCould I see what the school keeps on my son?\n\nOf course. Ask Mrs Dee Brannock.',
      ).status,
    ).toBe('partial');
  });

  it("reads the educational record however the viewing is phrased, but not the school's own request for records", () => {
    expect(
      run('subject-access-route', "Parents may view their daughter's educational record by emailing office@fernhill.example.sch.uk.")
        .status,
    ).toBe('pass');
    expect(
      run(
        'subject-access-route',
        'We request the school records of new pupils from their previous school by email: office@fernhill.example.sch.uk.',
      ).status,
    ).toBe('fail');
  });

  it("reads the access right itself with the notice's own channel as the route (checklist.md 2.15, sharpened)", () => {
    expect(
      run('subject-access-route', 'You have the right of access to your data.\n\nContact: office@fernhill.example.sch.uk').status,
    ).toBe('pass');
    expect(
      run(
        'subject-access-route',
        'If you wish to access the information we hold about you, please speak to the school office on 01632 960 321.',
      ).status,
    ).toBe('pass');
  });

  it("reads the reader's own voice: see what you hold, a copy of what we keep", () => {
    expect(run('subject-access-route', 'To see what we hold about you, write to 3 Bank Street, Leeds LS1 4AB.').status).toBe('pass');
    expect(run('subject-access-route', 'For a copy of what we keep on file, phone 01632 960 777.').status).toBe('pass');
  });

  it('fails when access requests are not mentioned', () => {
    expect(run('subject-access-route', 'We keep your data safe.').status).toBe('fail');
  });
});

describe('sar-holiday-pause flag', () => {
  it('is raised when holidays are said to pause responses', () => {
    expect(
      flag(
        'sar-holiday-pause',
        'The school is open term time only, so any requests submitted during the school holidays will be dealt with upon our return.',
      ).length,
    ).toBe(1);
    expect(flag('sar-holiday-pause', 'We respond to requests within one month, excluding school holidays.').length).toBe(1);
  });
  it('is not raised when the clock runs through holidays, or holidays are unrelated', () => {
    expect(flag('sar-holiday-pause', 'We will reply within one calendar month.')).toHaveLength(0);
    expect(flag('sar-holiday-pause', 'Photographs from school holidays clubs are kept for a year.')).toHaveLength(0);
  });
});

describe('withdraw-consent', () => {
  it('passes for explicit withdrawal statements in several wordings', () => {
    expect(run('withdraw-consent', 'You can withdraw your consent at any time by contacting the school office.').status).toBe('pass');
    expect(run('withdraw-consent', 'Where we ask for your consent, you can change your mind at any time.').status).toBe('pass');
    expect(run('withdraw-consent', 'Photographs are used with your consent, which you have the right to remove at any time.').status).toBe(
      'pass',
    );
  });

  it('accepts "opt out at any time" for photographs', () => {
    expect(
      run(
        'withdraw-consent',
        'If you no longer want photographs of your child on our website, you can opt out at any time by telling the office.',
      ).status,
    ).toBe('pass');
  });

  it('rejects objection rights and mere mentions of consent (traps)', () => {
    const v = run(
      'withdraw-consent',
      `${LEGACY}\nWe share with careers services so long as we have consent.\n\nWe do not share information without consent unless the law allows us to.`,
    );
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/Rejected/);
  });

  it('treats "you have removed your consent" as an erasure condition only', () => {
    expect(
      run('withdraw-consent', 'You can ask us to delete information where:\n\n- you have removed your consent for us to use it\n').status,
    ).toBe('partial');
  });

  it('ignores consent in an appended cookie notice', () => {
    const text = 'Privacy notice\n\nWe use data to teach.\n\nHow we use cookies\n\nYou can withdraw your consent to cookies at any time.';
    expect(run('withdraw-consent', text).status).toBe('fail');
  });

  it('is not applicable when the notice says consent is never relied on', () => {
    expect(run('withdraw-consent', 'We do not rely on consent for any of our processing.').status).toBe('not-applicable');
  });

  it('does not read a denial with a condition ("where another basis is more appropriate") as consent never relied on', () => {
    for (const denial of [
      'The School does not rely on consent where another lawful basis is more appropriate.',
      'We do not rely on consent, except for photographs on the website.',
    ])
      expect(run('withdraw-consent', denial).status).toBe('fail');
  });

  it('does not read one sharing said not to depend on consent as the school never relying on it', () => {
    const text =
      'Exam boards get entry details from us every spring; this does not depend on consent. Fingerprints for the lunch tills are only registered once a parent has agreed in writing.';
    expect(run('withdraw-consent', text).status).toBe('fail');
  });
});

describe('complaint-to-ico', () => {
  it('passes when the ICO is a place to complain', () => {
    expect(run('complaint-to-ico', "You have the right to lodge a complaint with the Information Commissioner's Office.").status).toBe(
      'pass',
    );
    expect(run('complaint-to-ico', 'If you are unhappy you can report a concern to the ICO at ico.org.uk/make-a-complaint.').status).toBe(
      'pass',
    );
  });

  it("reads the complaint in the regulator's own clause: the school's complaints procedure beside ICO advice is not a route to the ICO", () => {
    expect(
      run(
        'complaint-to-ico',
        'Raise any complaint through our complaints policy; the Information Commissioner gives free, impartial advice.',
      ).status,
    ).toBe('partial');
    expect(run('complaint-to-ico', 'Please talk to us first; you can also complain to the ICO.').status).toBe('pass');
  });

  it('is partial when the ICO is offered for advice only', () => {
    const v = run(
      'complaint-to-ico',
      "For independent advice about data protection, you can contact the Information Commissioner's Office (ICO) at: Wycliffe House.",
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/advice/);
    // the advice offered in the next sentence, which speaks of the regulator again
    const after = run(
      'complaint-to-ico',
      'The Information Commissioner is the body that oversees data protection in the UK. It runs a helpline and offers free advice on your rights.',
    );
    expect(after.status).toBe('partial');
    expect(after.evidence.map((e) => e.text).join(' ')).toMatch(/free advice/);
    // but not a sentence about something else
    expect(
      run(
        'complaint-to-ico',
        'The Information Commissioner is the body that oversees data protection. It is our DPO who offers advice to staff.',
      ).status,
    ).toBe('fail');
  });

  it('is partial when the ICO route is garbled into a council', () => {
    const v = run(
      'complaint-to-ico',
      "You should raise your concern with us in the first instance or directly to the Information Commissioner's Office at Powys CC.",
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/garbled/);
  });

  it('rejects registration, guidance and transfer-advice mentions (traps)', () => {
    const v = run(
      'complaint-to-ico',
      "We are registered with the Information Commissioner's Office, registration number Z1234567. Please refer to the ICO Guidance on biometrics. If we send data abroad we'll always seek advice from the Information Commissioner first.",
    );
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/Rejected/);
  });
});

describe('complaint-to-school', () => {
  it('reads a question line about the notice, with the contact after it, as a contact point only (partial)', () => {
    expect(run('complaint-to-school', 'Questions about anything in this notice? Please get in touch: office@hillside.sch.uk').status).toBe(
      'partial',
    );
    // A bare "Any questions?" line may head a real route, and is not read as one on its own.
    expect(run('complaint-to-school', 'Any questions?').status).toBe('fail');
  });
  it('passes for "raise your concern with us" or a complaints procedure', () => {
    expect(run('complaint-to-school', 'You should raise your concern with us in the first instance.').status).toBe('pass');
    expect(run('complaint-to-school', 'Our complaints procedure explains what to do if there is a dispute.').status).toBe('pass');
    expect(
      run('complaint-to-school', 'If you are unhappy with how we use your data, please contact our DPO so we can look into it.').status,
    ).toBe('pass');
  });

  it('reads a route for complaints about the school’s CCTV alone as one topic (partial)', () => {
    const v = run(
      'complaint-to-school',
      'Complaints about the academy’s CCTV system should be addressed to the Principal and will be handled under our complaints policy.',
    );
    expect(v.status).toBe('partial');
  });

  it('passes for "please raise it with us" after a concern clause', () => {
    expect(
      run(
        'complaint-to-school',
        'If you have a concern about the way we are using your personal data, please raise it with us in the first instance.',
      ).status,
    ).toBe('pass');
  });

  it('is partial for a concern route limited to one topic', () => {
    const v = run(
      'complaint-to-school',
      'If you have concerns regarding automated decision making, please contact the School Data Protection Lead.',
    );
    expect(v.status).toBe('partial');
  });

  it.each([
    'Fancy a chat about any of this? If you would like to chat it over, my door is open every morning.',
    'If you have questions about any of this, Mrs Adeyemi in the office will be glad to help.',
  ])('is partial for an offer of a chat or help with questions, which is no complaint route: %s', (text) => {
    expect(run('complaint-to-school', text).status).toBe('partial');
  });

  it('is partial for a "discuss anything" contact point (trap)', () => {
    expect(
      run('complaint-to-school', 'If you would like to discuss anything in this privacy notice, please contact the office.').status,
    ).toBe('partial');
  });

  it('passes a worry about how information is used taken to a named person at the school', () => {
    expect(
      run(
        'complaint-to-school',
        'If you are worried about how we are using your information, please raise it with Mrs Farrow first; we will acknowledge your complaint within 30 days.',
      ).status,
    ).toBe('pass');
    // One app's answers taken to its teacher is not a route for data use in general.
    expect(
      run(
        'complaint-to-school',
        'If you are unhappy with how the maths app uses their answers, please raise it with Mr Kowalski, Head of Maths.',
      ).status,
    ).not.toBe('pass');
  });

  it('is partial for a "Got a question?" line over whom to ask: a contact point, not a complaint route', () => {
    expect(run('complaint-to-school', 'GOT A QUESTION?\nAsk your key worker or Ms Adeyemi.').status).toBe('partial');
  });

  it('does not count an ICO-only complaint route', () => {
    expect(run('complaint-to-school', "You can complain to the Information Commissioner's Office.").status).toBe('fail');
  });
});

describe('automated-decision-making', () => {
  it('passes for an explicit statement either way', () => {
    expect(run('automated-decision-making', 'We do not use automated decision making or profiling.').status).toBe('pass');
    expect(run('automated-decision-making', "The school doesn't make decisions about pupils by automated means.").status).toBe('pass');
    expect(
      run(
        'automated-decision-making',
        'We may use profiling to identify pupils who need extra reading support; a teacher always reviews the result.',
      ).status,
    ).toBe('pass');
  });

  it("passes when the school's own tool is said to be profiling, or no decision to rest on it alone", () => {
    expect(
      run(
        'automated-decision-making',
        'Our attendance software flags pupils whose attendance is falling. This amounts to profiling.\n\nThe right to object to decisions taken by automated means.',
      ).status,
    ).toBe('pass');
    expect(
      run(
        'automated-decision-making',
        'No decision with a legal or similarly significant effect on any of our pupils is ever reached only on the strength of this kind of profiling.',
      ).status,
    ).toBe('pass');
  });

  it('passes for a labelled "Automated decision making: ..." line', () => {
    expect(run('automated-decision-making', 'Automated decision making: we do not use it.').status).toBe('pass');
  });

  it('does not read unrelated automation or computers as an ADM statement', () => {
    expect(run('automated-decision-making', 'We use an automatic door entry system.').status).toBe('fail');
    expect(run('automated-decision-making', 'We do not allow pupils to use the computer room unsupervised.').status).toBe('fail');
  });

  it('is partial for a right not to be subject to automated decisions, with no statement on use', () => {
    expect(run('automated-decision-making', 'You have the right not to be subject to automated decision-making.').status).toBe('partial');
  });

  it('is partial for the legacy right alone (trap)', () => {
    const v = run('automated-decision-making', LEGACY);
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/only as a right/);
  });

  it('fails when nothing is said', () => {
    expect(run('automated-decision-making', 'We keep your data safe.').status).toBe('fail');
  });
});

describe('HTML notices', () => {
  it('reads a mailto link as the SAR channel', () => {
    const html = page(
      '<h2>Asking for your data</h2><p>To request a copy of your information, <a href="mailto:office@oakhill.example.sch.uk">email the school office</a>.</p>',
    );
    expect(run('subject-access-route', html, true).status).toBe('pass');
  });
});
