// Whole notices whose youth support section gives the choice over the 13+ sharing to the pupil from 16 alone, while a
// sharing table elsewhere names the youth service for pupils aged 13 and over: until 16 the parent holds that choice
// (checklist.md 2.23; Education and Skills Act 2008 s.14).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const statusOf = (text: string) => noticeStatus('youth-support-services', text, 'https://harrowgate.example.sch.uk/privacy');

const HEAD = `Harrowgate Academy privacy notice
Harrowgate Academy is an 11 to 18 secondary school with a sixth form, part of the Fenwick Schools Trust.

3. Who we share with and why
3.1 The table below sets out our regular sharing.
Who | Why
Northmoor Council | Admissions, safeguarding, and youth support services for pupils aged 13 and over
The Department for Education | The school census
Exam boards | Entering students for exams

`;

const RIGHTS = `5. Your rights
5.1 You can ask for a copy of the information we hold, and ask us to correct it. Students aged 16 and over may make
requests for themselves.
`;

describe('who holds the choice over the 13+ youth sharing', () => {
  it('keeps a choice given only to students of 16 and over as a shortfall', () => {
    const youth = `4. Youth support services
4.1 When pupils reach 13 we pass their details to Northmoor Council for its youth support service, under section 507B
of the Education Act 1996.
4.2 Students of 16 or over may ask us to send nothing beyond their name, address and date of birth.

`;
    expect(statusOf(HEAD + youth + RIGHTS)).toBe('partial');
  });

  it('keeps sharing described from 16 only, chosen by the student, as a shortfall', () => {
    const youth = `4. Youth support services
4.1 Once students turn 16 their details go to the council's post-16 youth support team (section 507B, Education Act 1996).
4.2 Students can ask that only their name, address and date of birth are sent.

`;
    expect(statusOf(HEAD + youth + RIGHTS)).toBe('partial');
  });

  it('passes the choice held by the parent and passing to the student at 16', () => {
    const youth = `4. Youth support services
4.1 When pupils reach 13 we pass their details to Northmoor Council for its youth support service, under section 507B
of the Education Act 1996.
4.2 A carer may ask us to send nothing beyond the pupil's name, address and date of birth; students of 16 or over
make that request for themselves.

`;
    expect(statusOf(HEAD + youth + RIGHTS)).toBe('pass');
  });

  it('passes the choice offered to the reader, with the pupil deciding from 16', () => {
    const youth = `4. Youth support services
4.1 When pupils reach 13 we pass their details to Northmoor Council for its youth support service, under section 507B
of the Education Act 1996.
4.2 Should you wish, we will send nothing beyond your child's name, address and date of birth; from 16 the pupil
decides this.

`;
    expect(statusOf(HEAD + youth + RIGHTS)).toBe('pass');
  });
});

describe('a choice over the Welsh careers service in a notice read as England', () => {
  const careers = `4. Careers guidance
4.1 From Year 9 we send pupils' details to Careers Wales for careers guidance.
4.2 A parent may ask us to send nothing beyond the pupil's name, address and date of birth; from 16 the pupil decides.

`;

  it('does not lift the 13+ youth sharing named only in the table with that choice', () => {
    expect(statusOf(HEAD + careers + RIGHTS)).toBe('partial');
  });

  it('passes once the youth sharing carries its own choice', () => {
    const youth = `4. Youth support services
4.1 When pupils reach 13 we pass their details to Northmoor Council for its youth support service (section 507B).
4.2 A parent may ask us to send nothing beyond the pupil's name, address and date of birth; from 16 the pupil decides.

`;
    expect(statusOf(HEAD + youth + RIGHTS)).toBe('pass');
  });
});

describe("more than the basic details sent only on the family's say-so", () => {
  const youth = (limit: string) => `4. Youth support services
4.1 Because the council must help young people aged 13 to 19 into education or training (section 507B), we send it
details of our pupils from age 13.
4.2 ${limit}

`;

  it('passes the scope widened only when the family agrees, the pupil deciding at 16', () => {
    const limit =
      'We send their name, address and date of birth and no more, unless a carer is happy for us to add further details; once a pupil is 16 it is their call.';
    expect(statusOf(HEAD + youth(limit) + RIGHTS)).toBe('pass');
  });

  it("keeps the scope widened at the council's request as a shortfall", () => {
    const limit =
      'We send their name, address and date of birth and no more, unless the council asks for further details once a pupil is 16.';
    expect(statusOf(HEAD + youth(limit) + RIGHTS)).toBe('partial');
  });
});
