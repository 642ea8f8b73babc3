// Short question-and-answer notices and plain-text parts headed by a line ending in a colon: a council named as
// controller of the information its referral unit holds, "How do I see it?" answered with the office to ask, and
// "About parents and carers:" over a paragraph of what is kept about them and why (checklist.md 2.1, 2.15, 2.32).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const unit = (controller: string, access: string) =>
  [
    'Harbour View Centre (Pupil Referral Unit)',
    'Privacy notice for pupils and families',
    'Harbour View Centre is a pupil referral unit for pupils in Years 5 to 11 who are not able to attend their usual school for a while. It is run by Westmarsh County Council.',
    'Who is the data controller?',
    controller,
    'How do I get in touch?',
    'Ring 01632 961188 or email office@harbourview.westmarsh.sch.uk during term time.',
    'What are my rights?',
    'You can look at the information and ask us to put it right if it is wrong.',
    access,
    'Updated: October 2026.',
  ].join('\n');

describe('a referral unit run by its council', () => {
  it('the council as controller of the information the unit holds is the notice’s controller', () => {
    expect(
      noticeStatus(
        'controller-identity',
        unit('Westmarsh County Council is the data controller for information held by Harbour View Centre.', ''),
      ),
    ).toBe('pass');
  });
  it('the council as controller of what it receives is not', () => {
    expect(
      noticeStatus(
        'controller-identity',
        unit('Westmarsh County Council is the data controller for the information we send to it for its own duties.', ''),
      ),
    ).not.toBe('pass');
  });
});

describe('"How do I see it?" in a short question-and-answer notice', () => {
  it('answered with the office to ask, whose channels the notice gives, is the access route', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        unit(
          'Westmarsh County Council is the data controller for information held by Harbour View Centre.',
          'How can I see it?\nAsk the centre office, using the phone number or email above. We reply within a month.',
        ),
      ),
    ).toBe('pass');
  });
  it('with no such question, nothing says how to ask', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        unit('Westmarsh County Council is the data controller for information held by Harbour View Centre.', ''),
      ),
    ).toBe('fail');
  });
});

describe('a line ending in a colon over a paragraph about parents', () => {
  const notice = (part: string) =>
    [
      'Ysgol Bryn Hafod',
      'Privacy Notice for Pupils and Parents',
      'What we hold about pupils:',
      '• names, dates of birth and addresses',
      '• attendance and assessment results',
      part,
      'Why we use this information',
      '• to support each pupil’s learning',
    ].join('\n');
  it('what is kept about parents and why, under "About parents and carers:", passes', () => {
    expect(
      noticeStatus(
        'parents-carers-data',
        notice(
          'About parents and carers:\nWe hold the names, phone numbers and email addresses of parents and carers. We use them to tell you how your child is getting on and to reach you in an emergency.',
        ),
      ),
    ).toBe('pass');
  });
});
