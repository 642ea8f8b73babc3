// Verdicts on short passages in wording of their own for the government checks (the research-data page under its
// GOV.UK section path, the youth support service named by its team or workers, the DfE told about pupils), parents'
// own data (a separate notice the parents are said to have, the reader addressed as a parent, a question on parents'
// data answered), the current law (the GDPR named as the UK's own version) and template residue (a request to contact
// cut off, a form field in braces, a date left as its pattern).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Harrowfield Academy',
  ages: '11 to 18',
  title: 'Privacy notice for students and families',
  closing: 'We look at this notice again every autumn.',
  url: 'https://harrowfield.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('how government uses data: the research-data page at its GOV.UK address', () => {
  it('passes on the page under the guidance path', () => {
    expect(
      status(
        'how-government-uses-data',
        'What the Department for Education does with the records it gathers is set out at https://www.gov.uk/guidance/data-protection-how-we-collect-and-share-research-data',
      ),
    ).toBe('pass');
  });
  it('is still a gap when the department is only said to have its own rules', () => {
    expect(status('how-government-uses-data', 'The Department for Education decides for itself what it does with pupil data.')).toBe(
      'fail',
    );
  });
});

describe('youth support services: the service named by the people who run it', () => {
  it('passes on the youth support team with the limit and the choice at 16', () => {
    expect(
      status(
        'youth-support-services',
        "Turned 13? The county's youth support team then hears about you from us, so it can help you stay in learning. Your parent can ask us to pass on just your name, address and date of birth; once you reach 16 you can ask this yourself.",
      ),
    ).toBe('pass');
  });
  it('is partial when a youth support worker is named with no limit or choice', () => {
    expect(
      status('youth-support-services', 'Students from Year 9 upwards can book time with the youth support worker who visits on Thursdays.'),
    ).toBe('partial');
  });
});

describe('census sharing: telling the DfE', () => {
  it('passes when a question on what the DfE must be told is answered by the census', () => {
    expect(
      status(
        'census-sharing-statutory',
        "What must we tell the Department for Education about you? A fair amount: the school census collects each student's details every term.",
      ),
    ).toBe('pass');
  });
  it('is not satisfied by the DfE telling the school something', () => {
    expect(status('census-sharing-statutory', 'The DfE informs us each spring of the funding each student brings.')).toBe('fail');
  });
});

describe("parents' own data: the separate notice, the reader addressed as a parent, the question answered", () => {
  it('passes when the parents are said to have a notice of their own', () => {
    expect(
      status('parents-carers-data', 'Parents and carers have their own privacy notice, which you can read on our website under Policies.'),
    ).toBe('pass');
  });
  it('passes when the reader is addressed as a carer and told what is kept of theirs and why', () => {
    expect(
      status(
        'parents-carers-data',
        "Carers and parents: we'll store your mobile number and who else to ring so that we can reach someone quickly if your child is unwell.",
      ),
    ).toBe('pass');
  });
  it("passes when a question on carers' details is answered in the next sentence", () => {
    expect(status('parents-carers-data', 'Does the academy keep details of carers? It keeps your address and phone numbers.')).toBe('pass');
  });
  it("fails when the reader is addressed as a parent but only about the child's records", () => {
    expect(status('parents-carers-data', "Parents and carers: we keep your child's reports so we can follow their progress.")).toBe('fail');
  });
  it("passes when a question about parents' data is answered with the details held", () => {
    expect(
      status(
        'parents-carers-data',
        'Do we store anything about parents? Yes: your mobile number and email, plus a second person to ring in an emergency.',
      ),
    ).toBe('pass');
  });
});

describe('current legislation: the GDPR named as the UK version', () => {
  it("passes on the GDPR described as the UK's own version or as kept in UK law", () => {
    expect(status('current-legislation', "We follow the UK's form of the GDPR and the Data Protection Act 2018.")).toBe('pass');
    expect(status('current-legislation', 'Your rights come from the GDPR as it forms part of the law of the UK.')).toBe('pass');
  });
  it('is partial when the GDPR stands bare, even beside an amendment', () => {
    expect(status('current-legislation', 'Your rights come from the GDPR, as amended from time to time.')).toBe('partial');
  });
});

describe('template residue: a request to contact cut off, fields in braces, dates left as patterns', () => {
  it('is partial when a short line stops at "please contact" with nothing after it', () => {
    expect(status('no-template-residue', 'For anything else about your data please contact')).toBe('partial');
  });
  it('passes on a title that ends on contact', () => {
    expect(status('no-template-residue', 'How to contact\nThe office answers data questions on 01632 960999.')).toBe('pass');
  });
  it('fails on a form field left in braces or a date left as its dotted pattern', () => {
    expect(status('no-template-residue', 'Write to our DPO, {full name}, at the school.')).toBe('fail');
    expect(status('no-template-residue', 'This version was agreed by governors on ../../20..')).toBe('fail');
  });
  it('passes on braces and dots that are no placeholder', () => {
    expect(status('no-template-residue', 'Lessons run 8.45 to 3.15 (Year 7 ... Year 13 alike).')).toBe('pass');
  });
});
