// Subject access (checklist.md 2.15): the route is whom to ask and how to reach them. A request sent to a post with no
// channel anywhere in the notice (a committee's secretary, a team at the trust's centre) stops at that post: partial,
// even though the school's own address is in the letterhead. The school's secretary is its front desk.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Brookmere Community Pre-school',
  ages: '2 to 5',
  title: 'Privacy notice for parents',
  closing: 'Brookmere Community Pre-school, Village Hall, Green Lane, Brookmere BM3 2QT. Telephone 01632 960 418.',
  url: 'https://brookmere.example/privacy',
  asOf: '2026-12-04',
});

describe('subject-access-route: a post with no channel', () => {
  it.each([
    'You can ask to see the records we keep. Send your request in writing to the Management Committee Secretary.',
    'You can ask for a copy of your information. Requests from families at every one of our settings are dealt with by the Trust’s Data Compliance Team.',
  ])('is partial: %s', (passage) => {
    expect(status('subject-access-route', passage)).toBe('partial');
  });

  it.each([
    'You can ask to see the records we keep. Send your request in writing to the Pre-school Secretary at the address below.',
    'You can ask to see the records we keep. Send your request in writing to the office secretary.',
    'You can ask for a copy of your information. Requests are dealt with by the Trust’s Data Compliance Team, dataprotection@brookmere-trust.example.',
  ])('passes when the post is the desk or has a channel: %s', (passage) => {
    expect(status('subject-access-route', passage)).toBe('pass');
  });
});

describe('subject-access-route: a route left as the template wrote it', () => {
  it.each([
    'You may ask for a copy of what we hold. Write to [Name of manager], Pre-school Manager, at office@brookmere.example.',
    'You may ask for a copy of what we hold. Email office@yourpreschool.org.uk with your request.',
    'You may ask for a copy of what we hold. Telephone 01234 567890 and ask for the manager.',
  ])('is partial, though the letterhead gives an address: %s', (passage) => {
    expect(status('subject-access-route', passage)).toBe('partial');
  });
  it('a page’s hidden address is not a template field', () => {
    expect(
      status('subject-access-route', 'You may ask for a copy of what we hold. Email [email protected] or telephone 01632 960 418.'),
    ).toBe('pass');
  });
});
