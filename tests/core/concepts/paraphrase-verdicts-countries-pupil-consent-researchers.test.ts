// Whole-check verdicts on one passage read alone: a foreign country named as where data goes (checklist.md 2.12), a
// pupil consenting to biometrics with no parent asked (checklist.md 2.31), and "legitimate interest" said of those who
// apply to the Department rather than of the school (checklist.md 2.7).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Brackenridge Academy',
  ages: '11 to 18',
  title: 'Privacy notice for pupils and their families',
  closing: 'End of this notice.',
  url: 'https://brackenridge.sch.example/privacy',
  asOf: '2026-11-23',
});

describe('a foreign country named is data leaving the UK', () => {
  it('a named country with no safeguard is a partial answer', () => {
    expect(
      status(
        'international-transfers',
        'Before the Seville exchange we send the host families in Spain each pupil’s name, passport number and medical details.',
      ),
    ).toBe('partial');
  });
  it('the same with the protection given passes', () => {
    expect(
      status(
        'international-transfers',
        'Our revision platform keeps pupil logins on servers in Australia, protected by the UK government’s international data transfer agreement.',
      ),
    ).toBe('pass');
  });
});

describe('biometrics: the pupil consenting alone', () => {
  it('older pupils giving their own agreement, no parent asked, is a partial answer', () => {
    expect(
      status('biometrics-consent', 'Students in the sixth form may give their own agreement to being enrolled on the thumbprint till.'),
    ).toBe('partial');
  });
  it('a parent asked in writing, with the pupil free to say no, passes', () => {
    expect(
      status(
        'biometrics-consent',
        'Our library uses fingerprint sign-out. A parent must agree in writing before we enrol a pupil, and any pupil may refuse and borrow with a card.',
      ),
    ).toBe('pass');
  });
});

describe('"legitimate interest" said of others', () => {
  it('applicants to the Department with a legitimate interest are not a basis the school relies on', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Applicants with a legitimate interest in pupil attainment trends may ask the Department for Education for anonymised extracts.',
      ),
    ).toBe('not-applicable');
  });
  it('the school relying on it with no interest described is still a gap', () => {
    expect(status('legitimate-interests-stated', 'Some of our processing of alumni contact details relies on legitimate interests.')).toBe(
      'fail',
    );
  });
});
