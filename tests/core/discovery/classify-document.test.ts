// classifyDocument: the seeds are pupil notices in every rendering; workforce, governance, website and cookie texts get their own kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../src/core/discovery/classify-document';
import { readNotice } from '../../../src/core/notice/read-notice';
import { readText } from '../../../src/core/notice/read-text';
import { runAudit } from '../../../src/core/run-audit';
import { loadDocumentFile } from '../../../src/cli/load-document';

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const PUPIL_ONLY = ['census-sharing-statutory', 'national-pupil-database', 'how-government-uses-data', 'youth-support-services'];

describe('classifyDocument', () => {
  const seeds = readdirSync(corpus).filter((f) => /^seed-\d+\.(txt|html|pdf|docx)$/.test(f));

  it.each(seeds)('%s is a pupil notice', async (file) => {
    expect(classifyDocument(readNotice(await loadDocumentFile(join(corpus, file))))).toBe('pupil-notice');
  });

  it('reads the workforce and website-policy fixtures by their content', async () => {
    expect(classifyDocument(readNotice(await loadDocumentFile(join(corpus, 'case-kind-workforce.txt'))))).toBe('workforce-notice');
    expect(classifyDocument(readNotice(await loadDocumentFile(join(corpus, 'case-kind-website-policy.html'))))).toBe(
      'website-privacy-policy',
    );
  });

  it('recognises a governance notice and a cookie notice', () => {
    const governors = readText(
      [
        'Privacy notice for those in governance roles',
        'We process personal data relating to those we appoint, or who are elected, to the governing board.',
        'We share the names, terms of office and business interests of governors with the Department for Education through Get Information about Schools (GIAS).',
        'Trustees and members of the trust are covered by this notice too.',
      ].join('\n'),
    );
    expect(classifyDocument(governors)).toBe('governors-notice');
    const cookies = readText(
      [
        'How we use cookies',
        'Cookies are small text files placed on your device when you visit a website.',
        'Strictly necessary cookies such as ASP.NET_SessionId keep the site working. Session cookies are deleted when you close your browser.',
        'Third-party cookies such as _ga are set by Google Analytics.',
      ].join('\n'),
    );
    expect(classifyDocument(cookies)).toBe('cookie-notice');
  });

  it("reads a pre-school's notice about children and families, with its staff mentioned, as the pupil notice", () => {
    const preschool = readText(
      [
        'Bluebell Meadow Pre-school',
        'How we look after your family’s information',
        'We are a small charity with a manager and four staff. We take children from two years old.',
        'What we keep about your child: name, date of birth, allergies and who may collect them.',
        'What we keep about you: your phone numbers, and your National Insurance number if you claim funded hours.',
        'Only our staff and the manager see your child’s records. We tell the council about each child who has funded hours.',
        'Families can ask to see what we hold.',
      ].join('\n'),
    );
    expect(classifyDocument(preschool)).toBe('pupil-notice');
    // a staff notice that mentions children in passing stays the staff notice (guards the new cue)
    const staff = readText(
      [
        'Privacy notice for staff',
        'We hold your contract of employment, payroll details, National Insurance number and pension scheme records.',
        'Your DBS check and qualifications are kept on your staff file. Sickness absence records go to HR.',
        'If you have children of your own at the school, their records are covered by our pupil notice.',
      ].join('\n'),
    );
    expect(classifyDocument(staff)).toBe('workforce-notice');
  });

  it('reads a page of notices with a part for pupils and a larger part for staff as the pupil notice', () => {
    const staff = [
      'Part 2: Staff, governors and volunteers',
      'We hold staff contracts of employment, payroll and pension details, National Insurance numbers and HMRC returns.',
      'We keep sickness and absence records, appraisals, qualifications and DBS checks for recruitment and employment.',
      'Teachers’ Pensions and the Local Government Pension Scheme receive what they need, and the workforce census goes to the DfE.',
    ];
    const pupils = [
      'Part 1: Pupils and their families',
      'We hold each pupil’s unique pupil number, attendance and attainment, and send the school census to the DfE.',
      'Records go to the National Pupil Database.',
    ];
    const doc = readText(['Privacy notices', ...pupils, ...staff].join('\n'));
    expect(classifyDocument(doc)).toBe('pupil-notice');
  });

  it('takes the audience from a line under the opening title when the title names none: families first, then staff', () => {
    const staff = [
      'Part two: staff and volunteers',
      'We hold staff contracts of employment, payroll and pension details, National Insurance numbers and HMRC returns.',
      'We keep sickness and absence records, appraisals, qualifications and DBS checks for recruitment and employment.',
      'Teachers’ Pensions and the Local Government Pension Scheme receive what they need.',
    ];
    const families = [
      'Part one: children and families',
      'We keep your child’s name, date of birth, allergies and who may collect them, and parents’ and carers’ phone numbers.',
      'Each January the council collects the early years census for funded children, and families tell us about any special needs.',
      'Learning journals record each child’s progress; we share them with parents and with the child’s next school.',
    ];
    const doc = readText(
      [
        'Willowbrook Playgroup',
        'Charity number 1234567',
        'Privacy notice',
        'For families, staff and volunteers',
        ...families,
        ...staff,
      ].join('\n'),
    );
    expect(classifyDocument(doc)).toBe('pupil-notice');
  });

  it('does not take the sender named in an opening heading for the audience', () => {
    const doc = readText(
      [
        'Brook Lane Primary School',
        'Mill Road, Ambleford',
        'Privacy notice',
        'A letter from the Chair of Governors',
        'Dear parents and carers, each year we explain how the school uses information about pupils and families.',
        'We hold each pupil’s unique pupil number, attendance and attainment, and send the school census to the DfE.',
        'The governing body is responsible for this, our governors review it every year, and the clerk to the governors keeps the record of our decisions.',
      ].join('\n'),
    );
    expect(classifyDocument(doc)).toBe('pupil-notice');
  });

  it('keeps a staff notice that mentions pupils in passing as a workforce notice', () => {
    const doc = readText(
      [
        'Privacy notice',
        'Who this is for',
        'We hold staff contracts of employment, payroll and pension details, National Insurance numbers and HMRC returns.',
        'We keep sickness and absence records, appraisals, qualifications and DBS checks for recruitment.',
        'Pupils’ information is covered by a separate notice.',
      ].join('\n'),
    );
    expect(classifyDocument(doc)).toBe('workforce-notice');
  });

  it('does not read health visitors as website visitors', () => {
    const nursery = readText(
      [
        'Acorn Lane Nursery School',
        'Our privacy notice',
        'We keep your child’s name, address and health needs. Some of it comes from your health visitor.',
        'We may share information with health visitors and with the council. Every term we send the early years census to the Department for Education.',
        'Information about you, the parent or carer: we keep your phone number so we can call you.',
        'Our records list is on our website.',
      ].join('\n'),
    );
    expect(classifyDocument(nursery)).not.toBe('website-privacy-policy');
  });

  it('uses the hint only when the text cannot decide', () => {
    const vague = readText('Privacy notice\nWe take your privacy seriously and look after your information.');
    expect(classifyDocument(vague)).toBe('unknown');
    expect(classifyDocument(vague, 'workforce-notice')).toBe('workforce-notice');
    const pupil = readText(readFileSync(join(corpus, 'seed-003.txt'), 'utf8'));
    expect(classifyDocument(pupil, 'website-privacy-policy')).toBe('pupil-notice');
  });
});

describe('runAudit classifies the document when no kind is given', () => {
  it.each([
    ['case-kind-workforce.txt', 'workforce-notice'],
    ['case-kind-website-policy.html', 'website-privacy-policy'],
  ])('%s: pupil-only checks are not applicable and the report names the kind', async (file, kind) => {
    const report = runAudit({ notice: await loadDocumentFile(join(corpus, file)) }, { asOf: '2026-11-23' });
    expect(report.source.kind).toBe(kind);
    for (const id of PUPIL_ONLY) {
      const item = report.items.find((i) => i.id === id);
      expect(item?.status, id).toBe('not-applicable');
      expect(item?.message).toContain(kind.replace(/-/g, ' '));
    }
    // Checks that apply to every notice are still judged.
    expect(report.items.some((i) => !PUPIL_ONLY.includes(i.id) && i.area === 'notice' && i.status !== 'not-applicable')).toBe(true);
  });

  it('keeps pupil checks live for a seed', async () => {
    const report = runAudit({ notice: await loadDocumentFile(join(corpus, 'seed-001.txt')) }, { asOf: '2026-11-23' });
    expect(report.source.kind).toBe('pupil-notice');
    expect(report.items.find((i) => i.id === 'national-pupil-database')?.status).not.toBe('not-applicable');
  });
});

describe('classifyDocument: a whole-school privacy policy is a pupil notice', () => {
  const body = (lines: string[]) => readText(lines.join('\n\n'));
  const pupilCore = [
    'We collect and hold personal information about pupils and their parents or carers, including names, addresses, attendance, assessment results and special educational needs.',
    'We share pupil information with the local authority and the Department for Education through the school census.',
    "Parents can ask to see their child's educational record.",
  ];

  it('reads a policy titled for staff, pupils and parents by the whole of its content', () => {
    const doc = body([
      'Staff, pupil and parent privacy policy',
      ...pupilCore,
      'Staff records include contracts of employment and payroll details.',
      'Website visitors: our website uses cookies and analytics.',
    ]);
    expect(classifyDocument(doc)).toBe('pupil-notice');
  });

  it('reads a privacy policy titled for the website whose content is about pupils and families', () => {
    const doc = body([
      'Website privacy policy',
      ...pupilCore,
      'Our website uses cookies; see the cookie table below. Visitors to the site can block cookies in their browser.',
    ]);
    expect(classifyDocument(doc)).toBe('pupil-notice');
  });

  it('reads a "privacy and cookies" page about pupils and families as the pupil notice, and a cookie policy as cookies', () => {
    const cookieRows = ['_ga', '_gid', 'PHPSESSID'].map(
      (n) => `${n}: a strictly necessary or analytics cookie, lasts a session or two years.`,
    );
    const combined = body(['Privacy and cookies', ...pupilCore, 'Cookies on this website', ...cookieRows]);
    expect(classifyDocument(combined)).toBe('pupil-notice');
    const cookiesOnly = body([
      'Privacy and cookies',
      'Cookies are small files stored on your device. Parents and pupils browsing this website may refuse them.',
      ...cookieRows,
    ]);
    expect(classifyDocument(cookiesOnly)).toBe('cookie-notice');
  });

  it('reads a nursery\'s "privacy and cookie policy" about children and families as the pupil notice, though it names no census', () => {
    const cookieRows = ['_ga', '_gid', 'PHPSESSID'].map(
      (n) => `${n}: a strictly necessary or analytics cookie, lasts a session or two years.`,
    );
    const nursery = [
      'Privacy and cookie policy',
      'Little Acorns Day Nursery keeps information about the children in our care and their families: names, dates of birth, allergies and emergency contacts.',
      'We use it to care for your child and keep them safe, and we share it with the council for funded hours and with health visitors when there is a concern.',
      'Parents and carers can ask to see the information we hold about their child.',
    ];
    expect(classifyDocument(body(nursery))).toBe('pupil-notice');
    // With its cookie table the page is still no cookie notice (its analytics rows speak of the website too).
    expect(classifyDocument(body([...nursery, 'Cookies on this website', ...cookieRows]))).not.toBe('cookie-notice');
  });

  it('keeps a real website policy and a real staff notice as they are (traps)', () => {
    const website = body([
      'Website privacy policy',
      'This policy covers visitors to our website. When you visit our website we collect your IP address and browser type.',
      'Our contact form and online forms send your message to the office. We use Google Analytics to count visitors.',
      'Parents reading news on this site are visitors too.',
    ]);
    expect(classifyDocument(website)).toBe('website-privacy-policy');
    const staff = body([
      'Privacy notice for staff',
      'We process data about our employees: contracts of employment, payroll, pension schemes, sickness absence and DBS checks.',
      'We share workforce data with HMRC and through the School Workforce Census.',
      'Staff who work with pupils may have their names shown to parents.',
    ]);
    expect(classifyDocument(staff)).toBe('workforce-notice');
  });
});
