// A stage or year-group name holds a period's word without being a period of time: "early years settings" and
// "Year 11" say nothing of how long anything is kept (checklist.md 2.13), while a real period beside them still counts.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Ashby Meadow Nursery and Infant School',
  ages: '2 to 7',
  title: 'Privacy notice for families',
  closing: 'End of this notice.',
  url: 'https://ashbymeadow.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('retention: stage names are not periods', () => {
  it('information "held" about children in early years settings gives no period', () => {
    expect(
      status('retention', 'The Department holds information about children in schools and early years settings across England.'),
    ).not.toBe('pass');
  });
  it('records "kept" for a year group give no period', () => {
    expect(status('retention', 'We keep the reading records of Year 2 in the classroom cupboard.')).not.toBe('pass');
  });
  it('a period after the early years still counts', () => {
    expect(
      status('retention', 'Everything we hold about a child in our early years class is kept for three years after they leave us.'),
    ).toBe('pass');
  });
  it('a period for a year group’s records still counts', () => {
    expect(status('retention', 'We keep the records of pupils in Year 2 until each child reaches the age of 25.')).toBe('pass');
  });
});

describe('retention: a document the keeping follows is a pointer, not a period', () => {
  it('timescales laid down in a policy with no link are partial', () => {
    expect(status('retention', 'Information is stored in accordance with the timescales laid down in our data handling policy.')).toBe(
      'partial',
    );
  });
  it('records kept in line with a records management policy on request are partial', () => {
    expect(status('retention', 'We keep pupil records in line with our records management policy, which you can ask the office for.')).toBe(
      'partial',
    );
  });
  it('the same policy with a public link passes', () => {
    expect(
      status(
        'retention',
        'We keep pupil records in line with our records management policy, published at https://ashbymeadow.sch.example/policies/records.pdf',
      ),
    ).toBe('pass');
  });
  it('a period beside the policy passes', () => {
    expect(status('retention', 'Pupil files are kept until the pupil is 25, in line with our records management policy.')).toBe('pass');
  });
});

describe('retention: people described by their age, and a toolkit behind a private schedule', () => {
  it('"young people aged 13 to 19 stay in education" says nothing of keeping', () => {
    expect(
      status(
        'retention',
        'We keep pupil records in line with our records management policy, which you can ask the office for. The council helps young people aged 13 to 19 stay in education or training.',
      ),
    ).toBe('partial');
  });
  it('"at your age" is the reader\'s age now, not an age data is kept until', () => {
    expect(
      status(
        'retention',
        'We keep pupil records in line with our records management policy, which you can ask the office for. At your age the law treats the information we hold about you as yours.',
      ),
    ).toBe('partial');
    expect(status('retention', 'We keep your file until you reach the age of 25.')).toBe('pass');
  });
  it('"some form of education" is a kind of education, not a form holding data', () => {
    expect(
      status(
        'retention',
        'We keep pupil records in line with our records management policy, which you can ask the office for. Young people must stay in some form of education or training until their 18th birthday.',
      ),
    ).toBe('partial');
  });
  it('a schedule based on the IRMS toolkit but linked on a staff intranet is partial', () => {
    expect(
      status(
        'retention',
        'We keep records in line with our retention schedule, based on the IRMS toolkit for schools: http://intranet.ashbymeadow.local/schedule.pdf',
      ),
    ).toBe('partial');
  });
  it("the same schedule with no link, following the IRMS toolkit, is partial: the school's own schedule governs, and it is not public", () => {
    expect(status('retention', 'We keep records in line with our retention schedule, which follows the IRMS toolkit for schools.')).toBe(
      'partial',
    );
  });
  it('records kept in line with the IRMS toolkit itself, a public schedule, pass', () => {
    expect(status('retention', "We keep pupils' records for the periods the IRMS toolkit for schools recommends.")).toBe('pass');
  });
});
