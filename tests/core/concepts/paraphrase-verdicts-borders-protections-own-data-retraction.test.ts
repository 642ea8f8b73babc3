// Transfers, security, access, rights and withdrawal in other words: the UK by another name or its borders; named
// protections such as secure email or data protection training; getting one's own data; erasure as taking data off the
// systems; an agreement retracted. Each beside a near miss that must stay a gap (checklist.md 2.12, 2.14-2.16, 2.29).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Saltmarsh Community College',
  ages: '11 to 16',
  title: 'How we use information about students',
  closing: 'This notice is checked each autumn.',
  url: 'https://saltmarsh.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('international-transfers: the UK by another name', () => {
  it('records never leaving Great Britain pass', () => {
    expect(status('international-transfers', 'Student records are not transferred outside Great Britain.')).toBe('pass');
  });
  it('data kept within the UK’s borders passes', () => {
    expect(status('international-transfers', 'We never send student information beyond the UK’s borders.')).toBe('pass');
  });
  it('a transfer abroad protected by a binding contract with the receiver passes', () => {
    expect(
      status(
        'international-transfers',
        'Our homework app stores some data in Canada; the company has signed a legally binding contract with us that protects it.',
      ),
    ).toBe('pass');
  });
  it('the same transfer with no protection stays partial', () => {
    expect(status('international-transfers', 'Our homework app stores some data in Canada.')).toBe('partial');
  });
});

describe('security-measures: protections named in other words', () => {
  it('secure email and staff data protection training pass', () => {
    expect(
      status(
        'security-measures',
        'Information about students is only ever emailed using secure email, and every member of staff completes data protection training.',
      ),
    ).toBe('pass');
  });
  it('encrypted laptops pass', () => {
    expect(status('security-measures', 'Teachers use encrypted laptops when working away from college.')).toBe('pass');
  });
  it('"held securely" alone stays partial', () => {
    expect(status('security-measures', 'Student information is held securely.')).toBe('partial');
  });
});

describe('subject-access-route: getting one’s own data', () => {
  it('getting hold of your information, with an email, passes', () => {
    expect(
      status(
        'subject-access-route',
        'Getting hold of your information is simple: email records@saltmarsh.sch.example and say what you need.',
      ),
    ).toBe('pass');
  });
  it('students may obtain the data the college processes, with a postal address, passes', () => {
    expect(
      status(
        'subject-access-route',
        'Students may obtain the data the college processes about them by writing to the Data Lead, Saltmarsh Community College, Sea Road, Hull HU1 1AA.',
      ),
    ).toBe('pass');
  });
  it('accessing a son’s or daughter’s school record, with a phone number, passes', () => {
    expect(
      status('subject-access-route', 'Parents can access their daughter’s school record by phoning the college on 01482 000 111.'),
    ).toBe('pass');
  });
  it('the same with no channel stays partial', () => {
    expect(status('subject-access-route', 'Parents can access their child’s school record by asking the Data Lead.')).toBe('partial');
  });
});

describe('data-subject-rights and withdraw-consent: other words', () => {
  it('seeing your data, correcting, taking off the systems and objecting pass together', () => {
    expect(
      status(
        'data-subject-rights',
        'You can see your information, ask for anything incorrect to be corrected, ask for it to be taken off our systems, and object to our use of it.',
      ),
    ).toBe('pass');
  });
  it('seeing and correcting alone stay partial', () => {
    expect(status('data-subject-rights', 'You can see your information and ask for anything incorrect to be corrected.')).toBe('partial');
  });
  it('retracting an agreement passes', () => {
    expect(
      status('withdraw-consent', 'Any agreement you gave us, for instance for trip photos, can be retracted whenever you choose.'),
    ).toBe('pass');
  });
  it('an agreement only given stays a gap', () => {
    expect(status('withdraw-consent', 'Parents sign an agreement for trip photos at the start of the year.')).toBe('fail');
  });
});
