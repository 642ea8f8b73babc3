// Unit tests for the content checks (purposes to parents' data) and the list-dropped / transfer-undisclosed flags, traps included.
import { describe, expect, it } from 'vitest';
import { NPD_BOILERPLATE, flag, run } from './content-harness';

describe('purposes', () => {
  it('reads a list under the question the reader asks, "Q: What do you use it for?"', () => {
    const text =
      'Q: What do you use it for?\n- to teach you and help you get your qualifications\n- to check how you are doing and report it to your home school and the council\n- to send the information the Department for Education and the council need';
    const v = run('purposes', text);
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/What do you use it for/);
  });

  it('reads a list under a statement heading "What we use it for"', () => {
    const text =
      '6. What we use your information for\nEach use is set out below with the reason the law allows it.\n- Teaching and reporting progress: public task\n- Keeping the attendance register: legal obligation\n- First aid in an emergency: vital interests';
    expect(run('purposes', text).status).toBe('pass');
  });

  it('reads a run of infinitives under a purposes heading as its answer', () => {
    const v = run(
      'purposes',
      'Why we use it\nTo look after your child safely, to plan for their learning, to contact you during the day, and to meet the requirements of Ofsted and the council.',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.text).toMatch(/^Why we use it: To look after/);
  });
  it('keeps a purposes heading over one infinitive that is no purpose the heading only', () => {
    expect(run('purposes', 'Why we use it\nTo find out more, see our full policy.').status).toBe('partial');
    expect(run('purposes', 'Why we use it\nTo ask a question, ring the office on 01632 960 100.').status).toBe('partial');
  });

  it('passes for a purposes list after a lead-in, quoting it', () => {
    const v = run('purposes', 'We process pupil information for these reasons:\n\n- to support learning\n- to keep children safe\n');
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.text).toMatch(/these reasons/);
  });
  it('passes for narrative purposes even when a lead-in list was dropped', () => {
    const v = run(
      'purposes',
      'Why we use data? We do so to:\nOur duties\nWe use data to monitor attendance. We use software to track progress.',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/empty/);
  });
  it('is partial for an empty lead-in with no narrative, fail for nothing', () => {
    expect(run('purposes', 'We use pupil data to:\nContact us\nPhone the office.').status).toBe('partial');
    expect(run('purposes', 'This notice is about pupils.').status).toBe('fail');
  });
  it("does not count the NPD third-party purposes as the school's", () => {
    const v = run(
      'purposes',
      `${NPD_BOILERPLATE}\nThe department may share information with third parties who promote the education of children by conducting research or analysis and producing statistics.`,
    );
    expect(v.status).toBe('fail');
  });
});

describe('data-categories', () => {
  it('passes for a category list and for several categories named in one sentence', () => {
    expect(
      run('data-categories', 'The categories of pupil information that we process include:\n- names and addresses\n- attendance\n').status,
    ).toBe('pass');
    expect(run('data-categories', 'We hold names, dates of birth, attendance records and medical information.').status).toBe('pass');
  });
  it('reads a table under a title naming the kinds of pupil data ("Types of learner information") as the list', () => {
    const html =
      '<h2>Types of learner information</h2><table><tr><th>Kind</th><th>For example</th></tr>' +
      '<tr><td>Identity</td><td>full name and home address</td></tr><tr><td>Health</td><td>allergies and medicines</td></tr></table>';
    expect(run('data-categories', html, { html: true }).status).toBe('pass');
  });
  it('reads a categories heading over short sentences naming one kind each as the list', () => {
    const text = [
      'Privacy notice',
      '',
      'What we hold',
      '',
      "We write down each child's name.",
      'We note their home address.',
      'We record attendance every morning.',
      'We keep a note of any allergies and medical needs.',
    ].join('\n');
    expect(run('data-categories', text).status).toBe('pass');
  });
  it('is partial when the category list is empty and categories are only implied', () => {
    const v = run(
      'data-categories',
      'The categories of pupil information that we hold include:\nSharing\nWe record attendance so that we can follow up absences.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/empty/);
  });
  it('reads a question-and-answer entry that promises a list as a lead-in: its own nested list, never the next question', () => {
    const page = (answer: string) =>
      `<h2>About the records</h2><dl><dt>Which details do you keep?</dt><dd><p>The kinds of information we hold are set out here:</p>${answer}</dd>` +
      '<dt>Who gives them to you?</dt><dd><p>Families, when a child joins, and the previous school.</p></dd></dl>' +
      '<p>Each autumn we check your address, contact details and medical needs with you.</p>';
    const listed = run('data-categories', page('<ul><li>dietary needs and allergies</li><li>attendance marks</li></ul>'), { html: true });
    expect(listed.status).toBe('pass');
    const lost = run('data-categories', page('<ul></ul><p>Some of it will not apply to your child. Ask the office to see it.</p>'), {
      html: true,
    });
    expect(lost.status).toBe('partial');
    expect(lost.message).toMatch(/empty/);
  });
  it("does not take a processor schedule table for the school's list", () => {
    expect(
      run('data-categories', 'Type of Personal Data\tnames, addresses, ethnicity, attendance\nCategories of Data Subject\tYear 11 students')
        .status,
    ).toBe('fail');
  });
});

describe('data-sources', () => {
  it('reads secure file transfer as a source only when files arrive by it', () => {
    expect(run('data-sources', 'Files we send to other organisations go by secure email or secure file transfer.').status).not.toBe('pass');
    expect(run('data-sources', 'Records arrive through secure file transfer when a pupil joins us.').status).toBe('pass');
  });
  it('does not read requests the school receives from a body as data it receives', () => {
    expect(
      run('data-sources', 'We use it to run the canteen and to meet the data requests we receive from the Department for Education.')
        .status,
    ).not.toBe('pass');
    expect(run('data-sources', 'We receive records from the Department for Education when a pupil joins.').status).toBe('pass');
    // a heading naming the requests, and the DPO service supplied under an agreement
    expect(run('data-sources', 'DATA REQUESTS FROM THE DEPARTMENT FOR EDUCATION\n\nWe send the census each term.').status).not.toBe('pass');
    expect(
      run(
        'data-sources',
        "Our Data Protection Officer is provided under a service level agreement by the Council's Information Governance Team.",
      ).status,
    ).not.toBe('pass');
  });
  it('reads data said to be supplied by third parties, the bodies named beside them, as sources', () => {
    const v = run(
      'data-sources',
      'Sometimes personal data is supplied by third parties, for example the pupil’s previous school or the local authority.',
    );
    expect(v.status).toBe('pass');
    // with none named, the others stay unnamed
    expect(run('data-sources', 'Sometimes personal data is supplied by third parties.').status).toBe('needs-review');
    // a service supplied by others is no data coming in
    expect(run('data-sources', 'Our payroll service is supplied by third parties, for example the local authority.').status).not.toBe(
      'pass',
    );
  });
  it('passes a lead-in of where the data comes from whose list names the bodies', () => {
    const text =
      'Where your child’s information comes from\nMost of it you give us yourself. We are also sent details from:\n- the nursery your child attended before\n- the council’s early help team\n- health visitors';
    expect(run('data-sources', text).status).toBe('pass');
  });

  it('does not read a list of who the school sends data to as sources', () => {
    const text = 'Most of it you give us yourself.\nWe pass information on to:\n- the council’s early help team\n- health visitors';
    expect(run('data-sources', text).status).not.toBe('pass');
  });

  it('does not read the next school that receives the record through the CTF as a source', () => {
    const text =
      'Most of it you give us yourself. When pupils leave in Year 6 we deal with the high school they move to, which gets their file through the Common Transfer File.';
    expect(run('data-sources', text).status).not.toBe('pass');
  });

  it('passes for the CTF or data received from a previous school / local authority', () => {
    expect(run('data-sources', 'We collect pupil information via registration forms or the Common Transfer File (CTF).').status).toBe(
      'pass',
    );
    expect(
      run('data-sources', 'We may also receive information about your child from their previous school and the local authority.').status,
    ).toBe('pass');
  });
  it('is partial when only the family is the source', () => {
    expect(run('data-sources', 'Most of the information you provide to us is mandatory.').status).toBe('partial');
    expect(run('data-sources', 'We gather nearly all of these details straight from students themselves.').status).toBe('partial');
  });
  it('fails on the NPD "range of sources" sentence and says why', () => {
    const v = run('data-sources', NPD_BOILERPLATE);
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/National Pupil Database/);
  });
  it("does not read the Department's database as assembled from others' data as the school's sources", () => {
    const v = run('data-sources', 'The National Pupil Database is compiled from returns made by schools, councils and exam boards.');
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/National Pupil Database/);
    // the school's own system filled from what another school sends is a source
    expect(run('data-sources', 'Our database is populated from the file sent to us by the previous school.').status).toBe('pass');
  });
  it('does not read the school sending a record through the Common Transfer File as a source', () => {
    expect(
      run('data-sources', 'If your child moves to a school in Scotland, we send their record through the Common Transfer File.').status,
    ).toBe('fail');
    expect(run('data-sources', 'When a child joins us, we receive their record through the Common Transfer File.').status).toBe('pass');
  });
  it('does not read an outgoing post-16 transfer as a source', () => {
    expect(run('data-sources', 'Transfer of student data from their secondary school to their chosen Post 16 provider.').status).toBe(
      'fail',
    );
  });
});

describe('statutory-or-voluntary', () => {
  it('reads a share of the data owed to the bodies that collect it as partly compulsory', () => {
    for (const text of [
      'Much of this information is required by the Welsh Government and the Council by law, so that they can fund schools.',
      'Some of the information is required by the Department for Education.',
    ])
      expect(run('statutory-or-voluntary', `What we collect\n${text}`).status, text).toBe('partial');
  });

  it('passes for the DfE formula and for a mandatory/optional statement', () => {
    expect(
      run(
        'statutory-or-voluntary',
        'We will tell you whether you are required to provide certain information or if you have a choice in this.',
      ).status,
    ).toBe('pass');
    expect(run('statutory-or-voluntary', 'Some items on the form are mandatory and others are optional.').status).toBe('pass');
  });
  it('reads a rule that requires the setting to hold information about every child as the compulsory side', () => {
    const v = run('statutory-or-voluntary', 'The early years framework requires us to hold certain details about every child we care for.');
    expect(v.status).toBe('partial');
    // Not a rule on how long records are kept.
    expect(run('statutory-or-voluntary', 'The law requires us to keep attendance registers for three years.').status).toBe('fail');
  });

  it('reads a share of the information said to be owed by law, with no clause of who gives it, as the compulsory side', () => {
    const v = run(
      'statutory-or-voluntary',
      'Certain details are required by law for funded places, and without them we cannot take your child.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/must be provided/);
    // Not a duty to pass the data on.
    expect(run('statutory-or-voluntary', 'Some information is required by law to be sent to the council.').status).toBe('fail');
  });
  it('reads a share of what a form asks, said to be required by whoever sets the rule, as the compulsory side', () => {
    const v = run('statutory-or-voluntary', 'Some of the information on our booking form is required by the Ofsted registration rules.');
    expect(v.status).toBe('partial');
    expect(v.evidence[0]?.text).toMatch(/booking form is required/);
    expect(run('statutory-or-voluntary', 'Certain details in the admission form are required by the local authority.').status).toBe(
      'partial',
    );
    // Not a duty to pass what the form holds on.
    expect(run('statutory-or-voluntary', 'Some of the information on the form is required to be shared with the council.').status).toBe(
      'fail',
    );
  });
  it('reads the family\'s duty said plainly ("you must provide it") as the compulsory side, not the question a heading asks', () => {
    expect(
      run('statutory-or-voluntary', 'Nearly all of what we ask for is needed for our legal duties, and you must provide it.').status,
    ).toBe('partial');
    expect(run('statutory-or-voluntary', 'Do you have to give it to us?').status).toBe('fail');
  });
  it('is partial for "required by law to collect" alone', () => {
    expect(run('statutory-or-voluntary', 'The local authority requires us to collect a lot of data by law.').status).toBe('partial');
  });
  it('does not read a duty to share with the DfE as a statement about providing data', () => {
    expect(
      run(
        'statutory-or-voluntary',
        'We are required by law to provide information about our pupils to the DfE as part of statutory data collections.',
      ).status,
    ).toBe('fail');
  });
});

describe('recipients', () => {
  it("reads a list after a lead-in with an aside, or under the parent's question, whatever one item says of suppliers", () => {
    const items =
      '- the county council, our local authority\n- the Department for Education\n- the companies that run our systems, who may only use the information to provide their service to us';
    expect(run('recipients', `We share information, only as much as is needed, with:\n${items}`).status).toBe('pass');
    expect(run('recipients', `Who do you share it with?\n\n${items}`).status).toBe('pass');
  });
  it('passes for a recipients list and for several bodies named in sharing sentences', () => {
    expect(run('recipients', 'We routinely share pupil information with:\n- our local authority\n- the NHS\n').status).toBe('pass');
    expect(run('recipients', 'We share safeguarding concerns with the police and social care.').status).toBe('pass');
  });
  it('is partial when the lead-in list is empty but a recipient survives elsewhere', () => {
    const v = run(
      'recipients',
      'Organisations we may share information with include:-\nWe must keep contact details up to date.\nMedical teams have access to some information.',
    );
    expect(v.status).toBe('partial');
  });
  it('fails when the lead-in list is empty and nothing survives', () => {
    expect(run('recipients', 'Organisations we may share information with include:-\nContact\nPlease ring the office.').status).toBe(
      'fail',
    );
  });
  it('does not count the DfE "without consent unless the law allows" rule as a recipient list', () => {
    const v = run(
      'recipients',
      'We do not share information about our pupils with anyone without consent unless the law and our policies allow us to do so.',
    );
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/sharing rule/);
  });
});

describe('international-transfers', () => {
  it('reads contracts said to carry the safeguards the law requires as the protection', () => {
    const v = run(
      'international-transfers',
      "Some services are provided by Microsoft and Google, which may store data outside the UK; the Welsh Government's contracts with them include the safeguards that the law requires for such transfers.",
    );
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.text).join(' ')).toMatch(/contracts with them include the safeguards/);
    expect(
      run(
        'international-transfers',
        'Our app provider stores data in the United States; our contract requires the same standard of protection as UK law.',
      ).status,
    ).toBe('pass');
    // Contracts with no word of protection are not one.
    expect(
      run('international-transfers', 'Our app provider stores data in the United States under a contract with the school.').status,
    ).toBe('partial');
  });
  it('reads a file with nowhere to be sent, because the child moved abroad, as no transfer', () => {
    expect(
      run(
        'international-transfers',
        'When there is no new school to send the file to (say a family emigrates to Canada or moves abroad), we keep it until the pupil is 25.',
      ).status,
    ).toBe('fail');
    expect(run('international-transfers', 'If a pupil moves abroad we send their file on to the new school.').status).toBe('partial');
  });
  it('reads data held in the EEA beside a denial drawn at the EEA as no contradiction, and says where the line was drawn', () => {
    const v = run(
      'international-transfers',
      'We never send pupil records outside the European Economic Area (EEA). Our app provider stores its data in Ireland, in the EEA, which UK law recognises as adequate.',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/outside the EEA/);
    // a denial drawn at the UK is still contradicted by data kept in the EEA
    const uk = run(
      'international-transfers',
      'We never send pupil records outside the UK. Our app provider stores its data in Ireland, in the EEA, which UK law recognises as adequate.',
    );
    expect(uk.status).toBe('partial');
  });
  it('reads a condition on a move not made ("... before any data is moved abroad") as no contradiction of a denial', () => {
    const v = run(
      'international-transfers',
      'The school does not transfer pupil data outside the United Kingdom. Our systems are hosted in UK data centres, and our contracts require suppliers to ask us before any data is moved abroad.',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.text).toMatch(/does not transfer pupil data outside/);
  });
  it('reads a move the contracts forbid ("do not let them send it abroad") as no contradiction of a denial', () => {
    const v = run(
      'international-transfers',
      'We never send pupil information outside the United Kingdom. Our suppliers keep it in British data centres, and our agreements do not permit them to transfer anything overseas.',
    );
    expect(v.status).toBe('pass');
  });
  it('does not read a denial limited to the usual course ("not ... as part of our ordinary work") as data staying in the UK', () => {
    const v = run(
      'international-transfers',
      'We do not move pupil records overseas as part of our everyday work. Our homework app keeps its data in the United States, protected by the International Data Transfer Agreement.',
    );
    expect(v.status).toBe('pass');
  });
  it('does not read a denial limited by a condition ("not ... without protection") as data staying in the UK', () => {
    const v = run(
      'international-transfers',
      'Some of our apps are run by companies in the United States. We never move pupil records outside the UK without safeguards. When it happens, the supplier signs the International Data Transfer Agreement.',
    );
    expect(v.status).toBe('pass');
  });
  it('does not read a denial with an exception ("not ... outside the UK save where an adequacy decision covers it") as data staying in the UK', () => {
    const v = run(
      'international-transfers',
      'The Trust does not transfer personal data outside the UK save where an adequacy decision covers the country or the transfer is protected by the International Data Transfer Agreement. Our email provider stores some data in the United States under that Agreement.',
    );
    expect(v.status).toBe('pass');
  });
  it.each([
    // the apps stand for the data; the country is the reader's own
    'A few of the learning apps our pupils use belong to firms in other countries.',
    'One of our reading programmes may keep answers on servers outside this country.',
    // a provider's own servers, with no word of where they are
    'Homework set through the online platform, and the marks given, are kept on the provider’s servers.',
    'Several of our tools are online (cloud) services.',
    // the cloud named with whose it is, and its data centres
    'Pupils’ work is stored in the companies’ cloud data centres rather than on computers at the school.',
    'Lesson recordings are kept in the supplier’s own cloud.',
    'Marks may be stored on our suppliers’ servers rather than in school.',
    // the UK said not to hold it all
    'Two of the apps we use hold what pupils type on machines that are not always within the UK.',
    'Our reading app is run by a company whose computers may not be in the UK.',
  ])('is partial when data abroad or on a provider’s servers is mentioned with no place or safeguard: %s', (text) => {
    expect(run('international-transfers', text).status).toBe('partial');
  });

  it('reads safeguards named only in a template instruction as none in place', () => {
    const heading = 'Transfers outside the UK\nSome of our systems may store information on servers outside the United Kingdom.';
    const unfilled = `${heading} Where this is the case, [set out the safeguards in place, e.g. adequacy regulations or contract clauses].`;
    expect(run('international-transfers', unfilled).status).toBe('partial');
    const filled = `${heading} Where this is the case, the UK's adequacy regulations for the country protect it.`;
    expect(run('international-transfers', filled).status).toBe('pass');
  });

  it('does not read pupils from other countries as data sent abroad', () => {
    expect(run('international-transfers', 'Many of our pupils have lived in other countries before joining us.').status).toBe('fail');
    expect(
      run(
        'international-transfers',
        "If a child leaves to be educated at home or leaves the country, we keep the file until the child's 25th birthday.",
      ).status,
    ).toBe('fail');
    // "SEND records" (special educational needs) is no sending of the file abroad.
    expect(
      run(
        'international-transfers',
        'SEND records go to the next school; if a child leaves the country, we keep them until the child is 25.',
      ).status,
    ).toBe('fail');
    // The pupil called "they" some words after the pupils are named.
    expect(
      run(
        'international-transfers',
        'For children whose final school is ours (say, when they leave the country), the file stays with us until they are 25.',
      ).status,
    ).toBe('fail');
    // the pupil's information leaving is data going abroad
    expect(run('international-transfers', "Does my child's information ever leave the country? Only for trips abroad.").status).not.toBe(
      'fail',
    );
  });

  it('reads a denial in a list of services as that service alone when the list places others abroad', () => {
    const list = [
      'Our data goes overseas only through the online services below:',
      '- Pebblenote, our homework app, keeps its files in the United States under the UK-US data bridge.',
      '- Harlow Cloud, our management system, is hosted in Britain and does not send data abroad.',
    ].join('\n');
    expect(run('international-transfers', list, { html: false }).status).toBe('pass');
    // the same denial said of the whole notice still contradicts the admission
    const notice = 'We never send pupil data abroad.\nPebblenote, our homework app, keeps its files in the United States.';
    expect(run('international-transfers', notice).status).toBe('partial');
  });

  it('does not read a denial limited to a purpose as contradicting a transfer', () => {
    const purpose =
      'We would never move your details overseas merely for cheaper storage. Our reading app keeps its records in Canada under UK adequacy regulations.';
    expect(run('international-transfers', purpose).status).toBe('pass');
  });

  it('does not read a denial with a condition as contradicting a transfer', () => {
    const text =
      'Pupil records are not sent outside the UK unless the receiving country is covered by UK adequacy regulations. Our maths app keeps its scores in Canada, which is.';
    expect(run('international-transfers', text).status).toBe('pass');
  });

  it('does not read a move abroad that contracts forbid as data placed abroad against a denial', () => {
    const text =
      'No pupil information leaves the UK. Our software firms keep it in British data centres, and their terms do not let it be moved overseas without the school agreeing.';
    expect(run('international-transfers', text).status).toBe('pass');
  });

  it('does not read a share of the data kept in the UK as a denial that contradicts a transfer', () => {
    const text =
      'Most pupil data is held in the UK. Our spelling app keeps its records in the United States under standard contractual clauses.';
    expect(run('international-transfers', text).status).toBe('pass');
  });

  it('reads a choice of suppliers that keep nothing abroad as a denial', () => {
    expect(run('international-transfers', 'We never use software which stores pupil records overseas.').status).toBe('pass');
  });

  it('reads the UK addendum and approved safeguards by their descriptions', () => {
    const transfer = 'Some of our suppliers may process pupil data outside the UK.';
    expect(run('international-transfers', `${transfer} Their contracts carry the International Data Transfer Addendum.`).status).toBe(
      'pass',
    );
    expect(
      run('international-transfers', `${transfer} Their contracts include safeguards approved by the Information Commissioner.`).status,
    ).toBe('pass');
  });

  it('reads a pupil who leaves for a school abroad as a person going, not data', () => {
    expect(
      run(
        'international-transfers',
        'If your child leaves for a school outside the United Kingdom, or for home education, we hold the file until they reach 25.',
      ).status,
    ).toBe('fail');
  });

  it('reads a pupil who leaves or moves abroad as a person going, not data', () => {
    expect(
      run('international-transfers', 'When pupils leave for home education or move overseas, we keep the file until they are 25.').status,
    ).toBe('fail');
  });

  it('passes for "we do not transfer outside the UK"', () => {
    expect(run('international-transfers', 'We do not transfer your personal data outside the UK.').status).toBe('pass');
  });
  it('passes for transfers with safeguards, partial without', () => {
    expect(
      run(
        'international-transfers',
        'Some data is stored on servers outside the UK. Where this happens we use the International Data Transfer Agreement.',
      ).status,
    ).toBe('pass');
    expect(run('international-transfers', 'Some of your information may be transferred outside the UK.').status).toBe('partial');
    expect(run('international-transfers', 'Some of our systems are cloud-based.').status).toBe('partial');
  });
  it('does not count domestic CTF or post-16 transfers', () => {
    expect(
      run(
        'international-transfers',
        'Records are sent using the Common Transfer File when a pupil moves school. Transfer of student data from their secondary school to their chosen Post 16 provider.',
      ).status,
    ).toBe('fail');
  });
});

describe('retention', () => {
  it("does not read the Department's conditions on those it gives extracts to as the school's retention (trap)", () => {
    const text =
      'The Department may release extracts to researchers, which must accept tight conditions on the retention, use and security of what they receive.';
    expect(run('retention', text).status).toBe('fail');
    expect(
      run('retention', 'Our retention of pupil files follows the council schedule, which you can ask the office for.').status,
    ).not.toBe('fail');
  });
  it('reads a numbered clause about the pupil files as the records in general, not one kind', () => {
    expect(
      run('retention', '7.3 Student files are held until the student turns 25, unless they move to another school first.').status,
    ).toBe('pass');
  });

  it('does not read the time of another act after a pupil leaves as a retention period', () => {
    for (const text of [
      'Legitimate interests: only for contacting former students more than two years after they have left, to invite them to our alumni network.',
      'We may email former pupils three years after the pupil leaves, to ask how they are getting on.',
    ])
      expect(run('retention', text).status, text).toBe('fail');
    expect(run('retention', 'Everything we hold about a child: six years after the pupil leaves.').status).toBe('pass');
  });

  it('reads a bracketed exception for one kind as that kind alone, not the line it sits in', () => {
    const lines = [
      'Keeping records',
      '- Admission forms and registers: four years after the pupil leaves (seven years for payment records).',
      '- Medical notes: until the pupil turns 25.',
    ].join('\n');
    expect(run('retention', lines).status).toBe('pass');
  });

  it('reads the answer cell of a "topic | answer" row on keeping as prose, but not a row naming one kind of record', () => {
    const table = (row: string) =>
      [
        'Our notice at a glance',
        'Topic | What we do',
        'What we collect | Names, addresses, attendance and results for every pupil.',
        row,
      ].join('\n');
    const answered = table(
      'How long we hold it | Once a child moves on, the main file is sent to the next school. Everything kept here is held for a set time: registers for 3 years after the last entry, and first-aid logs until the child is 21.',
    );
    expect(run('retention', answered).status).toBe('pass');
    expect(run('retention', table('First-aid logs | Kept until the child is 21.')).status).toBe('partial');
  });

  it('reads a file kept when it cannot be sent on as the whole file, and SEND as a kind of file', () => {
    expect(
      run('retention', 'How long do we keep it?\nIf we cannot send the file on, we keep it until your child is 25 years old.').status,
    ).toBe('pass');
    expect(run('retention', 'How long do we keep it?\nWe keep SEND files until the pupil is 31.').status).toBe('partial');
  });

  it('does not read post-16 named as a time as a subset of the data', () => {
    expect(
      run('retention', "We keep a pupil's file until they are 25, as ours is the last school they attend before post-16 study.").status,
    ).toBe('pass');
  });

  it('does not read a sixth form or a form tutor as a kind of record', () => {
    expect(run('retention', 'Pupil files\nAs we have a sixth form, student files stay with us until the student turns 25.').status).toBe(
      'pass',
    );
    expect(run('retention', 'Notes made by form tutors are kept until the pupil reaches 25.').status).toBe('pass');
  });

  it('passes for a period or a public schedule link', () => {
    expect(run('retention', 'Storing pupil data\nWe keep pupil records until the pupil reaches the age of 25.').status).toBe('pass');
    expect(
      run('retention', 'We keep records in line with our retention schedule: https://www.school.example/retention-schedule.pdf').status,
    ).toBe('pass');
  });
  it('is partial for an intranet link, a placeholder, or a schedule with no link', () => {
    expect(run('retention', 'Our retention schedule is at http://intranet.county.gov.uk/retention.doc').status).toBe('partial');
    expect(run('retention', 'We hold pupil data for [time period].').status).toBe('partial');
    expect(run('retention', 'We keep records in line with our retention policy.').status).toBe('partial');
  });
  it('fails on the NPD "retention and use of the data" trap', () => {
    const v = run('retention', NPD_BOILERPLATE);
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/third parties/);
  });
});

describe('security-measures', () => {
  it('passes for named measures, partial for "stored securely" alone', () => {
    expect(run('security-measures', 'Our systems are password protected and laptops are encrypted.').status).toBe('pass');
    expect(run('security-measures', 'All records are stored securely.').status).toBe('partial');
  });
  it('does not count a supplier named by its product as a measure, but does count the school using it', () => {
    expect(
      run('security-measures', 'We share data with our IT suppliers, such as our secure email provider, who act as processors.').status,
    ).toBe('fail');
    expect(run('security-measures', 'Staff send pupil information only by secure email.').status).toBe('pass');
  });
  it('does not count the measures of a government database told in the sentence after it', () => {
    const text =
      'Census returns go to the Department for Education, which adds them to the National Pupil Database. The database is kept on encrypted servers with strict access controls.';
    expect(run('security-measures', text).status).toBe('fail');
    // the school's own system named before keeps its measures
    expect(run('security-measures', 'We keep records on our own system. It is password protected and encrypted.').status).toBe('pass');
  });
  it("does not count the Department's robust processes or a one-off secure upload", () => {
    expect(run('security-measures', `${NPD_BOILERPLATE}\nThe data will be securely uploaded by the school.`).status).toBe('fail');
  });
  it("does not count the government's own keeping, told in a paragraph of its own under its heading", () => {
    const text =
      'The Department for Education\nThe Department for Education uses the census to plan and fund schools. Pupil data is stored securely and nobody is named in the figures it publishes.';
    const v = run('security-measures', text);
    expect(v.status).toBe('fail');
    expect(v.evidence[0]?.text).toMatch(/stored securely/);
    // the school's own paragraph under the same heading still counts
    const own = 'The Department for Education\nWe send the census every term. Our copy of the return is stored securely.';
    expect(run('security-measures', own).status).toBe('partial');
  });
  it('reads access kept from those not entitled to it as a measure', () => {
    expect(run('security-measures', 'We guard these records from anybody who is not authorised to view them.').status).toBe('pass');
    expect(run('security-measures', 'Files are held away from unauthorised users.').status).toBe('pass');
    expect(run('security-measures', 'The gate keeps the site safe from people who are not allowed to come in.').status).toBe('fail');
  });
});

describe('biometrics-consent', () => {
  it('does not read consent as a basis in general, in the paragraph after the fingerprints, as the parents’ consent to them', () => {
    const text =
      'Pupils use fingerprint recognition to pay in the dining hall.\n\nWhere we rely on consent, it can be withdrawn at any time by emailing the office.';
    expect(run('biometrics-consent', text).status).toBe('partial');
    const parents =
      'Pupils use fingerprint recognition to pay in the dining hall.\n\nWe ask parents for written consent first, and it can be withdrawn at any time.';
    expect(run('biometrics-consent', parents).status).toBe('pass');
  });

  it("does not read a template's unfilled instruction in brackets as the school's statement", () => {
    const text =
      'We hold pupils’ names, addresses and attendance.\n\n[Insert details of any biometric system the school uses, e.g. fingerprint catering.]';
    expect(run('biometrics-consent', text).status).toBe('not-applicable');
  });

  it('does not read a biometric residence permit, an immigration document, as biometric data the school uses', () => {
    const text =
      'We hold nationality information: passport details, visas and biometric residence permits.\n\nThe school does not use fingerprint recognition or any other biometric system.';
    expect(run('biometrics-consent', text).status).toBe('not-applicable');
  });

  it("reads 'no pupil's fingerprint is used' as no biometric use", () => {
    expect(
      run('biometrics-consent', "No pupil's fingerprint or face is scanned anywhere in school; lunches are ordered from the register.")
        .status,
    ).toBe('not-applicable');
  });

  it('reads a glossary entry closed by a bare denial as no biometric use, but not a use followed by a denial of something else', () => {
    const glossary =
      "Glossary\n\nFingerprint data: a template made from the ridges of a finger to recognise a person. Schools using it need a parent's written consent. We do not use it.";
    expect(run('biometrics-consent', glossary).status).toBe('not-applicable');
    const used = 'Our canteen recognises pupils by their fingerprint. We do not use it for anything else.';
    expect(run('biometrics-consent', used).status).toBe('partial');
  });

  it('reads a glossary entry closed by a denial of all biometric data, by the school’s name, as no use', () => {
    const glossary =
      'Glossary\n\nBiometric data: information about a person’s body used to recognise them. Some schools use fingerprints to pay for lunch. Foxhollow does not use biometric data at all.';
    expect(run('biometrics-consent', glossary).status).toBe('not-applicable');
    // A denial of one kind only still leaves the use said before it.
    expect(run('biometrics-consent', 'We use fingerprints to pay for lunch. We do not use facial recognition.').status).toBe('partial');
  });

  it("reads the contents list's entry for a section that denies biometrics as that section's title", () => {
    const body = (denial: string) =>
      `Pupil privacy notice\n\nContents\n1. Who we are\n2. CCTV and biometrics\n3. Your rights\n\n1. WHO WE ARE\n\nWe are Oak Lane School.\n\n2. CCTV AND BIOMETRICS\n\nCameras cover the entrances and the car park.\n${denial}\n\n3. YOUR RIGHTS\n\nYou can ask for a copy of your information.`;
    expect(run('biometrics-consent', body('The school does not use fingerprint or facial recognition.')).status).toBe('not-applicable');
    // The same entry over a section that uses them is still a use.
    expect(run('biometrics-consent', body('The canteen recognises pupils by their fingerprint.')).status).toBe('partial');
  });

  it("is partial when only the student is asked for consent to biometrics, and passes once a parent's consent is named", () => {
    for (const asked of [
      'The canteen recognises students by their fingerprint. We ask each student for consent before registering them, and anyone who prefers can use a PIN.',
      'The canteen uses a fingerprint system. Students who want to use it sign a consent form when they enrol.',
      // A parent named only to be left out of the consent.
      'Our canteen uses a fingerprint reader. Because all our students are over 16, we ask you, not your parents, for consent to use it.',
      'The library scans fingerprints. We ask for the consent of the student rather than their parents or carers.',
    ]) {
      const v = run('biometrics-consent', asked);
      expect(v.status, asked).toBe('partial');
      expect(v.message).toMatch(/asked of the student/);
    }
    const parents =
      "The canteen recognises students by their fingerprint. We ask each student for consent, and for students under 18 a parent's written consent too.";
    expect(run('biometrics-consent', parents).status).toBe('pass');
  });

  it('does not take another consent named earlier in a long paragraph of suppliers for consent to biometrics', () => {
    const suppliers =
      'We use several companies. Trips are approved through Evolve, and trip consent forms go through TripDesk. Parents pay for meals through ParentPay. Our caterer identifies students at the till by a template made from their fingerprint.';
    expect(run('biometrics-consent', suppliers).status).toBe('partial');
    const asked = `${suppliers} We ask parents for written consent first, and a student can use a PIN instead.`;
    expect(run('biometrics-consent', asked).status).toBe('pass');
  });
  it('reads a trust saying none of its academies uses biometrics as not used, but not a condition on using them', () => {
    expect(
      run('biometrics-consent', 'Biometric data\n\nNone of our academies currently uses biometric systems such as fingerprint recognition.')
        .status,
    ).toBe('not-applicable');
    expect(
      run(
        'biometrics-consent',
        'Biometric data\n\nNone of our academies uses fingerprint systems unless a parent has given written consent.',
      ).status,
    ).not.toBe('not-applicable');
  });
  it('reads photographs said not to be used for face recognition as no use of biometrics', () => {
    expect(run('biometrics-consent', 'Student ID cards\n\nThe photographs on ID cards are not used for facial recognition.').status).toBe(
      'not-applicable',
    );
    expect(
      run('biometrics-consent', 'Student ID cards\n\nThumbprints are not used for the library unless a parent has agreed in writing.')
        .status,
    ).not.toBe('not-applicable');
  });
  it('reads nobody at the school using fingerprints or face recognition as not used', () => {
    for (const text of [
      'Biometric data\n\nNobody at the school uses fingerprint or face recognition: dinners are paid for online.',
      'Biometric data\n\nNo one here has face recognition on any system we run.',
    ])
      expect(run('biometrics-consent', text).status, text).toBe('not-applicable');
    expect(
      run('biometrics-consent', 'Biometric data\n\nNo one uses the fingerprint readers unless a parent has given written consent.').status,
    ).not.toBe('not-applicable');
  });

  it('reads a question on biometrics answered "No" in a question-and-answer table as not used', async () => {
    const { runAudit } = await import('../../../src/core/run-audit');
    const html =
      '<html><body><main><h1>Privacy notice</h1><table><tr><th>Question</th><th>Answer</th></tr><tr><td>Do you collect thumbprints from pupils?</td><td>No. Lunches are paid for with a card.</td></tr><tr><td>When was this notice last revised?</td><td>3 October 2026.</td></tr></table></main></body></html>';
    const report = runAudit({ notice: { format: 'html', html, url: 'https://school.example/privacy' } }, { asOf: '2026-12-04' });
    expect(report.items.find((i) => i.id === 'biometrics-consent')?.status).toBe('not-applicable');
    expect(report.items.find((i) => i.id === 'last-updated-date')?.status).toBe('pass');
  });

  it('does not read a column asking about consent, answered "N/A" in the row, as a consent statement', async () => {
    const { runAudit } = await import('../../../src/core/run-audit');
    const html =
      '<html><body><main><h1>Privacy notice</h1><p>We hold fingerprint templates for the library system.</p><table><tr><th>Recipient</th><th>Purpose</th><th>Do we ask for your consent?</th></tr><tr><td>Shelfwise Ltd</td><td>Library loans by fingerprint</td><td>N/A - the templates never leave school</td></tr></table></main></body></html>';
    const report = runAudit({ notice: { format: 'html', html, url: 'https://school.example/privacy' } }, { asOf: '2026-12-04' });
    expect(report.items.find((i) => i.id === 'biometrics-consent')?.status).toBe('partial');
  });

  it('does not read the next row of a records table as saying more about a biometric row', async () => {
    const { runAudit } = await import('../../../src/core/run-audit');
    const html =
      '<html><body><main><h1>Privacy notice</h1><h2>How long we keep records</h2><table><tr><th>Record</th><th>How long we keep it</th></tr><tr><td>Fingerprint templates for the canteen tills</td><td>Deleted when the pupil leaves</td></tr><tr><td>Consent forms for school visits</td><td>Until the end of the visit</td></tr></table></main></body></html>';
    const report = runAudit({ notice: { format: 'html', html, url: 'https://school.example/privacy' } }, { asOf: '2026-12-05' });
    expect(report.items.find((i) => i.id === 'biometrics-consent')?.status).toBe('partial');
  });

  it('reads a non-biometric means set against biometrics as biometrics not used', () => {
    expect(
      run('biometrics-consent', 'Lunches are paid for through our cashless system, which uses a PIN rather than a fingerprint.').status,
    ).toBe('not-applicable');
    expect(run('biometrics-consent', 'The library scanner reads pupil cards, not thumbprints.').status).toBe('not-applicable');
    expect(run('biometrics-consent', 'Pupils pay with face recognition rather than fingerprints.').status).toBe('partial');
  });

  it('reads a question on their use (a heading or a Q&A line) answered "No" as biometrics not used, not one on whether a pupil has to', () => {
    expect(run('biometrics-consent', 'Does the academy use fingerprint recognition?\n\nNo, meals are paid for with a card.').status).toBe(
      'not-applicable',
    );
    expect(run('biometrics-consent', 'Is biometric data used at our school?\n\nNo. Pupils sign in with a code.').status).toBe(
      'not-applicable',
    );
    expect(run('biometrics-consent', 'Do I have to use my fingerprint for lunch?\n\nNo. You can use a PIN.').status).not.toBe(
      'not-applicable',
    );
    // the same as the lines of a Q&A, answered "No" or with a denial
    expect(run('biometrics-consent', 'Q: Do you use fingerprint readers?\nA: No. Lunch is paid for by card.').status).toBe(
      'not-applicable',
    );
    expect(
      run(
        'biometrics-consent',
        'Q: Does the school use face recognition?\nA: The school does not use any face recognition or other biometric system.',
      ).status,
    ).toBe('not-applicable');
    expect(
      run('biometrics-consent', 'Do you use fingerprints for lunch?\n\nNo longer at the front tills; the library still does.').status,
    ).not.toBe('not-applicable');
  });

  it('reads a run-in title before a denial in its own paragraph as the denial, quoting the denial', () => {
    const v = run('biometrics-consent', '7.4 Fingerprint data. The school does not use fingerprint or face recognition for anything.');
    expect(v.status).toBe('not-applicable');
    expect(v.evidence[0]!.text).toMatch(/^The school does not use/);
    // Near miss: a short sentence saying they are used is no title.
    expect(run('biometrics-consent', 'We use fingerprints. We do not use face recognition.').status).not.toBe('not-applicable');
  });

  it('reads a field answered "None" as biometrics not used', () => {
    expect(run('biometrics-consent', 'Fingerprint readers used - none').status).toBe('not-applicable');
    expect(run('biometrics-consent', 'Fingerprint readers used: in the canteen, for pupils whose parents agree').status).not.toBe(
      'not-applicable',
    );
  });

  it('is not applicable when biometrics are not mentioned or not used', () => {
    expect(run('biometrics-consent', 'We use a card-based catering system.').status).toBe('not-applicable');
    expect(run('biometrics-consent', 'We do not use biometric data.').status).toBe('not-applicable');
  });

  it('reads a school that does not operate or run a biometric system as not using biometrics', () => {
    expect(run('biometrics-consent', 'The college does not operate any biometric recognition system.').status).toBe('not-applicable');
    // a means set against fingerprints, with what it is for between them
    expect(run('biometrics-consent', 'Pupils key in a PIN to pay for lunch, not fingerprints.').status).toBe('not-applicable');
    // a system said not to be one, or not to recognise people by their bodies
    expect(run('biometrics-consent', 'The sign-in screen prints a badge photo; it is not a biometric system.').status).toBe(
      'not-applicable',
    );
    expect(run('biometrics-consent', 'The door entry pads do not recognise fingerprints or faces; staff use a card.').status).toBe(
      'not-applicable',
    );
    // a use that has ended, though a use of another kind stands
    expect(run('biometrics-consent', 'We stopped using fingerprint recognition in the canteen at the end of the summer term.').status).toBe(
      'not-applicable',
    );
    expect(run('biometrics-consent', 'We use fingerprints to pay for lunch. We stopped using facial recognition last year.').status).toBe(
      'partial',
    );
    // a reader used by staff alone holds no pupil's data
    expect(run('biometrics-consent', 'Our front door has a keypad and a fingerprint reader for staff entry only.').status).toBe(
      'not-applicable',
    );
    // but a system that keeps no image of the fingerprint still reads it
    expect(
      run('biometrics-consent', 'The canteen system does not store an image of the fingerprint, only a number made from it.').status,
    ).toBe('partial');
    expect(run('biometrics-consent', 'None of this applies here: we do not currently run any fingerprint system.').status).toBe(
      'not-applicable',
    );
    expect(run('biometrics-consent', 'Neither academy runs a fingerprint scanner; meals are paid for by card.').status).toBe(
      'not-applicable',
    );
  });
  it('passes with a written-consent statement, partial for a bare mention or ICO pointer', () => {
    expect(
      run(
        'biometrics-consent',
        'Our canteen uses fingerprint recognition. We will ask for written consent from a parent before registering your child, and your child may refuse.',
      ).status,
    ).toBe('pass');
    expect(
      run('biometrics-consent', 'For more information about biometric data please refer to the ICO Guidance at the link below:').status,
    ).toBe('partial');
  });
});

describe('parents-carers-data', () => {
  it('reads a pupils\' notice pointing to the one for "your parents and carers"', () => {
    const text = 'Your parents have their own notice. There is a separate privacy notice for your parents and carers on our website.';
    expect(run('parents-carers-data', text).status).toBe('pass');
  });
  it('reads a children\'s notice saying "your grown-ups have their own privacy notice" as a pointer to one', () => {
    const text =
      'This page is about your information. Your grown-ups have their own privacy notice, on our website, that explains what we keep about them and why.';
    expect(run('parents-carers-data', text).status).toBe('pass');
  });
  it('does not take a notice for parents that is only promised for a pointer to one', () => {
    const later =
      'We hold your child’s details. A separate privacy notice for parents and carers is being prepared and will go on our website.';
    expect(run('parents-carers-data', later).status).not.toBe('pass');
    expect(run('parents-carers-data', 'What we hold about you is set out in our separate privacy notice for parents.').status).toBe('pass');
  });
  it('reads "Your parents and carers" over one-sentence lines, the details in the second, as the parents\' own part', () => {
    const text = [
      'How we use your information',
      '',
      'Your parents and carers',
      '',
      'We also keep information about your parents and carers.',
      '',
      'This includes their names, phone numbers and who has parental responsibility.',
    ].join('\n');
    expect(run('parents-carers-data', text).status).toBe('pass');
  });
  it('reads a part headed "What information we hold about you (parents and carers)" over the details as the parents\' own', () => {
    const text = [
      'What information we hold about your child',
      '- Name, date of birth and address.',
      'What information we hold about you (parents and carers)',
      '- Your name, phone numbers and email address, and your relationship to your child.',
      '- Payment records for dinners and trips.',
    ].join('\n');
    expect(run('parents-carers-data', text).status).toBe('pass');
  });
  it("reads a childminder's \"What I keep about you\" over the parent's own details as the parent's data", () => {
    const text = [
      'What I keep about your child',
      '- name, date of birth and allergies',
      'What I keep about you',
      '- your names, phone numbers and email addresses, so I can reach you about your child',
      '- the people you allow to collect your child',
    ].join('\n');
    expect(run('parents-carers-data', text).status).toBe('pass');
  });
  it('is partial when the parents’ details are one more item in a sentence listing the pupil’s own data', () => {
    expect(
      run('parents-carers-data', 'We keep each learner’s name, home address, class, and the details of their parents and carers.').status,
    ).toBe('partial');
  });

  it('passes when that sentence gives the parents’ details a use of their own', () => {
    expect(
      run(
        'parents-carers-data',
        'We keep each learner’s name, home address, class, and the details of their parents and carers so that we can reach a parent quickly.',
      ).status,
    ).toBe('pass');
  });

  it("passes for a numbered section headed as the parents' own personal data, over the details held", () => {
    const text = [
      'Privacy notice for families',
      '12. Parents\u2019 and carers\u2019 personal data',
      'We process the names, phone numbers, home address and relationship to the child of each parent and carer.',
    ].join('\n');
    expect(run('parents-carers-data', text).status).toBe('pass');
  });

  it("passes for a statement of its own about parents' data", () => {
    expect(
      run('parents-carers-data', 'We hold information about parents and carers so that we can contact you in an emergency.').status,
    ).toBe('pass');
  });
  it('is partial when parents appear only inside the pupil list, fail for rights wording', () => {
    expect(run('parents-carers-data', 'We hold:\n- pupil names\n- parental contact details\n').status).toBe('partial');
    expect(run('parents-carers-data', 'Parents and pupils have the right to request access to information about them.').status).toBe(
      'fail',
    );
  });
});

describe('list-dropped flag', () => {
  it('is raised for a lead-in followed by a heading or a new sentence, and for a cut-off sentence', () => {
    expect(flag('list-dropped', 'We use pupil data to:\nOur legal obligations\nWe follow the law.')).toHaveLength(1);
    expect(
      flag('list-dropped', 'Organisations we share with include:-\nWe must keep up to date information about parents for emergencies.'),
    ).toHaveLength(1);
    expect(flag('list-dropped', 'The basis for collecting data comes from many sources, such as the')).toHaveLength(1);
  });
  it('is not raised for lists, contact lead-ins, labels or addresses', () => {
    expect(flag('list-dropped', 'We use pupil data to:\n- support learning\n')).toHaveLength(0);
    expect(
      flag('list-dropped', 'If you would like to discuss anything, please contact:\nThe Data Protection Lead: Mrs A Smith'),
    ).toHaveLength(0);
    expect(flag('list-dropped', 'Why we share pupil information:\nWe share data with the DfE on a statutory basis.')).toHaveLength(0);
    expect(flag('list-dropped', 'Find out more at:\nhttps://gov.wales/statistics-and-research/')).toHaveLength(0);
  });
});

describe('transfer-undisclosed flag', () => {
  it('is raised when US edtech is named and nothing is said about transfers', () => {
    const e = flag('transfer-undisclosed', 'We use Class Dojo and Google Classroom for home learning.');
    expect(e).toHaveLength(1);
    expect(e[0]?.where).toMatch(/Class Dojo/);
  });
  it('is not raised when the notice addresses transfers, or names no such tools', () => {
    expect(
      flag('transfer-undisclosed', 'We use Seesaw. Some data is held outside the UK under standard contractual clauses.'),
    ).toHaveLength(0);
    expect(flag('transfer-undisclosed', 'Medical teams and school nurses may visit the school.')).toHaveLength(0);
  });
});

describe('generalised traps and phrasings (wording no seed uses)', () => {
  it('biometrics-consent: a written agreement of the parents is consent', () => {
    expect(run('biometrics-consent', 'Pupils pay for meals by fingerprint only where a parent has agreed in writing.').status).toBe('pass');
  });
  it("parents-carers-data: a scope sentence promises parents' data, it does not state it", () => {
    expect(run('parents-carers-data', 'This notice explains how we collect and use information about parents and pupils.').status).toBe(
      'fail',
    );
    expect(
      run('parents-carers-data', 'This notice also covers details of carers, which we keep so that we can reach you quickly.').status,
    ).toBe('pass');
  });
  it('data-sources: records sent on from one setting to another are an onward transfer, not a source', () => {
    expect(run('data-sources', 'Pupil data is passed from their primary school to their chosen secondary school.').status).toBe('fail');
    expect(run('data-sources', 'Records are passed from their previous school to our school.').status).toBe('pass');
  });
  it('statutory-or-voluntary: a legal duty to keep data is not a duty to provide it', () => {
    expect(run('statutory-or-voluntary', 'We cannot delete your details where we are required to keep them by law.').status).toBe('fail');
    expect(run('statutory-or-voluntary', 'Parents are legally required to provide some of this information.').status).toBe('partial');
  });
  it("parents-carers-data: contact details used to reach parents are a statement about parents' data", () => {
    expect(run('parents-carers-data', 'We use your contact details to inform parents and carers about closures and trips.').status).toBe(
      'pass',
    );
  });
});
