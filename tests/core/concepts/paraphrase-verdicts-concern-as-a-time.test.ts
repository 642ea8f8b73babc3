// A concern named only as the time a right lasts ("we limit how we use it while a concern is being looked into") is no
// route for raising one with the school (checklist.md 2.18): a "questions" contact beside it stays partial.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Marlbeck Junior School',
  ages: '7 to 11',
  title: 'Privacy notice for families',
  closing: 'End of this notice.',
  url: 'https://marlbeck.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('complaint-to-school: a concern as a time, not a route', () => {
  it('a restriction right lasting while a concern is looked into, beside a questions contact, is partial', () => {
    expect(
      status(
        'complaint-to-school',
        'You can ask us to stop using your information for a while, while a concern you have raised is being looked into. If you have any questions about this notice, please contact the school office on 01632 960555.',
      ),
    ).toBe('partial');
  });
  it('raising a concern with us still passes', () => {
    expect(
      status(
        'complaint-to-school',
        'If you are worried about how we have used your information, please raise your concern with us first. If you have any questions about this notice, please contact the school office on 01632 960555.',
      ),
    ).toBe('pass');
  });
});

describe('complaint-to-school: a rights list and one request', () => {
  it('a rights list whose restriction right lasts "while a concern is looked into" is no route: partial', () => {
    expect(
      status(
        'complaint-to-school',
        'You can:\n- ask for a copy of what we hold\n- ask us to limit how we use information while a concern is looked into\n- object to us using information in a particular way\nIf you have a question about this notice, please get in touch with the school office on 01632 960555.',
      ),
    ).toBe('partial');
  });
  it('a review of the way one request was answered is one topic only: partial', () => {
    expect(
      status(
        'complaint-to-school',
        'If you are not happy with the way we have answered a request for your information, you can ask for an internal review.',
      ),
    ).toBe('partial');
  });
});
