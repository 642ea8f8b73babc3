// Shortfalls inside whole notices: a check's own section falls short, while words of its topic recur in other sections
// (the Article 9 paragraph, a withdrawal sentence, the sources and retention paragraphs, the transfers paragraph).
// Those other sections must not make up for it, and a compliant section in new words must still pass.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';
import type { Status } from '../../../src/core/report';

const SECTIONS: Record<string, string> = {
  head: 'Harefield Vale Academy\nHow we use information about pupils and their families\nHarefield Vale Academy is a secondary school for pupils aged 11 to 18.',
  basis:
    'Our lawful bases\nWe use pupil information because we carry out a task in the public interest, educating pupils, and because we must comply with legal obligations such as the Education Act 1996.',
  special:
    'Special category information\nFor health and ethnicity we meet a condition in Article 9 of the UK GDPR: substantial public interest, your explicit consent, or vital interests in an emergency.',
  sources:
    'Where the information comes from\nWe collect pupil information from admission forms, through the common transfer file or secure file transfer from the previous school, and from the local authority.',
  recipients:
    'Who we share it with\nWe routinely share pupil information with:\n- the next school a pupil moves to\n- Wealdshire County Council\n- the Department for Education\n- the school nursing service',
  retention: 'How long we keep it\nPupil files are kept until the pupil is 25 and then destroyed securely.',
  transfers:
    'Data held abroad\nWhere a supplier holds data outside the UK it is protected by an adequacy decision or by approved contract clauses.',
  security:
    'Keeping information safe\nStaff can open only the records their role needs, laptops are encrypted and paper files are locked away.',
  rights:
    'Your rights\nYou can ask for a copy of the information we hold about you by writing to the office. Where we rely on your consent, you can withdraw it at any time.',
  close: 'Complaints can be made to the Information Commissioner at ico.org.uk. This notice was last updated in September 2026.',
};

/** The check's status on the whole notice, with some of its sections replaced. */
function statusOf(id: string, replace: Record<string, string>): Status {
  const text = Object.entries(SECTIONS)
    .map(([name, body]) => replace[name] ?? body)
    .filter(Boolean)
    .join('\n\n');
  const status = noticeStatus(id, text, 'https://harefield.example/privacy');
  if (!status) throw new Error(`no item ${id}`);
  return status;
}

const NO_CONSENT = 'Your rights\nYou can ask for a copy of the information we hold about you by writing to the office.';

describe('Article 6 basis: the Article 9 paragraph and a withdrawal sentence are not the basis', () => {
  it('passes the host as written', () => expect(statusOf('lawful-basis-art6', {})).toBe('pass'));

  it('does not take consent and vital interests named as Article 9 conditions for Article 6 bases', () => {
    const generic = 'Our lawful bases\nThe law says we must have a lawful reason under Article 6 for everything we do with personal data.';
    expect(statusOf('lawful-basis-art6', { basis: generic })).toBe('partial');
  });

  it('does not take "where we rely on your consent, you can withdraw it" for a basis presented', () => {
    const statutes = 'Our lawful bases\nWe hold pupil information under the Education Act 1996 and the Children Act 1989.';
    expect(statusOf('lawful-basis-art6', { basis: statutes, special: '' })).toBe('partial');
  });

  it('reads the duty in plain words as the basis', () => {
    const plain = 'Why we may use it\nMost of what we hold we keep because the law says we have to, such as the admission register.';
    expect(statusOf('lawful-basis-art6', { basis: plain, special: '', rights: NO_CONSENT })).toBe('pass');
  });

  it('reads a list of bases under a heading that names them', () => {
    const listed =
      'Our lawful bases\n- Legal obligation: to keep the attendance register the law requires\n- Consent: for pupils photographs on the website';
    expect(statusOf('lawful-basis-art6', { basis: listed, special: '', rights: NO_CONSENT })).toBe('pass');
  });
});

describe('security: a secure transfer in, a secure disposal and transfer safeguards are not measures', () => {
  it('passes the host as written', () => expect(statusOf('security-measures', {})).toBe('pass'));

  it('fails when the only "secure" words are the incoming file, the disposal and the adequacy decision', () => {
    expect(statusOf('security-measures', { security: '' })).toBe('fail');
  });

  it('passes measures in other words', () => {
    const other = 'Protecting records\nEvery account needs a password and a second sign-in step, and records are backed up each night.';
    expect(statusOf('security-measures', { security: other })).toBe('pass');
  });
});

describe('recipients: an empty ":-" list, and sources are not recipients', () => {
  it('passes the host as written', () => expect(statusOf('recipients', {})).toBe('pass'));

  it('reads a lead-in ending ":-" with nothing after it as an empty list', () => {
    const empty = 'Who we share it with\nOrganisations we may share pupil information with include:-';
    expect(statusOf('recipients', { recipients: empty })).toBe('fail');
  });

  it('does not count the local authority the school collects from as a recipient', () => {
    expect(statusOf('recipients', { recipients: '' })).toBe('fail');
  });
});
