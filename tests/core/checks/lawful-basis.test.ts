// Unit tests for the lawful-basis checks (Art 6 basis, Art 9 condition, legitimate interests) and the LI flag.
import { describe, expect, it } from 'vitest';
import { flag, page, run } from './identity-harness';

describe('lawful-basis-art6', () => {
  it('passes for public task named in words or by article point', () => {
    expect(
      run(
        'lawful-basis-art6',
        'We process pupil data because it is necessary for the performance of a task carried out in the public interest.',
      ).status,
    ).toBe('pass');
    expect(run('lawful-basis-art6', 'Our basis is Article 6(1)(e) UK GDPR.').status).toBe('pass');
    expect(run('lawful-basis-art6', "Collecting this data is what the law calls a 'Public Task'.").status).toBe('pass');
  });

  it('passes for bases listed under a lead-in', () => {
    const v = run(
      'lawful-basis-art6',
      'The lawful bases we rely on are:\n\n- to comply with a legal obligation\n- with your consent, for photographs\n',
    );
    expect(v.status).toBe('pass');
    expect(v.message).toMatch(/legal obligation/);
  });

  it('reads a basis heading over a section’s first paragraph as its cue, but not a heading that only says why', () => {
    const page = (heading: string) =>
      `<main><h1>Privacy notice</h1><h2>${heading}</h2><p>Keeping registers and accident records is a legal obligation. Running your child's place is part of our contract.</p></main>`;
    expect(run('lawful-basis-art6', page('Why I need it, and what allows me to use it'), true).status).toBe('pass');
    expect(run('lawful-basis-art6', page('Why we keep records'), true).status).toBe('fail');
  });

  it("reads a basis heading over a list that follows the section's first paragraph", () => {
    const body =
      '<h2>Why we use it, and our lawful basis</h2><p>We use what you tell us to look after your child and to run the nursery.</p>' +
      '<ul><li>Contract: the place you have agreed with us.</li><li>Legal obligation: the registers the childcare rules make us keep.</li></ul>';
    expect(run('lawful-basis-art6', page(body), true).status).toBe('pass');
  });

  it('reads "reasons under the law" over a list of bases as their cue', () => {
    const text = [
      'Our reasons under the law',
      '- Contract: the place agreement you sign with us.',
      '- Legal obligation: the registers the law makes us keep.',
    ].join('\n');
    expect(run('lawful-basis-art6', text).status).toBe('pass');
  });

  it('reads a heading asking why the school may use the data over a list of bases as their cue, not one on sharing it', () => {
    const list = ['- Contract: the sessions you book with us.', '- Legal duties: the records the childcare rules make us keep.'];
    expect(run('lawful-basis-art6', ['How come we are allowed to keep all this?', ...list].join('\n')).status).toBe('pass');
    expect(run('lawful-basis-art6', ['Why are we permitted to pass it on?', ...list].join('\n')).status).not.toBe('pass');
  });

  it('is partial when the only basis is given in an item of a list of recipients (the basis for that sharing)', () => {
    const text =
      'We do not share information without consent unless the law allows us to do so. We regularly share information with:\n\n- the local authority\n- the police, where there is a safeguarding concern or a legal requirement\n';
    expect(run('lawful-basis-art6', text).status).toBe('partial');
    expect(run('lawful-basis-art6', text.replace('share information with:', 'rely on these bases:')).status).toBe('pass');
  });

  it('does not read "comply with our legal obligations" in a purposes list as a basis', () => {
    const v = run('lawful-basis-art6', 'We use pupil data to:\n\n- support learning\n- comply with our legal obligations to share data\n');
    expect(v.status).toBe('fail');
  });

  it('does not read the DfE sharing rule "without consent unless the law allows" as a consent basis (trap)', () => {
    const v = run(
      'lawful-basis-art6',
      'We do not share information about our pupils with anyone without consent unless the law and our policies allow us to do so.',
    );
    expect(v.status).toBe('fail');
  });

  it('is partial for generic references ("Article 6", "a lawful reason") with no basis', () => {
    const v = run(
      'lawful-basis-art6',
      "We collect pupil information under the Education Act 1996. The GDPR includes Article 6 'lawfulness of processing'.",
    );
    expect(v.status).toBe('partial');
  });

  it.each([
    'Data protection law says a school needs a good reason for using what it holds about children, and we have one for everything here.',
    'The UK GDPR lets us handle pupil records for teaching, so for most of this we do not ask you first.',
    'We are permitted to keep these details under the UK GDPR.',
  ])('is partial for lawfulness said in plain words with no basis named: %s', (text) => {
    expect(run('lawful-basis-art6', text).status).toBe('partial');
  });

  it('reads statutes listed under a lead-in that says the data is used under them as statutes alone', () => {
    const text =
      'We use pupil information so that we can carry out our duties under these laws:\n- the Education Act 1996\n- the Children Act 1989';
    expect(run('lawful-basis-art6', text).status).toBe('partial');
  });

  it('does not read the sharing rule said as consent or the law permitting it as a consent basis', () => {
    const text = 'Records about a pupil go to other organisations only with consent, or where the law tells us to send them.';
    expect(run('lawful-basis-art6', text).status).not.toBe('pass');
  });

  it('is partial for statutes alone: they are the source of the task, not the basis', () => {
    const v = run(
      'lawful-basis-art6',
      'We hold this information under the Education Act 1996, the Children Act 1989 and the Equality Act 2010.',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/never names the Article 6 basis/);
  });

  it('does not read consent named only as what is withdrawn as a basis', () => {
    expect(run('lawful-basis-art6', 'Withdrawing your consent later does not make earlier use of the photos unlawful.').status).toBe(
      'fail',
    );
  });

  it('is partial for statutes named as the source of the school’s own duties', () => {
    expect(
      run(
        'lawful-basis-art6',
        'Like every school, we have duties set out in the Education Act 2002 and the Children and Families Act 2014.',
      ).status,
    ).toBe('partial');
  });

  it('leaves a statute cited only as the gateway for census sharing to the census check', () => {
    const v = run(
      'lawful-basis-art6',
      'We share pupil data with the DfE under regulation 5 of The Education (Information About Individual Pupils) (England) Regulations 2013.',
    );
    expect(v.status).toBe('fail');
  });

  it('is partial when legitimate interests is the only basis named', () => {
    expect(run('lawful-basis-art6', 'We process your data on the basis of our legitimate interests in running the school.').status).toBe(
      'partial',
    );
  });

  it('fails when nothing is said', () => {
    expect(run('lawful-basis-art6', 'We collect information to help your child learn.').status).toBe('fail');
  });
});

describe('special-category-condition', () => {
  it('passes for a named condition', () => {
    expect(
      run(
        'special-category-condition',
        'For special category data we rely on Article 9(2)(g) and Schedule 1 Part 2 paragraph 6 of the DPA 2018.',
      ).status,
    ).toBe('pass');
    expect(run('special-category-condition', 'We process biometric data only with your explicit consent.').status).toBe('pass');
    expect(run('special-category-condition', 'Health information is used where it is in the substantial public interest.').status).toBe(
      'pass',
    );
  });

  it('passes for a shared condition (vital interests) only when tied to special category data', () => {
    expect(
      run('special-category-condition', 'For sensitive personal data about health we may rely on the vital interests of the pupil.').status,
    ).toBe('pass');
    expect(run('special-category-condition', 'We may rely on the vital interests of the pupil in an emergency.').status).toBe('fail');
  });

  it('is partial for "Article 9" or "special category data" with no condition (trap: the Article 9 title)', () => {
    expect(
      run('special-category-condition', "The GDPR includes Article 9 'Processing of special categories of personal data'.").status,
    ).toBe('partial');
    expect(
      run('special-category-condition', 'Some information, such as health, is special category data and has extra protection by law.')
        .status,
    ).toBe('partial');
  });

  it('fails when health or ethnicity are only listed as categories (trap)', () => {
    const v = run(
      'special-category-condition',
      'We hold:\n\n- medical conditions\n- ethnicity and language\n- special educational needs\n',
    );
    expect(v.status).toBe('fail');
  });
});

describe('legitimate-interests-stated', () => {
  it('reads what other organisations may use, and a notice that does not depend on it, as not relied on', () => {
    const text =
      'You may have read that organisations can also use "legitimate interests" as a reason. Public bodies like us cannot use legitimate interests for our core work, and this notice does not depend on it.';
    expect(run('legitimate-interests-stated', text).status).toBe('not-applicable');
  });

  it('does not read the law\'s own "legitimate interests of a third party" as an interest described', () => {
    const text =
      'Now and then we may rely on legitimate interests, ours or those of a third party, and on the legitimate interests of a third party where that is necessary.';
    expect(run('legitimate-interests-stated', text).status).toBe('fail');
    // the third party's interest named is still described
    const named = 'We rely on the legitimate interests of the Friends of Elm Lane, a third party, in raising money for school trips.';
    expect(run('legitimate-interests-stated', named).status).toBe('pass');
  });

  it('reads the interest past an aside on how it stands to the public task', () => {
    const text =
      'For our former pupils network we rely on Article 6(1)(f), because the trust has a legitimate interest, separate from its public task, in keeping in touch with former pupils about reunions.';
    expect(run('legitimate-interests-stated', text).status).toBe('pass');
  });

  it('is not applicable when legitimate interests is not relied on', () => {
    expect(run('legitimate-interests-stated', 'We rely on public task.').status).toBe('not-applicable');
    expect(run('legitimate-interests-stated', 'As a public authority we do not rely on legitimate interests.').status).toBe(
      'not-applicable',
    );
  });

  it('passes when the interest is described', () => {
    const v = run(
      'legitimate-interests-stated',
      'We keep alumni contact details in our legitimate interests in maintaining links with former pupils.',
    );
    expect(v.status).toBe('pass');
  });

  it('fails when legitimate interests is listed as a ground with no interest', () => {
    const v = run(
      'legitimate-interests-stated',
      'The grounds we rely on are:\n\n- a public task\n- if there is a legitimate interest to process the data.\n',
    );
    expect(v.status).toBe('fail');
    expect(v.evidence[0]!.text).toMatch(/legitimate interest/);
  });

  it('does not read how much rests on the basis ("for a small amount of processing") as the interest', () => {
    const v = run(
      'legitimate-interests-stated',
      'We rely on:\n- legitimate interests (Article 6(1)(f)): for a small amount of processing that sits outside our public functions',
    );
    expect(v.status).toBe('fail');
  });

  it('reads "legitimate interests, which are: ..." as the interests, after the colon', () => {
    const v = run(
      'legitimate-interests-stated',
      "We rely on legitimate interests (Article 6(1)(f)) where processing is necessary for the School's legitimate interests, which are: running a well-organised school and recovering unpaid fees.",
    );
    expect(v.status).toBe('pass');
  });

  it('reads "The School\'s legitimate interests are: ..." as the interests, owned by the school, not the balancing test', () => {
    const stated = (line: string) =>
      run('legitimate-interests-stated', `We rely on legitimate interests where the law allows it. ${line}`).status;
    expect(stated("The School's legitimate interests are: recovering unpaid fees and raising funds for bursaries.")).toBe('pass');
    expect(stated("The School's legitimate interests are not overridden by your rights.")).toBe('fail');
  });

  it('reads the list after "we rely on our legitimate interests where we need to:" as the interests, one naming consent in passing', () => {
    const v = run(
      'legitimate-interests-stated',
      'We rely on our legitimate interests where we need to:\n\n- keep in touch with former pupils and raise money for bursaries\n- promote the school, using images of pupils where consent is not required\n- protect the school against bad debt\n',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.text).join(' ')).toMatch(/former pupils/);
  });
});

describe('li-used-by-public-authority flag', () => {
  it('is raised when a state school relies on legitimate interests', () => {
    expect(
      flag('li-used-by-public-authority', 'The grounds we rely on are:\n\n- a public task\n- legitimate interests\n'),
    ).not.toHaveLength(0);
  });

  it('is not raised when legitimate interests is disowned or absent', () => {
    expect(flag('li-used-by-public-authority', 'We cannot rely on legitimate interests as a public authority.')).toHaveLength(0);
    expect(flag('li-used-by-public-authority', 'We rely on public task.')).toHaveLength(0);
  });

  it('is not raised for an independent school, which is not a public authority', () => {
    expect(
      flag('li-used-by-public-authority', 'As an independent school we rely on our legitimate interests in running the school.'),
    ).toHaveLength(0);
  });
});
