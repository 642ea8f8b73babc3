// Whole-check verdicts on retention and complaint wording that names a period or a concern route for one step or one
// topic only: papers from a referral that came to nothing, the note kept when a file moved to the next school, and a
// worry about the cameras. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Fennick Lane Centre',
  ages: '11 to 16',
  title: 'How we use information about our pupils',
  closing: 'This is the end of the notice.',
  url: 'https://fennick-lane.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('retention: a period for the papers of one step is not a period for pupil records', () => {
  it('reads a period for a referral that came to nothing as partial', () => {
    expect(
      status('retention', 'Where a referral to the centre is turned down, the referral paperwork is shredded six months after we reply.'),
    ).toBe('partial');
    expect(status('retention', 'Application papers that do not result in a place are securely destroyed after one year.')).toBe('partial');
  });
  it('reads a period for the note of a file passed on as partial', () => {
    expect(
      status(
        'retention',
        "When a pupil moves on, their welfare file goes to the new school, and we hold the transfer record until the pupil's 25th birthday.",
      ),
    ).toBe('partial');
  });
  it('still passes a period for the pupil file itself', () => {
    expect(status('retention', "We keep each pupil's file until they reach the age of 25, after which it is shredded.")).toBe('pass');
    expect(
      status(
        'retention',
        'When a pupil moves on, their file goes to the new school; if they leave education altogether we keep it until their 25th birthday.',
      ),
    ).toBe('pass');
  });
});

describe('complaint to the school: a worry about the cameras is one topic', () => {
  it('reads a concern route about the cameras alone as partial', () => {
    expect(
      status(
        'complaint-to-school',
        'Anyone worried about where one of our security cameras is aimed, or about how its recordings are used, can tell the site manager through the school office and we will look at it.',
      ),
    ).toBe('partial');
  });
  it('still passes a route for concerns about data generally', () => {
    expect(
      status(
        'complaint-to-school',
        'If you are unhappy with how we handle your personal information, please raise it with the headteacher or our data protection officer.',
      ),
    ).toBe('pass');
  });
});

describe('transfers: the adequacy of something else is no safeguard', () => {
  it('reads data held abroad beside the adequacy of the school’s own work as partial', () => {
    expect(
      status(
        'international-transfers',
        'Some of our software providers keep pupil records on servers overseas.\nEach spring the governors check the adequacy of our attendance procedures.',
      ),
    ).toBe('partial');
  });
  it('still passes data held abroad under adequacy regulations', () => {
    expect(
      status(
        'international-transfers',
        'Some of our software providers keep pupil records on servers overseas, in countries covered by UK adequacy regulations.',
      ),
    ).toBe('pass');
  });
});

describe('complaint to the school: a complaints heading over a contact for questions', () => {
  it('reads a question contact under a complaints heading as partial', () => {
    expect(
      status(
        'complaint-to-school',
        'Queries and complaints\n\nShould you have a question about this leaflet, phone the office on 01632 960111.',
      ),
    ).toBe('partial');
  });
  it('still passes a complaints heading over a route for complaints', () => {
    expect(
      status(
        'complaint-to-school',
        'Queries and complaints\n\nIf you are unhappy with how we have used your information, please write to the headteacher, who will look into it.',
      ),
    ).toBe('pass');
  });
});
