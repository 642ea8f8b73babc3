// A school's own website, prospectus, social media or committee given under another school's name is text left from the
// notice it was copied from (checklist.md 2.28, text from another organisation); the school's own name, a body's notice
// naming its schools, and a school named again elsewhere (a partner) are not.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';

const audit = (lines: string[]) => {
  const report = runAudit(
    { notice: { format: 'text', text: lines.join('\n\n'), url: 'https://hollybank.example/privacy' } },
    { asOf: '2026-12-04' },
  );
  return report.items.find((i) => i.id === 'no-template-residue')!;
};

const notice = (photos: string, more: string[] = []) => [
  'Hollybank Primary School: privacy notice for pupils and parents',
  'Hollybank Primary School is the data controller for the information in this notice.',
  'We hold names, addresses, attendance and assessment results.',
  photos,
  ...more,
  'Last updated: 1 September 2026. Questions to office@hollybank.example.sch.uk.',
];

describe('no-template-residue: another school named as the owner of this school’s channels', () => {
  it('fails a photograph policy that puts pictures on another school’s website', () => {
    const v = audit(
      notice('With your consent, photographs of pupils may appear on the Mossgate Junior School website and in its newsletter.'),
    );
    expect(v.status).toBe('fail');
    expect(v.evidence.some((e) => /Mossgate Junior School website/.test(e.text))).toBe(true);
  });

  it('fails another school named as the one using its own website or prospectus', () => {
    const v = audit(
      notice('Mossgate Junior School will ask for your consent before using photographs in its prospectus or on its website.'),
    );
    expect(v.status).toBe('fail');
    expect(v.evidence.some((e) => /Mossgate Junior School will ask/.test(e.text))).toBe(true);
    // The school's own name doing the same is the school's.
    expect(audit(notice('Hollybank Primary School will ask for your consent before using photographs on its website.')).status).toBe(
      'pass',
    );
  });

  it('fails another school’s committee named as the one that decides for this school', () => {
    const v = audit(notice('Bursary applications are considered by the Bursary Committee of Mossgate Junior School.'));
    expect(v.status).toBe('fail');
    expect(v.evidence.some((e) => /Bursary Committee of Mossgate Junior School/.test(e.text))).toBe(true);
    // The school's own committee, and the governing body of schools in general, are not.
    expect(audit(notice('Bursary applications are considered by the Bursary Committee of Hollybank Primary School.')).status).toBe('pass');
    expect(audit(notice('The governing body of each maintained school must publish this information.')).status).toBe('pass');
  });

  it('passes the school’s own name, and a school named again elsewhere in the notice', () => {
    expect(audit(notice('With your consent, photographs of pupils may appear on the Hollybank Primary School website.')).status).toBe(
      'pass',
    );
    const partner = notice('Photographs from joint sports days may appear on the Mossgate Junior School website.', [
      'We share a sports field with Mossgate Junior School, our partner school next door.',
    ]);
    expect(audit(partner).status).toBe('pass');
  });
});
