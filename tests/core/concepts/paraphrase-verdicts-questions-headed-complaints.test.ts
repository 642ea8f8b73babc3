// A complaint route to the school (checklist.md 2.18) is a route for concerns about data use. A heading that names
// complaints over a line that answers only questions is a contact point (partial), and worries staff note about a
// pupil's safety are what the school records, not a route for the family's concerns.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Harbourside Academy',
  ages: '11 to 16',
  title: 'Privacy notice for students',
  closing: 'End of this notice.',
  url: 'https://harbourside.sch.example/privacy',
  asOf: '2026-12-04',
});

describe('complaint-to-school: questions under a complaints heading', () => {
  it('a numbered "Questions and complaints" clause that answers only questions is partial', () => {
    expect(
      status(
        'complaint-to-school',
        '12. Questions and complaints\n12.1 Questions about this notice, or about the way we look after personal data, go to our Data Protection Officer at dpo@harbourside.sch.example.',
      ),
    ).toBe('partial');
  });
  it('the same heading over a "talk about anything" contact is still only a contact point', () => {
    expect(
      status(
        'complaint-to-school',
        'Questions and complaints\nIf you want to talk about anything on this page, ring the school office on 01632 960 514.',
      ),
    ).toBe('partial');
  });
  it('the same heading over a line that takes concerns passes', () => {
    expect(
      status(
        'complaint-to-school',
        '12. Questions and complaints\n12.1 If you are unhappy with the way we look after personal data, please raise it with our Data Protection Officer at dpo@harbourside.sch.example.',
      ),
    ).toBe('pass');
  });
  it('worries staff write down about a pupil’s safety are no route for complaints', () => {
    expect(
      status(
        'complaint-to-school',
        'Teachers note down worries about your safety whenever they have them. If you would like to discuss anything in this notice, email office@harbourside.sch.example.',
      ),
    ).toBe('partial');
  });
});
