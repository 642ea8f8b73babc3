// Verdicts on short passages for the government and parents' data checks where the topic is named but falls short of
// checklist.md: the 13+ sharing limited with nobody given the choice (2.23), data coming from the council rather than
// going to it, the census recipient named in the passive with no collection (2.20), and parents' details inside the
// pupil data list written inline or in a part written to the child (2.32), and biometrics where consent is only a legal
// label or the Act is only cited, or biometrics only appear in a definition (2.31).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Fernlea High School',
  ages: '11 to 18',
  title: 'Privacy notice for students and parents',
  closing: 'Please keep this notice for reference.',
  url: 'https://fernlea.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('youth support services: the limit needs someone given the choice', () => {
  it('passes when a parent, then the student at 16, may set the limit', () => {
    expect(
      status(
        'youth-support-services',
        'From Year 9, when students are 13, Wexbury Council receives their details for its youth support service, which helps 13 to 19 year olds stay in learning. Parents may tell us to pass on nothing except name, address and date of birth; students who have reached 16 decide this for themselves.',
      ),
    ).toBe('pass');
  });
  it('is partial when only the limited details are described, with no option for anyone', () => {
    expect(
      status(
        'youth-support-services',
        "Once a student is 13 we send Wexbury Council's youth support service their name, address and date of birth.",
      ),
    ).toBe('partial');
  });
  it('is partial when the option is given but the recipient is never named', () => {
    expect(
      status(
        'youth-support-services',
        'When students turn 13 some of their details are passed on to help plan services for teenagers. A parent can ask us to keep this to name, address and date of birth only, and students can ask for this themselves at 16.',
      ),
    ).toBe('partial');
  });
  it('is not satisfied by the council sending the school news of young people', () => {
    expect(
      status(
        'youth-support-services',
        'Wexbury Council sends us the names of young people aged 13 to 19 in the area who have left education or training.',
      ),
    ).toBe('fail');
  });
});

describe('census sharing: the passive voice', () => {
  it('is partial when pupil data is said to be sent to the DfE with no collection or law', () => {
    expect(
      status(
        'census-sharing-statutory',
        'Certain details about each student are sent to the Department for Education, which uses them to plan funding.',
      ),
    ).toBe('partial');
  });
  it('passes when the passive names the census', () => {
    expect(
      status(
        'census-sharing-statutory',
        'Each term, records for every student are sent to the Department for Education in the school census, which the law requires.',
      ),
    ).toBe('pass');
  });
});

describe("parents' data: an item in the pupil list is not a statement", () => {
  it('is partial when parents appear only inside a pupil data list run into one sentence', () => {
    expect(
      status(
        'parents-carers-data',
        'What we record about each student includes: full name and home address; details of parents and carers; exam entries; dietary needs.',
      ),
    ).toBe('partial');
    expect(
      status(
        'parents-carers-data',
        'Student records, in brief: name and date of birth; carer and parent phone numbers; attendance; photographs.',
      ),
    ).toBe('partial');
  });
  it('passes a statement of its own about parents and why', () => {
    expect(
      status(
        'parents-carers-data',
        "We keep parents' and carers' phone numbers and email addresses so that we can reach you quickly if your child is unwell.",
      ),
    ).toBe('pass');
  });
  it('does not read a part written to the child as being about the parent', () => {
    expect(
      status(
        'parents-carers-data',
        'We share information about your child with the local authority.\n\nWhat does school know about you?\n\nWe know your name and which class you are in, who your teachers are and who looks after you at home.',
      ),
    ).not.toBe('pass');
  });
});

describe('biometrics: a consent statement says parents are asked, not only which law or condition applies', () => {
  it('passes when parents are asked in writing and the student may refuse', () => {
    expect(
      status(
        'biometrics-consent',
        'The library issues books by finger scan. We enrol a student only after a parent has returned a signed consent form, and any student who would rather not can use a library card.',
      ),
    ).toBe('pass');
  });
  it('is partial when the Act is only cited', () => {
    expect(
      status(
        'biometrics-consent',
        'Finger scans are used at the library desk. All such processing complies with the Protection of Freedoms Act 2012.',
      ),
    ).toBe('partial');
  });
  it('is partial when consent appears only as the Article 9 condition', () => {
    expect(
      status(
        'biometrics-consent',
        'Medical and biometric details are special category data. We rely on Article 9(2)(a), explicit consent, for the library finger scanner, and on Article 9(2)(g) for safeguarding.',
      ),
    ).toBe('partial');
  });
  it('does not apply when biometrics only appear in the definition of special category data', () => {
    expect(
      status(
        'biometrics-consent',
        'Sensitive information means the kinds the law protects most: health, race or ethnicity, religious belief, biometrics and sexual orientation.',
      ),
    ).toBe('not-applicable');
  });
});

describe('last updated: the body that approved the notice, and a promise to look at it again', () => {
  it('passes a notice approved by the trust, with a date', () => {
    expect(
      status('last-updated-date', 'The Academy Trust approved this privacy notice. It was signed off by the Trust in March 2026.'),
    ).toBe('pass');
  });
  it('reads "we will look at this notice again" as a review date, not the notice date', () => {
    // a review date alone gives the notice no date of its own
    expect(status('last-updated-date', 'We will look at this notice again in September 2027.')).toBe('fail');
  });
  it('does not take the date the trust was founded as the notice date', () => {
    expect(status('last-updated-date', 'The Trust was founded in March 2016 and now runs four schools.')).toBe('fail');
  });
});
