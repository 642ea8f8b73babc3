// A notice in Welsh is not given English verdicts; Welsh dates are dates; English notices are left alone.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { detectLanguage } from '../../../src/core/analysis/detect-language';
import { findDates } from '../../../src/core/checks/quality/dates';
import { runAudit } from '../../../src/core/run-audit';

// Written for this test: plain Welsh about a school's use of pupil information.
const WELSH = [
  'Hysbysiad Preifatrwydd Ysgol Gynradd Bryn Awel',
  'Mae Ysgol Gynradd Bryn Awel yn casglu gwybodaeth am ddisgyblion er mwyn eu haddysgu a gofalu amdanynt.',
  'Rydym yn cadw manylion cyswllt rhieni a gofalwyr fel y gallwn gysylltu â chi mewn argyfwng.',
  'Rydym yn rhannu rhywfaint o wybodaeth gyda’r awdurdod lleol a Llywodraeth Cymru, fel y mae’r gyfraith yn ei ofyn.',
  'Mae gennych hawl i weld yr wybodaeth sydd gennym amdanoch ac i ofyn i ni ei chywiro.',
  'Os ydych yn anhapus â’r ffordd rydym yn defnyddio eich data, cysylltwch â’r ysgol yn gyntaf.',
  'Diweddarwyd ddiwethaf: Medi 2025',
].join('\n\n');

const ENGLISH = [
  'Privacy notice for pupils',
  'Bryn Awel Primary School collects information about pupils so that we can teach them and look after them.',
  'We keep parents’ contact details so that we can reach you in an emergency, and we share some information with the local authority.',
  'You have the right to see the information we hold about you and to ask us to correct it.',
].join('\n\n');

describe('detectLanguage', () => {
  it('reads a notice written in Welsh as Welsh', () => {
    const r = detectLanguage(readText(WELSH));
    expect(r.value).toBe('cy');
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('leaves an English notice English, without running the detector on it', () => {
    const r = detectLanguage(readText(ENGLISH));
    expect(r.value).toBe('en');
    expect(r.welshBlocks.size).toBe(0);
  });

  it('reads a bilingual notice as mixed', () => {
    expect(detectLanguage(readText(`${WELSH}\n\n${ENGLISH}\n\n${ENGLISH.replace(/Bryn Awel/g, 'Glan Môr')}`)).value).toBe('mixed');
  });
});

describe('a Welsh notice in the audit', () => {
  const report = runAudit({ notice: { format: 'text', text: WELSH, url: null } }, { asOf: '2026-11-23' });

  it('reads the points its Welsh concepts find and leaves the rest to a Welsh reader, never reporting a gap', () => {
    const notice = report.items.filter((i) => i.area === 'notice');
    expect(notice.length).toBeGreaterThan(20);
    for (const i of notice) {
      expect(['pass', 'needs-review', 'not-applicable'], i.id).toContain(i.status);
      if (i.status === 'needs-review') expect(i.message, i.id).toMatch(/Welsh reader/);
    }
    const status = (id: string) => notice.find((i) => i.id === id)!.status;
    // Said in the text above: a named school collecting information, parents' contact details with their purpose,
    // sharing with the council and the Welsh Government, rights to see and correct, concerns to the school.
    expect(status('parents-carers-data')).toBe('pass');
    expect(status('recipients')).toBe('pass');
    expect(status('complaint-to-school')).toBe('pass');
    expect(notice.find((i) => i.id === 'recipients')!.message).toMatch(/^Read in Welsh/);
    // Only two of the rights are named, and nothing about the ICO: not found is not missing.
    expect(status('data-subject-rights')).toBe('needs-review');
    expect(status('complaint-to-ico')).toBe('needs-review');
    // Never named, so a conditional check does not apply.
    expect(status('biometrics-consent')).toBe('not-applicable');
    expect(report.warnings.join(' ')).toMatch(/written in Welsh/);
  });

  it('still reads its Welsh date', () => {
    const date = report.items.find((i) => i.id === 'last-updated-date')!;
    expect(date.status).toBe('pass');
    expect(date.evidence[0]!.text).toContain('Medi 2025');
  });
});

describe('Welsh month names', () => {
  it.each([
    ['Medi 2025', 2025, 9],
    ['3 Ionawr 2026', 2026, 1],
    ['Gorffennaf 2024', 2024, 7],
    ['Rhagfyr 2023', 2023, 12],
    // Mutated after a preposition: "o Fai" (soft), "yng Ngorffennaf" (nasal), "yn Nhachwedd" (nasal), "a Thachwedd".
    ['o Fai 2024', 2024, 5],
    ['yng Ngorffennaf 2024', 2024, 7],
    ['yn Nhachwedd 2025', 2025, 11],
    ['Hydref a Thachwedd 2025', 2025, 11],
    ['12 Fedi 2025', 2025, 9],
  ])('%s is a date', (text, year, month) => {
    const [d] = findDates(`Dyddiad: ${text}`);
    expect(d?.date.year).toBe(year);
    expect(d?.date.month).toBe(month);
  });
});
