// Whole-check verdicts on near misses in other words: the Article 9 "substantial public interest" read as if it were the
// Article 6 public task, statutes given as "the law that lets us do this", the careers service's name and a data
// category read as both sides of a choice, data said to be collected by law in the passive, and hosting said only as
// "the cloud" with another verb. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Hollinsend Vale Community School',
  ages: '11 to 18',
  title: 'How we use information about our students',
  closing: 'This is the end of the notice.',
  url: 'https://hollinsendvale.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('lawful-basis-art6: the Article 9 condition and statutes are not an Article 6 basis', () => {
  it('passes a public-interest task given as the reason in plain words', () => {
    expect(
      status(
        'lawful-basis-art6',
        'We are allowed to use student records because educating young people is work we do in the public interest.',
      ),
    ).toBe('pass');
  });
  it('passes a legal duty and the public good given as the reason in plain words', () => {
    expect(
      status(
        'lawful-basis-art6',
        'We may use these records because we have to by law, and because teaching children is work for the public good.',
      ),
    ).toBe('pass');
  });
  it('does not pass "substantial public interest" said only of sensitive data', () => {
    expect(
      status(
        'lawful-basis-art6',
        'Medical notes and ethnicity are handled with extra care because there is a substantial public interest in keeping students well (Article 9(2)(g)).',
      ),
    ).toBe('fail');
  });
  it('reads statutes given as the law that lets the school act as partial', () => {
    expect(
      status('lawful-basis-art6', 'The laws that let us do all of this include the Education Act 2002 and the Children Act 2004.'),
    ).toBe('partial');
  });
  it('reads the special category condition plus statutes, with no Article 6 basis, as partial', () => {
    expect(
      status(
        'lawful-basis-art6',
        'The laws that let us do all of this include the Education Act 2002 and the Children Act 2004.\n\nFor health details we rely on reasons of substantial public interest under Schedule 1 of the Data Protection Act 2018.',
      ),
    ).toBe('partial');
  });
});

describe('statutory-or-voluntary: a duty in the passive, and the careers service is not a choice', () => {
  it('passes the items named on both sides', () => {
    expect(status('statutory-or-voluntary', 'A student’s address has to be given, while telling us their religion is optional.')).toBe(
      'pass',
    );
  });
  it('reads data said to be collected by law, with no word on choice, as partial', () => {
    expect(status('statutory-or-voluntary', 'Most of the details on the enrolment sheet have to be collected by law.')).toBe('partial');
  });
  it('does not pass sharing with the careers service whose name holds "choices"', () => {
    expect(
      status(
        'statutory-or-voluntary',
        'From Year 10 we pass students’ names and any special educational needs to Future Choices Ltd, which provides careers information to young people.',
      ),
    ).toBe('fail');
  });
});

describe('international-transfers: "the cloud" alone says neither where nor how', () => {
  it('passes a transfer with its protection', () => {
    expect(
      status(
        'international-transfers',
        'A few of our apps keep student work on servers outside the UK; each supplier signs standard contractual clauses with us.',
      ),
    ).toBe('pass');
  });
  it.each([
    'The homework apps we use keep everything on cloud servers operated by the app companies.',
    'Students save their coursework to the cloud through the school’s learning platform.',
  ])('reads hosting said only as the cloud as partial: %s', (passage) => {
    expect(status('international-transfers', passage)).toBe('partial');
  });
});

describe('legitimate-interests-stated: an activity named, the interest left to an assessment', () => {
  it('passes an interest said in the notice', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'We rely on legitimate interests for the alumni mailing list; the interest is staying in touch with leavers who asked to hear from us.',
      ),
    ).toBe('pass');
  });
  it('reads an activity by example with the interest left to an assessment as partial', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'For a few things outside our duties as a school, for example the summer sports camp, we rely on legitimate interests. The detail is recorded in our legitimate interests assessment, which the office can send you.',
      ),
    ).toBe('partial');
  });
  it('fails a pointer to an assessment with no activity named', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Parts of our work rely on legitimate interests. Our legitimate interests assessment can be sent to you by the office.',
      ),
    ).toBe('fail');
  });
});
