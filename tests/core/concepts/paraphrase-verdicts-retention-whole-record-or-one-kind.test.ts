// Retention read by what the period is said of (checklist.md 2.13): a period for pupil records or personal data in
// general, or periods for several kinds of record (a schedule in the text), is present; a period for one named kind of
// record alone, however ordinary that record, covers only part of the data and is partial.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Brackenfold Community School',
  ages: '4 to 16',
  title: 'Privacy information for families',
  closing: 'This is the end of the notice.',
  url: 'https://brackenfold.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('retention: a period for the whole record passes', () => {
  it('until the twenty-fifth birthday, said of the child’s records', () => {
    expect(status('retention', 'Your child’s records stay with us until their twenty-fifth birthday and are then shredded.')).toBe('pass');
  });
  it('while at the school and then a number of years', () => {
    expect(
      status(
        'retention',
        'We hold the information for as long as your child is at Brackenfold and for seven years after that, then it is wiped.',
      ),
    ).toBe('pass');
  });
  it('a period under a retention heading that names no record is said of what the notice is about', () => {
    expect(status('retention', 'How long do we keep it?\nUntil the pupil turns 25; after that, it is destroyed.')).toBe('pass');
  });
  it('a period after a comma-separated condition still speaks of the main record', () => {
    expect(
      status('retention', 'For children who finish their education with us in Year 11, the main record is held until they are 25.'),
    ).toBe('pass');
  });
  it('a record whose contents are listed in brackets, ending on one kind, is still the whole record', () => {
    expect(
      status(
        'retention',
        'Our file on your child’s time here (the register, their reports, and any first-aid notes) is kept for seven years after they leave.',
      ),
    ).toBe('pass');
  });
  it('periods for several kinds of record set out a schedule in the text', () => {
    expect(
      status(
        'retention',
        'We keep the admissions register for three years after the last entry and first-aid books until the child is 21.',
      ),
    ).toBe('pass');
  });
  it('the file passing to the next school, with one kind’s period, accounts for the records', () => {
    expect(
      status(
        'retention',
        'How long do we keep it? A child’s file is sent on to their new school when they leave. We keep medical consent forms until the child is 21.',
      ),
    ).toBe('pass');
  });
  it('a period for a pupil’s main file passes beside a period for one kind', () => {
    expect(
      status(
        'retention',
        'We hold a student’s main record until their 25th birthday. Coursework is kept for one year after the exam board’s deadline.',
      ),
    ).toBe('pass');
  });
  it('one period given on a line to several kinds listed before its colon covers each of them', () => {
    expect(
      status(
        'retention',
        'How long we hold things\n- Sign-up forms, the daily register, and first-aid and medication records: until your child turns 21.\n- Invoices and payment records: six years.',
      ),
    ).toBe('pass');
  });
  it('the file said to go with the child, wherever next, with one kind’s period, accounts for the records', () => {
    expect(
      status(
        'retention',
        'The main pupil file moves up with your child at the end of Year 2, so we do not keep it. First-aid records stay here until the child is 21.',
      ),
    ).toBe('pass');
    expect(
      status(
        'retention',
        'How long is it kept?\nEach child’s record travels with them when they leave us. Lunch payment accounts are held for six years.',
      ),
    ).toBe('pass');
  });
});

describe('retention: a schedule of the school’s own, only based on the public toolkit, is not public', () => {
  it('is partial when the school’s schedule is based on the IRMS toolkit and not linked', () => {
    expect(
      status('retention', 'We keep records in line with our own retention schedule, which is adapted from the IRMS toolkit for schools.'),
    ).toBe('partial');
  });
  it('passes when the school follows the toolkit itself', () => {
    expect(status('retention', 'We keep records for the periods set out in the IRMS Records Management Toolkit for Schools.')).toBe('pass');
  });
});

describe('retention: a schedule only on request, with a link under the next heading', () => {
  it('does not take the next section’s link for the schedule’s', () => {
    expect(
      status(
        'retention',
        'How long do we keep it?\nOur records policy says how long each kind of record is kept; ask the office for a copy of the retention schedule.\nThe census\nRead about the census at https://www.gov.uk/education/data-collection-and-censuses-for-schools',
      ),
    ).not.toBe('pass');
  });
});

describe('retention: a period for one kind of record only is partial', () => {
  it('one kind’s file that goes with the child is not the pupil record', () => {
    expect(
      status(
        'retention',
        'How long we keep information\nSpecial needs files go with the pupil when they leave. Exam scripts are kept for six months.',
      ),
    ).toBe('partial');
  });
  it('one kind on a line with a colon, and a money record, is still one kind', () => {
    expect(
      status(
        'retention',
        'How long we hold things\n- First-aid records: until your child turns 21.\n- Invoices and payment records: six years.',
      ),
    ).toBe('partial');
  });
  it('exam scripts alone', () => {
    expect(status('retention', 'Marked exam scripts are kept for six months in case a result is queried.')).toBe('partial');
  });
  it('safeguarding files alone', () => {
    expect(status('retention', 'Child protection files are retained until the pupil reaches 25.')).toBe('partial');
  });
  it('application forms alone', () => {
    expect(status('retention', 'Admission application forms are kept for one year after the place is offered.')).toBe('partial');
  });
  it('a file that goes to the next school, when the only period is for camera recordings', () => {
    expect(
      status(
        'retention',
        'How long we keep information\nA pupil’s file goes to their next school when they leave. Recordings from our cameras are overwritten after 30 days.',
      ),
    ).toBe('partial');
  });
  it('the same one kind with a period for the whole record passes', () => {
    expect(
      status(
        'retention',
        'Marked exam scripts are kept for six months in case a result is queried. Everything else we hold about a pupil is kept until they are 25.',
      ),
    ).toBe('pass');
  });
});
