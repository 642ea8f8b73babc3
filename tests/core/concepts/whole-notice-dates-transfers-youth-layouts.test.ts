// Whole notices laid out in ways the wording lists did not expect: the notice date under a "Last reviewed" heading or
// given by an officer with a long title (checklist.md 2.24); a summary table answering "Sent abroad?" with "No", and
// "Nothing leaves the UK" (2.12); the pupil's own choice at 16 under its own sub-heading of the youth section (2.23);
// the Welsh Government's use of PLASC for statistics as the Welsh equivalent of the NPD section (2.21).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const HEAD = `Brookmere Free School
Privacy notice for pupils and families

Brookmere Free School, for pupils aged 4 to 11, is part of the Larchvale Trust, which is the data controller. Contact
the school office on 01632 960 303 or office@brookmere.sch.example.

`;
const statusOf = (id: string, text: string, url = 'https://brookmere.sch.example/privacy') => noticeStatus(id, text, url);

describe('the notice date in a layout of its own', () => {
  it('reads the date under a "Last reviewed" heading', () => {
    expect(statusOf('last-updated-date', HEAD + 'Last reviewed\n\nOctober 2026. Next review: October 2027.\n')).toBe('pass');
  });

  it('reads the date after an officer with a long title', () => {
    const end = 'Version 3. Revised by the Larchvale Trust’s Data Protection Officer in September 2026 and approved by the board.\n';
    expect(statusOf('last-updated-date', HEAD + end)).toBe('pass');
  });

  it('keeps a heading about something else from lending its date', () => {
    expect(statusOf('last-updated-date', HEAD + 'School trips\n\nOctober 2026 saw our Year 6 residential.\n')).toBe('fail');
  });
});

describe('denials that data leaves the UK, in a table or with "nothing" as the subject', () => {
  it('reads a summary table answering "Sent abroad?" with "No" beside the denial as one answer', () => {
    const text = `${HEAD}| Who is responsible? | Sent abroad? |
| --- | --- |
| Larchvale Trust | No |

Our suppliers keep pupil data in the UK under contract, and we do not transfer pupil data outside the United Kingdom.
`;
    expect(statusOf('international-transfers', text)).toBe('pass');
  });

  it('reads "Nothing leaves the UK" as the denial', () => {
    const text = `${HEAD}Our learning journal and our pupil database keep their data on servers in England. Nothing leaves the UK.\n`;
    expect(statusOf('international-transfers', text)).toBe('pass');
  });

  it('does not read a clause whose subject is "none of" them as placing data abroad beside the denial', () => {
    const text = `${HEAD}We never send pupil records overseas. Our learning journal, our payments app and our register all run on servers in England; none of them hold anything outside the UK.\n`;
    expect(statusOf('international-transfers', text)).toBe('pass');
  });

  it('reads a denial of the school sending data abroad itself beside suppliers that do as neither a denial nor a contradiction', () => {
    const suppliers = 'Our homework app is run by a company in the United States, which keeps class work on servers there.';
    const own = `${HEAD}We never send pupil records abroad ourselves. ${suppliers}`;
    expect(statusOf('international-transfers', `${own}\n`)).toBe('partial');
    const safeguarded = `${own} The transfer is covered by the UK-US data bridge, so the law treats it as adequately protected.\n`;
    expect(statusOf('international-transfers', safeguarded)).toBe('pass');
  });

  it('reads a denial beside suppliers whose contracts protect what they hold abroad as saying where data goes and how', () => {
    const denial = `${HEAD}We do not send pupil records outside the UK.`;
    const protectedAbroad =
      ' Our email provider keeps data in the UK, and where its engineers reach it from another country, its contract uses the UK International Data Transfer Agreement.\n';
    expect(statusOf('international-transfers', denial + protectedAbroad)).toBe('pass');
    const unprotectedAbroad = ' Our email provider keeps some data on servers in the United States.\n';
    expect(statusOf('international-transfers', denial + unprotectedAbroad)).toBe('partial');
  });

  it('still asks for safeguards when data is stored abroad', () => {
    const text = `${HEAD}Our learning journal keeps its data on servers in the United States.\n`;
    expect(statusOf('international-transfers', text)).not.toBe('pass');
  });
});

describe('the pupil’s own choice at 16 under a sub-heading of the youth section', () => {
  const youth = `Youth support services

Students aged 13 and over

When a student reaches 13 we send information to Eastmere Council's youth support service under section 507B of the
Education Act 1996. Unless a parent or carer agrees to more, we send only the student's name, address and date of birth.

`;
  it('passes when the next sub-heading gives the choice to the student from 16', () => {
    const sixteen =
      'Students aged 16 and over\n\nFrom 16 the choice is the student’s own: tell us to share no more than your name, address and date of birth.\n';
    expect(statusOf('youth-support-services', HEAD.replace('aged 4 to 11', 'aged 11 to 18') + youth + sixteen)).toBe('pass');
  });

  it('does not reach across a heading on another topic', () => {
    const other = 'Keeping information\n\nFrom 16 students can ask to see their own records.\n';
    expect(statusOf('youth-support-services', HEAD.replace('aged 4 to 11', 'aged 11 to 18') + youth + other)).toBe('partial');
  });
});

describe('the Welsh Government’s own use of pupil data as the NPD section in Wales', () => {
  const WALES = `Ysgol Bryn Celyn
Privacy notice for learners and families

Ysgol Bryn Celyn is a primary school maintained by Ceredigion County Council. Each January we send learner information
to the Welsh Government through the Pupil Level Annual School Census (PLASC).

`;
  it('passes the Welsh Government using PLASC for statistics and research, with its gov.wales page', () => {
    const use =
      'The Welsh Government uses PLASC to fund schools, to produce national statistics and to support research. It explains this at https://gov.wales/data-management-information-privacy-notice.\n';
    expect(statusOf('national-pupil-database', WALES + use, 'https://www.ysgolbrynceleyn.example/privacy')).toBe('pass');
  });

  it('passes a long list of purposes before the statistics', () => {
    const use =
      'The Welsh Government uses PLASC returns to share out money between schools, to follow how well learners in each area are progressing, and in the end to publish official statistics. See https://gov.wales/pupil-level-annual-school-census.\n';
    expect(statusOf('national-pupil-database', WALES + use, 'https://www.ysgolbrynceleyn.example/privacy')).toBe('pass');
  });

  it('passes the database said, passively, to be used for statistics', () => {
    const use =
      'The returns go into a national store of learner data for Wales, which is used to compile education statistics. See https://gov.wales/pupil-level-annual-school-census.\n';
    expect(statusOf('national-pupil-database', WALES + use, 'https://www.ysgolbrynceleyn.example/privacy')).toBe('pass');
  });

  it('does not pass the census alone', () => {
    expect(statusOf('national-pupil-database', WALES + 'We send it every year.\n', 'https://www.ysgolbrynceleyn.example/privacy')).not.toBe(
      'pass',
    );
  });
});
