// Template residue (checklist.md 2.28): an instruction left in brackets for whoever fills in the template ("[check with
// LA]", "[describe funding purpose]", "[... DELETE IF NOT APPLICABLE]"), and a placeholder in the page's own footer,
// which every reader of the notice sees.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { noticeStatus } from '../../core/concepts/passage-status';

const residueOf = (html: string) =>
  runAudit({ notice: { format: 'html', url: 'https://pennant.sch.example/privacy', html } }, { asOf: '2026-12-03' }).items.find(
    (i) => i.id === 'no-template-residue',
  )!;

const page = (footer: string) =>
  `<html><body><main><h1>Pennant Primary School privacy notice</h1><p>Pennant Primary School is the data controller for the information we hold about pupils and their families.</p><p>We keep attendance records for three years.</p></main><footer><p>${footer}</p></footer></body></html>`;

describe('instructions left for the template’s user', () => {
  it.each(['[check with LA]', '[describe the funding purpose]', '[TBC]', '[confirm period with the trust]'])('%s is residue', (left) => {
    expect(
      noticeStatus(
        'no-template-residue',
        `Pennant Primary School\nPrivacy notice\nAccident records\t${left}\nAttendance registers\tThree years from the last entry`,
      ),
    ).toBe('fail');
  });
  it('a bracketed aside that instructs no one is not', () => {
    expect(
      noticeStatus(
        'no-template-residue',
        'Pennant Primary School\nPrivacy notice\nWe keep registers (as the law requires) for three years.',
      ),
    ).toBe('pass');
  });
});

describe('a note to keep or cut a passage', () => {
  it.each([
    'Pennant Primary School [and its trading company, Pennant Lettings Ltd - DELETE IF NOT APPLICABLE] is the data controller.',
    'We use fingerprints at the tills. [Remove this paragraph if your school does not use biometrics.]',
    'Our canteen is cashless (delete if not applicable).',
  ])('%s is residue', (line) => {
    expect(noticeStatus('no-template-residue', `Pennant Primary School\nPrivacy notice\n${line}`)).toBe('fail');
  });
  it('the right to have data deleted is not', () => {
    expect(
      noticeStatus(
        'no-template-residue',
        'Pennant Primary School\nPrivacy notice\nYou can ask us to delete your data (we will remove it if we no longer need it).',
      ),
    ).toBe('pass');
  });
});

describe('a cross-reference left unnumbered', () => {
  it.each(['A list of our processors is given in Appendix [X].', 'See section [x] for how long we keep records.'])(
    '%s is residue',
    (line) => {
      expect(noticeStatus('no-template-residue', `Pennant Primary School\nPrivacy notice\n${line}`)).toBe('fail');
    },
  );
  it('a numbered one, or a ticked box, is not', () => {
    expect(
      noticeStatus('no-template-residue', 'Pennant Primary School\nPrivacy notice\nA list of our processors is given in Appendix 2.'),
    ).toBe('pass');
    expect(noticeStatus('no-template-residue', 'Pennant Primary School\nPrivacy notice\n[X] I agree to photographs on the website.')).toBe(
      'pass',
    );
  });
});

describe('a number left half-written', () => {
  it('"Tel: 01632 960xxx" is residue', () => {
    expect(noticeStatus('no-template-residue', 'Pennant Primary School\nPrivacy notice\nSchool business manager: Tel 01632 960xxx')).toBe(
      'fail',
    );
  });
  it('a reference with an x in it is not', () => {
    expect(
      noticeStatus('no-template-residue', 'Pennant Primary School\nPrivacy notice\nOur ICO registration is ZA123456; the form is ref 2x4.'),
    ).toBe('pass');
  });
});

describe('a mail-merge field never merged', () => {
  it.each(['The {{ school_name }} office keeps a log of requests.', 'Write to {head_teacher_name} at the school.'])(
    '%s is residue',
    (line) => {
      expect(noticeStatus('no-template-residue', `Pennant Primary School\nPrivacy notice\n${line}`)).toBe('fail');
    },
  );
});

describe('an instruction to whoever publishes the template', () => {
  it.each([
    'Draft from the county model: update the shaded wording before publication.',
    'Edit the contact details in section 9 before uploading.',
  ])('%s is residue', (line) => {
    expect(noticeStatus('no-template-residue', `Pennant Primary School\nPrivacy notice\n${line}`)).toBe('fail');
  });
  it('a statement about the school checking its own work is not', () => {
    expect(
      noticeStatus('no-template-residue', 'Pennant Primary School\nPrivacy notice\nWe check every consent form before the start of term.'),
    ).toBe('pass');
  });
});

describe('the page footer', () => {
  it('a placeholder in the footer is residue the reader sees, quoted from the footer', () => {
    const item = residueOf(page('© 2026 [Trust Name]. Registered office: [Registered Address].'));
    expect(item.status).toBe('fail');
    expect(item.evidence[0]).toMatchObject({ text: '[Trust Name]', where: 'page footer' });
  });
  it('a filled-in footer is not', () => {
    expect(residueOf(page('© 2026 Pennant Learning Trust. Registered office: 4 Mill Road, Pennant.')).status).toBe('pass');
  });
});

describe('a role in brackets where a name goes', () => {
  it.each([
    'Yours faithfully,\n[Head Teacher]',
    'Signed for the governing board\n[Chair of the Governors]',
    'Contact: [Data Protection Lead]',
  ])('%s is residue', (left) => {
    expect(noticeStatus('no-template-residue', `Pennant Primary School\nPrivacy notice\nWe keep registers for three years.\n${left}`)).toBe(
      'fail',
    );
  });
  it('a role named in words is not', () => {
    expect(
      noticeStatus('no-template-residue', 'Pennant Primary School\nPrivacy notice\nYours faithfully,\nMrs R. Okafor, Head Teacher'),
    ).toBe('pass');
  });
});

describe('a section for pupils aged 13 and over left in a younger school’s notice', () => {
  const notice = (heading: string) =>
    [
      'Pennant Infant School',
      'Privacy notice for parents',
      'Pennant Infant School teaches children aged 4 to 7, in Reception and Years 1 and 2.',
      'We keep registers for three years.',
      heading,
      'When pupils turn 13 their details go to the council’s youth service, which supports young people up to 19.',
      'Who we share information with',
      'We share information with the local authority and the Department for Education.',
    ].join('\n\n');

  it('is residue in an infant school', () => {
    expect(noticeStatus('no-template-residue', notice('Youth support services'))).toBe('partial');
    expect(noticeStatus('no-template-residue', notice('Pupils aged 13 and over'))).toBe('partial');
  });
  it('is not when the heading gives the section to other schools, or says it does not apply', () => {
    expect(noticeStatus('no-template-residue', notice('Youth support services (Pennant High School)'))).toBe('pass');
    expect(noticeStatus('no-template-residue', notice('Youth support services (not applicable to our pupils)'))).toBe('pass');
  });
});

describe("a page builder's default text left in a block", () => {
  it.each(['<details><summary>New item</summary><p>Enter your text here.</p></details>', '<h2>Heading</h2><p>Your content goes here.</p>'])(
    '%s is residue',
    (block) => {
      const html = page('Pennant Primary School, Church Lane').replace('</main>', `${block}</main>`);
      expect(residueOf(html).status).toBe('fail');
    },
  );
  it('a reader asked to write an answer on a form is not', () => {
    const html = page('Pennant Primary School, Church Lane').replace(
      '</main>',
      '<p>If you would like a copy of your records, fill in the request form and write what you need in the box.</p></main>',
    );
    expect(residueOf(html).status).toBe('pass');
  });
});
