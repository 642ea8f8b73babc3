// Unit tests for the identity checks (controller, school contact, DPO), with the checklist.md traps as negative cases.
import { describe, expect, it } from 'vitest';
import { allItems, page, run } from './identity-harness';
import { runAudit } from '../../../src/core/run-audit';

describe('identity, lawful-basis and rights checklist data', () => {
  it('validates every item against its check options schema and has no TODO text', () => {
    for (const { data, check } of allItems()) {
      expect(check, data.id).toBeDefined();
      expect(() => check!.optionsSchema.parse(data.options), data.id).not.toThrow();
      expect(`${data.guidance} ${data.lookedFor} ${data.shortTitle}`).not.toMatch(/TODO/);
      expect(data.shortTitle.length, data.id).toBeLessThanOrEqual(40);
    }
  });

  it('rejects options with a misspelt key', () => {
    const { data, check } = allItems().find((i) => i.data.id === 'dpo-contact')!;
    expect(() => check!.optionsSchema.parse({ ...data.options, dpoTerm: ['x'] })).toThrow();
  });
});

describe('controller-identity', () => {
  it('names the school, not the street of its address, when the address stands between the name and the statement', () => {
    const v = run(
      'controller-identity',
      'Kingsmere Academy, Ferrier Road, Westborough WB4 7NL, is the data controller for the information described here.',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/^Kingsmere Academy is stated/);
  });

  it('reads the data named first and "decides how it is used" as the controller role', () => {
    const text =
      'Brookfield Nursery School\nBrookfield Nursery School looks after the information in this leaflet and decides how it is used.';
    expect(run('controller-identity', text).status).toBe('pass');
  });

  it('passes when the school says it is the data controller', () => {
    const v = run(
      'controller-identity',
      "About this notice\n\nSt Anne's Catholic Primary School is the data controller for the personal information we hold about pupils.",
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]!.text).toContain('data controller');
  });

  it('passes for "we, [trust], are the controller" phrasing', () => {
    expect(
      run('controller-identity', 'We, the Meadow Learning Trust, are the "data controller" for the purposes of data protection law.')
        .status,
    ).toBe('pass');
  });

  it('names the trust, not the academy, when the trust is the one called controller', () => {
    const v = run(
      'controller-identity',
      'Hill Top Academy is part of the Northgate Learning Trust, which is the data controller for pupil information.',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/^Northgate Learning Trust/);
  });

  it('reads "it" in "the law calls it the data controller" as the body the sentence before opens with', () => {
    const v = run(
      'controller-identity',
      'How we use your information\n\nYou come to us for a while from your own school. Heronfield Learning Trust, which runs the centre, is responsible for the information we keep about you. The law calls it the "data controller".',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/^Heronfield Learning Trust/);
  });

  it('reads "this" pointing back to the paragraph above, in text set one sentence to a line, but not to a heading', () => {
    const v = run(
      'controller-identity',
      'How we use your information\n\nYou come to us for a while from your own school.\nHeronfield Learning Trust, which runs the centre, is responsible for the information we keep about you.\nThe law calls this the "data controller".',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/^Heronfield Learning Trust/);
    const headed = run(
      'controller-identity',
      'How we use your information\n\nYou come to us for a while from your own school.\n\nHeronfield Learning Trust\nThe law calls this the "data controller".',
    );
    expect(headed.message).not.toMatch(/^Heronfield Learning Trust is stated/);
  });

  it('does not take "it" for a body when the sentence before names none', () => {
    const v = run(
      'controller-identity',
      'How we use your information\n\nYou come to us for a while from your own school. We look after what we keep about you. The law calls it the "data controller".',
    );
    expect(v.status).not.toBe('pass');
  });

  it('takes a school opening its sentence with its address as the subject, and the trust it names as the controller', () => {
    const v = run(
      'controller-identity',
      'Who we are\n\nHazel Bank Primary Academy, Mill Road, Ashby AB1 2CD, is one of four academies run by Corvid Learning Partnership, a multi-academy trust. The trust is the data controller for our pupils’ information.',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/Corvid Learning Partnership/);
  });

  it('takes a name given "the Trust" as its defined term for the trust that "The Trust is the data controller" means', () => {
    const text =
      'Introduction\n\nThis notice is issued by Fellgate Learning Partnership (the "Trust") for pupils at each of its schools: Fellgate Academy and Moorside Academy.\n\nThe Trust is the data controller for all personal data processed by its academies.';
    const v = run('controller-identity', text);
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/Fellgate Learning Partnership/);
    // Without the defined term the trust is never named.
    const unnamed = run('controller-identity', text.replace(' (the "Trust")', ''));
    expect(unnamed.status).toBe('partial');
  });

  it('takes "The Foundation is the data controller" for the foundation named in the sentence before', () => {
    const text =
      'Who we are\n\nHolmwood School is an independent day school for pupils aged 11 to 18. The School is run by the Holmwood Educational Foundation, a registered charity. The Foundation is the data controller for the information in this notice.';
    const v = run('controller-identity', text);
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/Holmwood Educational Foundation/);
  });

  it('takes a trust named with its company details in brackets before "is the academy trust" as the trust named', () => {
    const v = run(
      'controller-identity',
      'Our privacy notice\n\nSaltmarsh Education Partnership (a company limited by guarantee and an exempt charity, registered in England under company number 08123456) is the academy trust behind Gull Point Academy. The Trust is the data controller for everything described here.',
    );
    expect(v.status).toBe('pass');
  });

  it('reads "I am the data controller" from a setting run by one person as the setting speaking', () => {
    const text =
      'Wren Cottage Home Nursery\n\nPrivacy notice for families\n\nWren Cottage Home Nursery is my home-based nursery, which I run on my own. I am the data controller for everything in this notice.';
    const v = run('controller-identity', text);
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.text).join(' ')).toContain('I am the data controller');
  });

  it('passes when the school name heads the privacy notice', () => {
    expect(
      run('controller-identity', 'Riverside High School\n\nPrivacy Notice - Pupils\n\nWe collect information about pupils.').status,
    ).toBe('pass');
  });

  it("needs review when the council is called controller of the school's own pupils' records", () => {
    const v = run(
      'controller-identity',
      'Privacy notice\n\nNorthshire County Council is the data controller for the personal information of pupils at Oakfield Community School.',
    );
    expect(v.status).toBe('needs-review');
    expect(v.message).toMatch(/Oakfield Community School/);
  });

  it('passes a notice headed in capitals with the name of a unit that has no school noun, which the text says is a referral unit', () => {
    const text =
      'LARCH HOUSE LEARNING BASE\n\nPRIVACY NOTICE: PUPILS AND FAMILIES\n\nLarch House Learning Base is a pupil referral unit maintained by Holmbury District Council.\n\n' +
      'The Base, acting through its management committee, is the data controller for the information in this notice.';
    const v = runAudit({ notice: { format: 'text', text } }, { asOf: '2026-11-23' }).items.find((i) => i.id === 'controller-identity')!;
    expect(v.status).toBe('pass');
    expect(v.evidence[0]!.text).toBe('LARCH HOUSE LEARNING BASE');
  });

  it('passes a unit named as a Pupil Referral Unit that calls itself "the PRU" as the controller', () => {
    const text =
      'Privacy notice for pupils and families\n\nRavensmoor Pupil Referral Unit (PRU) teaches young people aged 11 to 16 who cannot attend school.\n\n' +
      'Who is responsible for your information\n\nRavensmoor Pupil Referral Unit is maintained by Holmbury Borough Council and governed by a management committee. ' +
      'The PRU is the data controller for information about pupils at all three of our sites.';
    const v = runAudit({ notice: { format: 'text', text } }, { asOf: '2026-11-23' }).items.find((i) => i.id === 'controller-identity')!;
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/Ravensmoor Pupil Referral Unit/);
  });

  it('passes a referral unit whose council, named paragraphs before, is "the Council" called its controller', () => {
    const text =
      'Privacy notice\n\nHolmbury District Council ("the Council") uses personal information about pupils who attend Larch House.\n\n' +
      "Larch House is the Council's pupil referral unit for ages 11 to 16. As the unit is run directly by the Council, the Council is the data controller for the information that the unit holds.";
    const v = run('controller-identity', text);
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/Holmbury District Council/);
  });

  it('rejects the DfE or the local authority as "data controller" (trap)', () => {
    const v = run(
      'controller-identity',
      'As a school we collect information.\n\nThe Department for Education (DfE) is the data controller for the National Pupil Database returns.\n\nThe local authority is a data controller for admissions.',
    );
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/Rejected/);
  });

  it('passes for "At [school] we ..." and reports the name without the opener', () => {
    const v = run(
      'controller-identity',
      'Privacy notice\n\nAt Riverside Primary School we are committed to protecting the privacy of our pupils.',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/names Riverside Primary School/);
  });

  it('passes when a sentence opens with the name and speaks about personal data, but not for unrelated openers', () => {
    expect(
      run('controller-identity', 'Privacy notice\n\nRiverside Primary School is committed to protecting the personal data of its pupils.')
        .status,
    ).toBe('pass');
    expect(run('controller-identity', 'Privacy notice\n\nWestfields Junior School is open term time only.').status).toBe('partial');
  });

  it('is partial when the name only appears in passing', () => {
    const v = run(
      'controller-identity',
      'Privacy notice\n\nTo ask for your records, contact the Data Protection Officer at Larkfield Junior School.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/in passing/);
  });

  it('does not take another body, named as controller of its own records, for the school', () => {
    const text =
      'Privacy notice\n\nThe community paediatric team upstairs is part of Eastholme Healthcare NHS Trust. The NHS Trust is the data controller for its clinic records, and its own privacy notice explains how it uses them.\n\nFor questions email office@eastholme-nursery.example.sch.uk.';
    expect(run('controller-identity', text).status).toBe('partial');
  });

  it('is partial when only an email domain identifies the school', () => {
    expect(run('controller-identity', 'Privacy notice\n\nFor questions email admin@northgate.kent.sch.uk.').status).toBe('partial');
  });

  it('is partial when the name is only in the page header or title (page chrome)', () => {
    const html = page('<h1>Privacy notice</h1><p>As a school we hold information about pupils.</p>', {
      title: 'Privacy | Ashdown Primary School',
      header: '<a href="/">Ashdown Primary School</a>',
    });
    const v = run('controller-identity', html, true);
    expect(v.status).toBe('partial');
    expect(v.evidence[0]!.where).toMatch(/page title|site header/);
  });

  it('is partial for a template placeholder', () => {
    expect(run('controller-identity', '[Insert school name] is the data controller for the information in this notice.').status).toBe(
      'partial',
    );
  });

  it('reads a trust name with no school noun where the text presents it as an organisation', () => {
    // Called the controller, registered as a company, or given in a labelled field.
    for (const text of [
      'Brackenford Learning is the data controller for the pupil information in this notice.',
      'Our schools are run by Brackenford Learning (company number 09876543). We are the data controller.',
      'Data controller: Brackenford Learning, Mill Lane, Ashby AB1 2CD',
      'Who we are\n\nBrackenford Learning is the organisation which is in charge of your personal information. This means the academy trust is the data controller.',
    ]) {
      const v = run('controller-identity', `Privacy notice\n\n${text}`);
      expect(v.status, text).toBe('pass');
      expect(v.message, text).toMatch(/Brackenford Learning/);
    }
  });

  it('ties a name defined as "the School" (hereinafter, known as) to the notice', () => {
    expect(
      run(
        'controller-identity',
        'Privacy notice\n\nHolly Bank Infant School (hereinafter "the School") is part of a federation of two schools.',
      ).status,
    ).toBe('pass');
  });

  it('does not take a supplier company or another public body for the controller', () => {
    const supplier = run(
      'controller-identity',
      'Privacy notice\n\nWe use Pupilware Systems Ltd (company number 01234567), a registered company, to hold records. We are the data controller.',
    );
    expect(supplier.status).toBe('fail');
    expect(run('controller-identity', 'Privacy notice\n\nNHS England is the data controller for the vaccination programme.').status).toBe(
      'fail',
    );
    // A partner that is "an independent data controller" is not the notice's own controller.
    expect(
      run(
        'controller-identity',
        'Privacy notice\n\nCloudway Learning Platforms is an independent data controller for the data it collects.',
      ).status,
    ).toBe('fail');
    // "the Academy Trust" is a description, not a name.
    expect(run('controller-identity', 'Privacy notice\n\nThe Academy Trust is the data controller.').status).toBe('fail');
  });

  it("is partial when the controller's name beside an unnamed controller statement is a placeholder", () => {
    const v = run(
      'controller-identity',
      "St Anne's Catholic Primary School is one of the schools of the [insert name of trust] Catholic Academy Trust. The trust is the data controller for pupil information.",
    );
    expect(v.status).toBe('partial');
    // A placeholder elsewhere in the notice is residue, not the controller's missing name.
    expect(
      run(
        'controller-identity',
        "St Anne's Catholic Primary School\n\nPrivacy notice\n\nThe school is the data controller.\n\nYou can contact [insert name of trust] about admissions.",
      ).status,
    ).toBe('pass');
  });

  it('fails when no name is given at all ("as a school")', () => {
    const v = run('controller-identity', "As a school we collect a lot of information. Please contact your school's office.");
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/looked for/);
  });
});

describe('controller-contact', () => {
  it('passes for a school email, phone number or postal address', () => {
    expect(run('controller-contact', 'Contact\n\nPlease contact the school office on 01632 960 184.').status).toBe('pass');
    expect(run('controller-contact', 'Write to us at Elm Road, Bristol BS7 8QT.').status).toBe('pass');
    expect(run('controller-contact', 'Email office@elmroad.bristol.sch.uk with any question.').status).toBe('pass');
  });

  it("does not take a council's or diocese's desk for the school's own channel", () => {
    const v = run(
      'controller-contact',
      'For admissions, contact the Diocese of Northfield Education Service on 01632 960 192.\n\nNorthshire County Council, County Hall, Northtown NT1 2AB.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/another organisation/);
    // The same desk named as the school's own still counts.
    expect(run('controller-contact', 'Contact the school office or the diocese on 01632 960 197.').status).toBe('pass');
  });

  it("does not take a council's switchboard for the school's channel, though the caller asks for the school", () => {
    const v = run(
      'controller-contact',
      'To contact the school, ring Westvale County Council’s main switchboard on 01632 960400 and ask to be put through to Brookfield Primary School.',
    );
    expect(v.status).toBe('partial');
    // the school's own number beside it still counts
    expect(
      run(
        'controller-contact',
        'Ring the school office on 01632 960411. Out of hours, ring Westvale County Council’s switchboard on 01632 960400.',
      ).status,
    ).toBe('pass');
  });

  it("does not take the ICO's Wales office for the school's channel", () => {
    expect(
      run(
        'controller-contact',
        "Please talk to the headteacher first. You can also complain to the Information Commissioner's Office: its Wales office is on 0330 414 6421.",
      ).status,
    ).not.toBe('pass');
  });

  it("does not take a template's sample address for a channel", () => {
    expect(run('controller-contact', 'Email the school office at office@schoolname.sch.uk.').status).not.toBe('pass');
    expect(run('controller-contact', 'Use the form at https://www.yournurseryname.co.uk/contact-us to reach us.').status).not.toBe('pass');
    // a real address that only contains the words
    expect(run('controller-contact', 'Email the school office at office@schoolnamesake.sch.uk.').status).toBe('pass');
  });

  it('counts contact details in the page footer', () => {
    const html = page('<h1>Privacy notice</h1><p>Please contact the school office.</p>', {
      footer: '<p>Elm Road Primary School, Elm Road, Bristol BS7 8QT. Tel 0117 496 0000</p>',
    });
    const v = run('controller-contact', html, true);
    expect(v.status).toBe('pass');
    expect(v.evidence[0]!.where).toBe('page footer');
  });

  it('does not read a key stage as a postcode', () => {
    expect(run('controller-contact', 'Pupils in KS2 1st and 2nd sets sit the tests in May.').status).toBe('fail');
  });

  it('does not count ICO or DfE contact details as the school (trap)', () => {
    const v = run(
      'controller-contact',
      'Information Commissioner\n\nYou can reach the ICO on 0303 123 1113, by email at casework@ico.org.uk, or at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.\n\nTo contact DfE: https://www.gov.uk/contact-dfe',
    );
    expect(v.status).toBe('fail');
  });

  it('is partial when a channel is promised but not given', () => {
    const v = run(
      'controller-contact',
      'If you would like to discuss anything in this privacy notice, please contact the school office via email or using the "Contact Us" form below.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/no email address/);
  });

  it('is partial when the only channel is an outsourced DPO mailbox', () => {
    const v = run(
      'controller-contact',
      'Data Protection Officer\n\nOur DPO is provided by the county council and can be contacted at schools.dpo@county.gov.uk.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/Data Protection Officer/);
  });
});

describe('dpo-contact', () => {
  it('passes when the DPO is named with an email', () => {
    const v = run('dpo-contact', 'Our data protection officer is Mr K Osei, who can be contacted at k.osei@dpo-services.example.com.');
    expect(v.status).toBe('pass');
  });

  it('reads "the law does not require us to appoint a DPO" as no DPO, leaving the lead named with a channel partial', () => {
    const text =
      'Being a small independent nursery, the law does not require us to appoint a data protection officer. Our owner, Ms Ada Lind, is our Data Protection Lead; email ada@acorns.example.org.uk.';
    expect(run('dpo-contact', text).status).toBe('partial');
    const legally =
      'As an independent school we are not legally required to appoint a Data Protection Officer. Instead, our Bursar acts as our Privacy Lead and is responsible for data protection across the school. You can contact him at privacy@elm.example.org.uk.';
    expect(run('dpo-contact', legally).status).toBe('partial');
  });

  it('reads "there\'s no separate Data Protection Officer" as no DPO, whatever channel follows', () => {
    const text =
      "I'm a one-woman band, so there's no separate Data Protection Officer. Any questions about your information come straight to me: email jo@wrens.example.co.uk.";
    expect(run('dpo-contact', text).status).not.toBe('pass');
    expect(
      run('dpo-contact', 'If there is no DPO at your school, ask the office. Our DPO is Sam Reed: dpo@wrens.example.co.uk.').status,
    ).toBe('pass');
  });

  it('reads a decision not to appoint a DPO as no DPO, the lead named instead being partial', () => {
    const text =
      'Being an independent school, Larchwood is not a public authority, and the governors chose not to appoint a statutory Data Protection Officer. Our Finance Director acts as Data Protection Lead instead. Email: privacy@larchwood.example.org.uk';
    expect(run('dpo-contact', text).status).toBe('partial');
  });

  it('reads "the named person for data protection" as a lead under another title (partial)', () => {
    const text =
      'Our Nursery Manager, Ms Ada Lind, is the named person for data protection. As a small charity we have not appointed a formal data protection officer; email ada@acorns.example.org.uk.';
    expect(run('dpo-contact', text).status).toBe('partial');
  });

  it('does not take the channel of a lead named in the next paragraph as the DPO’s (trap)', () => {
    const text =
      'Our Data Protection Officer is Mrs Ruth Adeyemi. She gives us advice when we need it.\n\nDay-to-day questions are handled by our Data Protection Lead, Mr Tom Birch, who you can email at dataprotection@kestrel.example.sch.uk.';
    expect(run('dpo-contact', text).status).toBe('partial');
    expect(
      run('dpo-contact', 'Our Data Protection Officer is Mrs Ruth Adeyemi.\n\nYou can email her at r.adeyemi@dpo-services.example.com.')
        .status,
    ).toBe('pass');
  });

  it('reads a postal address set out a line to each part after "The DPO can be written to at:" as the DPO\'s channel', () => {
    const card = 'Harlow Street Chambers\nFloor 2\n17 Mercer Row\nLeeds\nLS2 7QT';
    const text = (address: string) =>
      `Data protection officer\n\nOur Data Protection Officer is Brightline Audit Ltd.\n\nThe DPO can be written to at:\n${address}\n\nYour rights\n\nYou can ask for a copy of your data.`;
    expect(run('dpo-contact', text(card)).status).toBe('pass');
    // Near miss: no postcode ends the lines, so nothing there is a channel.
    expect(run('dpo-contact', text('Harlow Street Chambers\nFloor 2\n17 Mercer Row\nLeeds')).status).toBe('partial');
  });

  it("does not take the school's desk given in the next paragraph as the DPO's channel (checklist.md 2.3)", () => {
    expect(
      run(
        'dpo-contact',
        'Our Data Protection Officer is Ms Hana Kowalczyk, who advises governors on data protection.\n\nIf you have a question about this page, reception can be contacted on 01632 960512 or at admin@millbeck.example.sch.uk.',
      ).status,
    ).toBe('partial');
    // nor the school at large, for other matters
    expect(
      run(
        'dpo-contact',
        'Our Data Protection Officer is Mr Idris Vane, who checks that we keep to the law.\n\nAbout anything else on this page, contact the school on 01632 960512.',
      ).status,
    ).toBe('partial');
    // nor another member of staff named there, such as the data manager or the bursar
    expect(
      run(
        'dpo-contact',
        'Our Data Protection Officer service comes from Fenwick Governance Ltd.\n\nEveryday questions can go to Mr Sam Oduya, our Data Manager, at data@millbeck.example.sch.uk.',
      ).status,
    ).toBe('partial');
    // a paragraph pointing back at the DPO is the DPO's channel (guards the desk reading)
    expect(
      run(
        'dpo-contact',
        'Our Data Protection Officer is Ms Hana Kowalczyk.\n\nYou can reach her through the school office on 01632 960512.',
      ).status,
    ).toBe('pass');
  });

  it("does not take the next row of a contacts table, another person's, as the DPO's channel", () => {
    const html = (dpoCells: string) =>
      '<html><body><main><h1>Privacy notice</h1><h2>Contacts</h2><table><tr><th>Role</th><th>Name</th><th>Email</th></tr>' +
      `<tr><td>Data Protection Officer</td>${dpoCells}</tr>` +
      '<tr><td>Data Manager</td><td>Mr Leo Varga</td><td>data@hillcrest.example.sch.uk</td></tr></table></main></body></html>';
    const status = (cells: string) =>
      runAudit(
        { notice: { format: 'html', html: html(cells), url: 'https://hillcrest.example/privacy' } },
        { asOf: '2026-12-05' },
      ).items.find((i: { id: string }) => i.id === 'dpo-contact')?.status;
    expect(status('<td></td><td></td>')).toBe('partial');
    // the DPO's own row with its address (guards the row reading)
    expect(status('<td>Ms Ada Quist</td><td>dpo@schoolsdpo.example.org</td>')).toBe('pass');
  });

  it("does not take the next point of a bulleted list as the DPO's channel", () => {
    const items = (second: string) =>
      `About us\n\n- Elm Infant School is the data controller.\n- Our Data Protection Officer service is bought from the county council.\n- ${second}`;
    expect(run('dpo-contact', items('Questions about school life go to Mr Paul Grey, Office Manager, on 01632 960555.')).status).toBe(
      'partial',
    );
    // a point followed by a line of its contact card, and an item ending as a lead-in, still carry on into the next
    expect(run('dpo-contact', 'About us\n\n- Our Data Protection Officer is Mrs Jane Orme.\n- Email: j.orme@dpo.example.com').status).toBe(
      'pass',
    );
    expect(run('dpo-contact', 'About us\n\n- Our Data Protection Officer can be reached at:\n- dpo@county.example.gov.uk').status).toBe(
      'pass',
    );
  });

  it('passes when the channel sits under a "Data Protection Officer" heading', () => {
    expect(
      run(
        'dpo-contact',
        'Data Protection Officer\n\nJudicium Consulting provides our DPO service.\n\nEmail: dataservices@judicium.example.com',
      ).status,
    ).toBe('pass');
  });

  it('passes for a DPO mailbox link in HTML', () => {
    const html = page(
      '<h2>Contact</h2><p>Questions about data protection go to our <a href="mailto:dpo@oakhill.example.sch.uk">Data Protection Officer</a>.</p>',
    );
    expect(run('dpo-contact', html, true).status).toBe('pass');
  });

  it('passes when the DPO mention points to contact details given below', () => {
    const text =
      'Data protection\n\nOur Data Protection Officer is Mr T Ward (contact details below).\n\nContact us\n\nEmail: office@ashby.example.sch.uk';
    expect(run('dpo-contact', text).status).toBe('pass');
    expect(
      run(
        'dpo-contact',
        'Data protection\n\nOur Data Protection Officer is Mr T Ward (contact details below).\n\nCurriculum\n\nEmail: office@ashby.example.sch.uk',
      ).status,
    ).toBe('partial');
  });

  it('is partial when the DPO is mentioned with no channel', () => {
    const v = run('dpo-contact', 'To make a request, contact the Data Protection Officer at Larkfield Junior School.');
    expect(v.status).toBe('partial');
  });

  it('treats a Data Protection Lead as not a DPO (trap)', () => {
    const v = run(
      'dpo-contact',
      'Where can I get advice?\n\nThe School Data Protection Lead: Mrs R Hughes, office@brynhyfryd.example.sch.uk',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/not the independent Data Protection Officer/);
  });

  it('reads a DPO said not to be appointed as none, and the lead named instead as a lead (trap)', () => {
    const v = run(
      'dpo-contact',
      'As a private nursery we are not obliged to appoint a Data Protection Officer, and we have not done so. Our Data Protection Lead is Mrs K Orme: k.orme@plumtree.example.org.uk, 01632 960 118.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/not the independent Data Protection Officer/);
  });

  it('reads a data-protection mailbox on the card of a named lead as the lead’s, though a glossary defines a DPO (trap)', () => {
    const text = [
      'Our Data Protection Lead is Mrs Kerry Ashdown, School Business Manager. She deals with requests from parents.',
      '',
      'Email: dataprotection@hollinsbrook.sch.example',
      'Phone: 01632 960418',
      '',
      'Glossary',
      'Data Protection Officer (DPO): an independent adviser who checks that an organisation follows data protection law.',
    ].join('\n');
    expect(run('dpo-contact', text).status).toBe('partial');
  });
  it('reads a mailbox once given as the lead’s as the lead’s wherever it appears again', () => {
    const v = run(
      'dpo-contact',
      [
        'Who looks after data protection?',
        'Questions about data protection go to our Data Protection Lead, Mr D Kerr, at dataprotection@rowanbank.example.sch.uk.',
        'Our trust has also appointed a Data Protection Officer, who advises all its schools.',
        'Seeing your records',
        'To ask for a copy of your child’s records, email Mr Kerr at dataprotection@rowanbank.example.sch.uk.',
      ].join('\n\n'),
    );
    expect(v.status).toBe('partial');
  });

  it('reads a volunteer "data person" as a lead, not a DPO', () => {
    const v = run('dpo-contact', 'One committee member volunteers as our data person and answers requests: Mr T Ives, 01632 960 224.');
    expect(v.status).toBe('partial');
  });

  it('ignores the Welsh Government’s DPO given as an address card', () => {
    const text = [
      'How the Welsh Government uses the census',
      'Questions about what the Welsh Government does with the data can be sent to:',
      'Data Protection Officer',
      'Welsh Government',
      'Cathays Park',
      'Cardiff',
      'CF10 3NQ',
    ].join('\n');
    expect(run('dpo-contact', text).status).toBe('fail');
  });

  it("ignores the DfE's DPO", () => {
    expect(run('dpo-contact', "You can contact the DfE's data protection officer at https://www.gov.uk/contact-dfe.").status).toBe('fail');
  });

  it('fails when only a business manager is given', () => {
    const v = run('dpo-contact', 'To make a request contact Mrs P Lamb, School Business Manager, p.lamb@hollins.example.sch.uk');
    expect(v.status).toBe('fail');
  });
});

describe('controller-identity: early-years settings and companies are named controllers', () => {
  it.each([
    ['Sunflower Playgroup is the data controller for the information we keep about children and families.', 'Sunflower Playgroup'],
    ['Tiny Steps Pre-school is a data controller under the UK GDPR.', 'Tiny Steps Pre-school'],
    ['Oak Tree Day Nursery Ltd is the data controller for the records described below.', 'Oak Tree Day Nursery Ltd'],
    ['Bright Horizons Childcare Limited is the data controller for this information.', 'Bright Horizons Childcare Limited'],
    ['The Meadows Nursery Schools Federation is the data controller for both nursery schools.', 'Meadows Nursery Schools Federation'],
  ])('passes: %s', (text, name) => {
    const v = run('controller-identity', `Privacy notice\n\n${text}`);
    expect(v.status).toBe('pass');
    expect(v.message).toContain(name);
  });

  it('passes when the setting names itself and then calls itself "the pre-school" as controller', () => {
    const v = run(
      'controller-identity',
      "Privacy statement\n\nHazel Lane Community Pre-school is run by a parent committee. The pre-school is a 'data controller' for the information below.",
    );
    expect(v.status).toBe('pass');
    expect(v.message).toContain('Hazel Lane Community Pre-school');
  });

  it('does not take a nursery manager, the nursing service or an ordinary company for the controller (traps)', () => {
    expect(
      run('controller-identity', 'Privacy notice\n\nThe data controller is the setting. Ask the Nursery Manager for details.').status,
    ).toBe('fail');
    expect(
      run(
        'controller-identity',
        'Privacy notice\n\nThe School Nursing Service receives health information. The school is the data controller.',
      ).status,
    ).toBe('fail');
    const v = run(
      'controller-identity',
      'Privacy notice\n\nThe school is the data controller. Our processor, Cloud Files Ltd, hosts our records.',
    );
    expect(v.status).not.toBe('pass');
  });

  it('is partial when only a trust mailbox identifies the organisation', () => {
    expect(
      run('controller-identity', 'Privacy notice\n\nThe trust is the data controller. Email info@oakvalemat.org.uk with questions.').status,
    ).toBe('partial');
  });
});

describe("controller-contact: the school's own address given beside the DPO's mailbox", () => {
  it.each([
    'Data Protection Officer\n\nMr J Bell, data protection officer, dpo@willowfed.example.sch.uk. Willow Nursery School, Mill Road, Leeds LS9 9ZZ.',
    "Our Data Protection Officer is Mrs K Patel (dpo@northgate.example.org.uk). The trust's registered office is Northgate House, 1 High Street, York YO1 9ZZ.",
    'Contacting us and our DPO\n\nHarbour Academy, Quay Road, Poole BH15 9ZZ. Telephone 01202 960 111.',
    'Contact the DPO\n\nThe trust has a Data Protection Officer, dpo@fenland.example.org.uk. You can write to us at Fenland Learning Trust, 2 Market Place, Ely CB7 9ZZ.',
    // the trust's office named on the officer's card
    'Who to contact\n\nAmy Hale, Trust Data Protection Officer\nMarshland Schools Partnership, Trust Office, 3 Quay Street, Wisbech PE13 9ZZ\nEmail: dpo@marshland.example.org.uk',
  ])('passes: %s', (text) => {
    expect(run('controller-contact', text).status).toBe('pass');
  });

  it("stays partial for an outsourced DPO's own address and mailbox (trap)", () => {
    expect(
      run(
        'controller-contact',
        'Data Protection Officer\n\nOur DPO service is provided by Schools Data Services Ltd, 9 Cannon Street, London EC4N 9ZZ, dataprotection@sdsl.example.com.',
      ).status,
    ).toBe('partial');
    expect(
      run(
        'controller-contact',
        'Data Protection Officer\n\nContact the Data Protection Officer at Larkfield Junior School: dpo@larkfield.example.sch.uk.',
      ).status,
    ).toBe('partial');
  });
});

describe('controller-identity: the school named shortly', () => {
  it("reads the school's name shortened to its own words, as the subject, as the school", () => {
    const text =
      'Hartley Green, a voluntary controlled Church of England primary school in the Diocese of Exeter, is the data controller for the information in this notice.\n\nHartley Green C of E VC School\nChurch Lane, Hartley';
    const report = runAudit({ notice: { format: 'text', text } }, { asOf: '2026-11-23' });
    expect(report.school).toBe('Hartley Green C of E VC School');
    expect(report.items.find((i) => i.id === 'controller-identity')!.status).toBe('pass');
  });
});
