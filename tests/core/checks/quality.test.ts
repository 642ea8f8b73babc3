// Unit tests for the quality checks and their flags, with the checklist.md traps as negative cases.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { detectNation } from '../../../src/core/analysis/detect-nation';
import { QUALITY_CHECKS } from '../../../src/core/checks/quality/checks';
import { QUALITY_FLAGS } from '../../../src/core/checks/quality/flags';
import { QUALITY_ITEMS } from '../../../src/core/checks/quality/items';
import { ChecklistItemSchema } from '../../../src/core/schema/checklist';
import type { AuditContext, Verdict } from '../../../src/core/checks/types';
import type { Nation } from '../../../src/core/report';
import { findDates } from '../../../src/core/checks/quality/dates';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { AuditMemo } from '../../../src/core/audit-memo';
import { loadChecklist } from '../../../src/core/checklist';

interface Setup {
  asOf?: string;
  nation?: Nation;
  html?: boolean;
}

function contextOf(source: string, setup: Setup = {}): AuditContext {
  const doc = setup.html ? readHtml(source, 'https://school.example/privacy') : readText(source);
  return {
    doc,
    text: analyseNotice(doc),
    concepts: new ConceptIndex(doc, analyseNotice(doc)),
    memo: new AuditMemo(),
    checklist: loadChecklist(),
    nation: setup.nation ? { value: setup.nation, from: 'override', evidence: [] } : detectNation(doc),
    phase: { value: 'unknown', from: 'default', evidence: [] },
    school: { value: null, from: 'default', evidence: [] },
    kind: 'pupil-notice',
    asOf: setup.asOf ?? '2026-11-23',
  };
}

function run(id: string, source: string, setup: Setup = {}): Verdict {
  const check = QUALITY_CHECKS.find((c) => c.id === id)!;
  const item = ChecklistItemSchema.parse(QUALITY_ITEMS.find((i) => i.id === id)!);
  return check.evaluate(contextOf(source, setup), check.optionsSchema.parse(item.options), item);
}

function flag(id: string, source: string, setup: Setup = {}) {
  return QUALITY_FLAGS.find((f) => f.id === id)!.detect(contextOf(source, setup));
}

describe('findDates', () => {
  it('reads the forms schools write dates in', () => {
    const dates = findDates(
      '3 October 2025; 14 th February 2022; May 25 2018; May 2018; 03/10/2025; 2025-10-03; Autumn term 2024; 1st Sept, 2023',
    );
    expect(dates.map((d) => [d.date.year, d.date.month, d.date.day])).toEqual([
      [2025, 10, 3],
      [2022, 2, 14],
      [2018, 5, 25],
      [2018, 5, null],
      [2025, 10, 3],
      [2025, 10, 3],
      [2024, 9, null],
      [2023, 9, 1],
    ]);
  });

  it("reads an independent school's term names (Michaelmas, Lent and Trinity) as the months they start, and not alone", () => {
    const dates = findDates('Michaelmas Term 2025; Lent Term 2024; Trinity term 2026; Michaelmas 2023');
    expect(dates.map((d) => [d.date.year, d.date.month])).toEqual([
      [2025, 9],
      [2024, 1],
      [2026, 4],
      [2023, 9],
    ]);
    expect(findDates('Trinity 2025 and Lent 2024 were busy')).toEqual([]);
  });

  it('reads a month written in Welsh and English as one month, and leaves two different months apart', () => {
    expect(findDates('Medi / September 2026').map((d) => d.text)).toEqual(['Medi / September 2026']);
    expect(findDates('September | Medi 2026').map((d) => d.text)).toEqual(['September | Medi 2026']);
    expect(findDates('May / September 2026').map((d) => d.text)).toEqual(['September 2026']);
  });

  it('keeps the day written before a month given in both languages', () => {
    const [date] = findDates('Diweddarwyd / Last updated: 9 Hydref / October 2026');
    expect(date?.text).toBe('9 Hydref / October 2026');
    expect([date?.date.year, date?.date.month, date?.date.day]).toEqual([2026, 10, 9]);
    expect(run('last-updated-date', 'Privacy notice\nDiweddarwyd / Last updated: 21 Gorffennaf | July 2026').status).toBe('pass');
  });

  it('takes a notice approved in a month written in both languages as dated', () => {
    expect(run('last-updated-date', 'Privacy notice\nApproved by the Governing Body: Medi / September 2026').status).toBe('pass');
  });

  it('does not read statute years or phone numbers as dates', () => {
    expect(findDates('Education Act 1996, Data Protection Act 2018, call 0303 123 1113')).toEqual([]);
  });
});

describe('last-updated-date', () => {
  it('passes a recent "last updated" date (DfE wording)', () => {
    const v = run(
      'last-updated-date',
      'Last updated\nWe may need to update this privacy notice periodically. This version was last updated on 3 October 2025.',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]!.text).toContain('3 October 2025');
  });

  it('reads the date a guide says it was made, the guide named by its kind', () => {
    const v = run('last-updated-date', 'Oak Tree Primary School: your information\nThis easy read guide was made in January 2024.');
    expect(v.status).toBe('partial');
    expect(v.evidence[0]!.text).toContain('January 2024');
    expect(run('last-updated-date', 'Oak Tree Primary School: your information\nThis short leaflet was created in June 2026.').status).toBe(
      'pass',
    );
  });

  it('reads a date of the meeting that signed the notice off, the signer named before "meeting"', () => {
    for (const line of [
      'Agreed at the committee meeting of 20 May 2026',
      "Approved at the full governors' meeting held on 3 March 2026",
      "Adopted at the Trust Board's meeting of 12 June 2026.",
      // A committee of the board, named with the board it belongs to.
      'Version 5.0 - approved by the Audit and Risk Committee of the Board of Trustees on 12 May 2026',
    ]) {
      const v = run('last-updated-date', `Oak Tree Primary School privacy notice\n${line}`);
      expect(v.status, line).toBe('pass');
    }
    // A meeting of no one who signs notices off dates nothing.
    expect(run('last-updated-date', "We discussed lunches at the parents' meeting on 4 June 2026.").status).toBe('fail');
  });

  it('passes a numeric review-by-governors date', () => {
    expect(run('last-updated-date', 'Reviewed by governors: 12/09/2025').status).toBe('pass');
  });

  it('fails for a future review date on its own: the notice has no date of its own (a "to be revised" date included)', () => {
    for (const line of [
      'Next review date: September 2027',
      'Date to be revised: September 2027',
      'Next revision due: July 2027',
      // The notice named between the cue and its date.
      'Next review of this notice: July 2027.',
      'Next scheduled review of the privacy notice: March 2028',
    ]) {
      const v = run('last-updated-date', line);
      expect(v.status, line).toBe('fail');
      expect(v.message).toMatch(/only a review date/);
    }
  });

  it('reads a sentence still to come, dated after the audit, as the next review however it names the reviewer', () => {
    const v = run(
      'last-updated-date',
      'We keep this notice under watch. It is due to be approved by the Resources Committee in October 2027.',
    );
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/only a review date/);
    // A next review named with "next" between "will" and "be", and already passed, is a review date that has run out.
    expect(run('last-updated-date', 'We keep it short. It will next be reviewed in September 2025.').status).toBe('partial');
  });

  it('is partial for a date more than 24 months old, and raises stale-date', () => {
    const text = 'Privacy notice for pupils\nLast updated: March 2022';
    const v = run('last-updated-date', text);
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/months before the audit/);
    expect(flag('stale-date', text)[0]!.text).toContain('March 2022');
  });

  it('is partial for a date before the UK GDPR even when it is recent enough by months', () => {
    const v = run('last-updated-date', 'Version 2 - September 2020', { asOf: '2022-06-01' });
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/before the UK GDPR/);
  });

  it('is partial when the review date has passed although the notice date is recent', () => {
    const v = run('last-updated-date', 'Updated: January 2026\nNext review: July 2026');
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/review date July 2026 has passed/);
  });

  it('rejects commencement dates, copyright years and Covid dates (traps) and fails', () => {
    for (const text of [
      'The EU general data protection regulation 2016/679 (GDPR) will take effect in May 25 2018.',
      'The new law came into force on 25th May 2018 and replaces the old rules.',
      'Copyright 14 January 2025 Example Primary School',
      'Due to the Covid pandemic, from 23 March 2020 the school was closed to most pupils.',
      'The DfE published its model privacy notice on 3 October 2025.',
    ]) {
      const v = run('last-updated-date', text);
      expect(v.status, text).toBe('fail');
    }
    expect(run('last-updated-date', 'It will take effect in May 25 2018.').message).toMatch(/rejected.*take effect/);
  });

  it('does not treat a processor-agreement term as the notice date, but flags it once it has run out', () => {
    const text = 'Description\tDetails\nDuration of the processing\t1 year from Monday 14 th February 2022';
    expect(run('last-updated-date', text).status).toBe('fail');
    expect(flag('stale-date', text)[0]!.text).toContain('14 th February 2022');
    expect(flag('stale-date', 'Duration of the processing\t1 year from 1 September 2026\nOther\tcell')).toEqual([]);
  });

  it('fails a "last updated" line whose date was never filled in, quoting it', () => {
    const v = run('last-updated-date', 'Last updated\nThis version was last updated on [date].');
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/no date in it/);
    expect(v.evidence[0]!.text).toContain('[date]');
  });

  it('fails a notice with no date and says what it looked for', () => {
    const v = run('last-updated-date', 'We process data under the UK GDPR and the Data Protection Act 2018.');
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/looked for/);
  });
});

describe('current-legislation', () => {
  it('reads a note that references to the EU GDPR were taken out as history, not as the governing law', () => {
    expect(
      run(
        'current-legislation',
        'Changes in this version: we have taken out all references to the EU GDPR. This notice is made under the UK GDPR and the Data Protection Act 2018.',
      ).status,
    ).toBe('pass');
  });

  it('passes UK GDPR and DPA 2018', () => {
    const v = run(
      'current-legislation',
      'We process personal data in line with the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]!.text).toMatch(/UK GDPR/);
  });

  it('accepts a correct description of the UK GDPR as the retained EU text', () => {
    expect(
      run('current-legislation', 'The UK GDPR is the retained version of Regulation (EU) 2016/679, read with the Data Protection Act 2018.')
        .status,
    ).toBe('pass');
  });

  it('fails a definition that makes Regulation (EU) 2016/679 the law, even with later laws that "replace them"', () => {
    const text =
      'In this policy, "the Data Protection Laws" means Regulation (EU) 2016/679, the Data Protection Act 2018 and any law that amends or replaces them.';
    expect(run('current-legislation', text).status).toBe('fail');
    // "replaced" is still history
    expect(
      run('current-legislation', 'The UK GDPR replaced Regulation (EU) 2016/679 in UK law; we also follow the Data Protection Act 2018.')
        .status,
    ).toBe('pass');
  });

  it('does not count other 1998 Acts or historical mentions as the DPA 1998', () => {
    const text =
      'Our legal basis includes the Schools Standards and Framework Act 1998, the Human Rights Act 1998 and the Crime and Disorder Act 1998. The UK GDPR and the Data Protection Act 2018 replaced the Data Protection Act 1998.';
    expect(run('current-legislation', text).status).toBe('pass');
  });

  it('reads the sentence after a DPA 1998 mention when it speaks of that Act ("That Act was repealed")', () => {
    const text =
      'We follow the UK GDPR and the Data Protection Act 2018. Older papers of the school may still mention the Data Protection Act 1998. That Act was repealed in May 2018.';
    expect(run('current-legislation', text).status).toBe('pass');
    // A following sentence about something else does not make the mention history.
    const current = 'We hold your data under the Data Protection Act 1998. This was replaced on our website last year by a new page.';
    expect(run('current-legislation', `We follow the UK GDPR. ${current}`).status).toBe('fail');
    expect(run('current-legislation', 'We hold your data under the Data Protection Act 1998. Our records are kept safely.').status).toBe(
      'fail',
    );
  });

  it('is partial for "GDPR" without "UK"', () => {
    const v = run('current-legislation', 'The General Data Protection Regulation allows us to collect and use pupil information.');
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/without "UK"/);
  });

  it('passes "GDPR" named beside the Data Protection Act 2018, which makes it the UK\'s law', () => {
    expect(
      run('current-legislation', 'We act under the GDPR and the Data Protection Act 2018. Article 6(1)(e) of the GDPR applies.').status,
    ).toBe('pass');
  });

  it('is partial when the EU is the transfer boundary, but not for "outside the UK and EEA"', () => {
    expect(run('current-legislation', 'We follow the UK GDPR. Some data is stored on servers outside the EEA.').status).toBe('partial');
    expect(run('current-legislation', 'We follow the UK GDPR. Some data is stored outside the UK and EEA with safeguards.').status).toBe(
      'pass',
    );
  });

  it('is partial when no law is named', () => {
    const v = run('current-legislation', 'In line with current Data Protection legislation, you can ask for your records.');
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/Names no data protection law/);
  });

  it('fails the DPA 1998 as current law, future-tense 2018 wording, EU GDPR as governing law and Privacy Shield', () => {
    for (const text of [
      'We hold your data in accordance with the Data Protection Act 1998.',
      'The new General Data Protection Regulation comes into force on 25th May 2018.',
      'From May 2018 the GDPR will replace the Data Protection Act.',
      'Your data is processed under the EU GDPR.',
      'Our supplier is certified under the EU-US Privacy Shield.',
    ]) {
      const v = run('current-legislation', text);
      expect(v.status, text).toBe('fail');
      expect(v.evidence.length, text).toBeGreaterThan(0);
    }
  });
});

describe('jurisdiction-consistency', () => {
  const welsh = 'We share pupil data with the Welsh Government on a statutory basis (PLASC) and with Powys County Council.';

  it('fails a Welsh notice citing England regulations, and raises wrong-jurisdiction-law', () => {
    const text = `${welsh}\nThe law that allows this is the Education (Information About Individual Pupils) (England) Regulations 2013.`;
    const v = run('jurisdiction-consistency', text, { nation: 'wales' });
    expect(v.status).toBe('fail');
    expect(v.evidence[0]!.text).toContain('(England) Regulations');
    expect(flag('wrong-jurisdiction-law', text, { nation: 'wales' })).toHaveLength(1);
  });

  it('does not fault an English notice for telling how schools in Wales do it instead', () => {
    const text = 'Schools in Wales work under Welsh rules. They send their PLASC returns to the Welsh Government rather than to the DfE.';
    expect(run('jurisdiction-consistency', text, { nation: 'england' }).status).not.toBe('fail');
  });

  it('fails a Welsh notice that leaves "the department" as the NPD actor', () => {
    const text = `${welsh}\nThe department may share information about our pupils from the NPD with third parties.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('fail');
  });

  it("passes a Welsh notice naming the DfE as the host of a service both nations' schools use", () => {
    for (const line of [
      'Transfer files go between schools through the School to School (S2S) service, which the Department for Education runs.',
      'The Department for Education hosts the secure site that schools both in England and Wales use to send pupil files.',
    ])
      expect(run('jurisdiction-consistency', `${welsh}\n${line}`, { nation: 'wales' }).status, line).toBe('pass');
  });

  it('passes an English notice naming a Welsh plan a pupil brings from a previous school', () => {
    const text =
      'We share pupil data with the Department for Education and with Westmarch Council.\nWe hold special educational needs information, including any EHC plan or Individual Development Plan brought from a previous school.';
    expect(run('jurisdiction-consistency', text, { nation: 'england' }).status).toBe('pass');
  });

  it('passes a Welsh notice that mentions DfE for the ULN or for a pupil moving to England', () => {
    const text = `${welsh}\nFor post-14 qualifications we send your child's unique learner number (ULN) to the Learning Records Service run by the Department for Education.\nIf your child moves to a school in England, we send their records as the DfE requires.`;
    const v = run('jurisdiction-consistency', text, { nation: 'wales' });
    expect(v.status).toBe('pass');
    expect(flag('wrong-jurisdiction-law', text, { nation: 'wales' })).toEqual([]);
  });

  it('passes the Department named in the sentence after the move to England, in the same paragraph', () => {
    const text = `${welsh}\nWhen a pupil leaves us for a school in England, their file goes to that school. After that the Department for Education collects their data through the school census in England.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes the school over the border said as a condition ("if that school is in England")', () => {
    const text = `${welsh}\nWe send records to the next school. If that school is in England, the file goes through the Department for Education's School to School service.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes the move said first and schools over the border among where pupils go', () => {
    const text = `${welsh}\nOther organisations:\n- the schools our learners move on to, including schools in England (by Common Transfer File);\n- the local authority.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes schools over the border among the previous schools a pupil comes from', () => {
    const text = `${welsh}\nWhere the information comes from:\n- any previous school, including schools in England, when a learner joins us mid-year;\n- the local authority.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes one school over the border named as where the file goes, and a section on pupils placed from England', () => {
    const next = `${welsh}\nWe pass records on if a child changes school. Where that is a college in England, the file goes through the Department for Education's transfer service.`;
    expect(run('jurisdiction-consistency', next, { nation: 'wales' }).status).toBe('pass');
    const placed = `${welsh}\n\nChildren placed by a local authority in England\n\nA few of our pupils come to us through their home council. We send their reviews to that council. It may report on them to the Department for Education.`;
    expect(run('jurisdiction-consistency', placed, { nation: 'wales' }).status).toBe('pass');
    // The same sentence under a heading of its own is the school's own census wording: still a fail.
    const own = `${welsh}\n\nOur census\n\nA few of our pupils come to us through their home council. We report on them to the Department for Education.`;
    expect(run('jurisdiction-consistency', own, { nation: 'wales' }).status).toBe('fail');
  });

  it('passes the schools over the border named first and the move after', () => {
    const text = `${welsh}\nRecords go to the pupil's next school, and that includes schools in England where a family relocates.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes a move to a school in England said in Welsh, with the DfE holding the records after', () => {
    const text = `${welsh}\nPan fydd disgybl yn symud i ysgol uwchradd yn Lloegr, rydym yn anfon y ffeil yno, a gall yr Adran Addysg (DfE) ei chadw wedyn.`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes the same said in Welsh: the Learning Records Service and the unique learner number by their Welsh names', () => {
    const text = `${welsh}\nRydym yn anfon rhif dysgwr unigryw eich plentyn i'r Gwasanaeth Cofnodion Dysgu, a redir gan yr Adran Addysg (Department for Education).`;
    expect(run('jurisdiction-consistency', text, { nation: 'wales' }).status).toBe('pass');
  });

  it('passes an English border school that shares data about pupils who live in Wales with the Welsh Government', () => {
    const text =
      'We share pupil data with the Department for Education (DfE). For pupils who live in Wales, we also tell the Welsh Government about transport.';
    expect(run('jurisdiction-consistency', text, { nation: 'england' }).status).toBe('pass');
  });

  it('fails an English notice naming the Welsh Government as its census recipient', () => {
    const text =
      'We share pupil data with the Department for Education (DfE) and Ofsted. We also send census returns to the Welsh Government.';
    expect(run('jurisdiction-consistency', text, { nation: 'england' }).status).toBe('fail');
  });

  it('passes a consistent English notice with its own law as evidence', () => {
    const v = run(
      'jurisdiction-consistency',
      'We share data with the DfE under the Education (Information About Individual Pupils) (England) Regulations 2013.',
      { nation: 'england' },
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]!.text).toContain('(England) Regulations');
  });
});

describe('links-public-and-working', () => {
  it('fails intranet, SharePoint, file, UNC and .local addresses and raises intranet-link', () => {
    for (const url of [
      'http://intranet.kent.gov.uk/records/retention.doc',
      'https://westfield.sharepoint.com/sites/Staff/Shared%20Documents/Retention.docx',
      'file:///C:/Users/office/Documents/retention.pdf',
      '\\\\school-fs01\\policies\\retention.docx',
      'http://policies.school.local/retention',
    ]) {
      const text = `See our retention schedule at ${url} for details.`;
      expect(run('links-public-and-working', text).status, url).toBe('fail');
      expect(flag('intranet-link', text).length, url).toBe(1);
    }
  });

  it('passes public addresses, and does not mistake email addresses for intranet hosts', () => {
    const text =
      'To find out more, go to https://www.gov.uk/education/data-collection-and-censuses-for-schools. Email office@school.example.sch.uk.';
    expect(run('links-public-and-working', text).status).toBe('pass');
  });

  it('fails a mistyped gov.uk address', () => {
    const v = run('links-public-and-working', 'Visit <https://www.gov.uk/education/data-collectionand-censuses-for-schools>.');
    expect(v.status).toBe('fail');
    expect(v.message).toMatch(/mistyped/);
  });

  it('fails "at the link below:" with nothing after it, but not when the address follows', () => {
    expect(
      run('links-public-and-working', 'Please read the ICO guidance at the link below:\nHow we keep data safe\nWe use encryption.').status,
    ).toBe('fail');
    expect(
      run('links-public-and-working', 'Please read the ICO guidance at the link below:\nhttps://ico.org.uk/for-the-public/').status,
    ).toBe('pass');
  });

  it('fails "go to" ending a paragraph, but not a pupil going to a school', () => {
    expect(run('links-public-and-working', 'For the DfE guidance, please go to\nHow we keep data safe').status).toBe('fail');
    expect(run('links-public-and-working', 'For the DfE guidance, you can go to\nHow we keep data safe').status).toBe('fail');
    for (const text of [
      'We share records with the secondary school your child moves to, or any other school they go to',
      'Files are passed on to whichever college the students later go to',
      'We tell the council when a child comes off our roll without a known school to go to',
      'Your attendance, including the part-time timetable or the college course you go to',
    ])
      expect(run('links-public-and-working', text).status, text).toBe('pass');
  });

  it('fails "see:" with nothing after it, but not someone who sees what a list sets out', () => {
    expect(run('links-public-and-working', 'For the council guidance, see:\nHow we keep data safe').status).toBe('fail');
    for (const text of [
      'So that a volunteer can listen to your child read, they see:\n- first name and class\n- reading book',
      'When a visiting teacher works with a class, they will only see:\n- names\n- reading levels',
      'What the school nurse can and cannot see:\n- medical notes she adds herself',
    ])
      expect(run('links-public-and-working', text).status, text).toBe('pass');
  });

  it('fails "the link below:" inside a paragraph when the address it promises was lost, but not a postal address below', () => {
    expect(
      run('links-public-and-working', 'Our retention schedule is at the link below: Pupil files are kept until the age of 25.').status,
    ).toBe('fail');
    expect(run('links-public-and-working', 'Write to us at the address below: Westgate House, Mill Lane, Tamarton TM1 4ZZ.').status).toBe(
      'pass',
    );
  });

  it('fails the ICO address replaced by a council', () => {
    expect(
      run('links-public-and-working', "You can complain to the Information Commissioner's Office at Kent County Council.").status,
    ).toBe('fail');
  });

  it('is partial for "here" with no address in text, and raises link-text-only', () => {
    const text = 'For more information about how DfE uses the data, please click here.';
    expect(run('links-public-and-working', text).status).toBe('partial');
    expect(flag('link-text-only', text)).toHaveLength(1);
    // the same said as what the reader does
    expect(
      run('links-public-and-working', 'Read the Department’s own account of what it does with the census by tapping here.').status,
    ).toBe('partial');
  });

  it('is partial for another body\'s explanation pointed to as "here" with no address', () => {
    for (const text of [
      'The local authority sets out how it uses census returns here.',
      'What happens to the information next? The Department describes that here!',
    ]) {
      expect(run('links-public-and-working', text).status, text).toBe('partial');
    }
    // "Here" meaning this notice is no lost link.
    expect(run('links-public-and-working', 'We explain here why we keep each record.').status).toBe('pass');
  });

  it('is partial for "here" at the end of a long title the reader is sent to read', () => {
    expect(
      run('links-public-and-working', 'You can read how the Department for Education uses early years funding data here.').status,
    ).toBe('partial');
    // A team whose name holds "Access", deciding on places at this centre, points to no link.
    expect(
      run('links-public-and-working', "Eastmoor Borough Council's Fair Access and Inclusion team, which decides on places here").status,
    ).toBe('pass');
  });

  it('is partial for a policy pointed to as ", here" with no address', () => {
    expect(run('links-public-and-working', 'Full details of how we share data are in our Data Protection Policy, here.').status).toBe(
      'partial',
    );
    expect(run('links-public-and-working', 'Our policy here is to keep records for six years.').status).toBe('pass');
  });

  it('is partial for "here" beside a site named by its host, which is not the page meant', () => {
    const text = 'You can read how the Department for Education uses this information on the GOV.UK website here.';
    expect(run('links-public-and-working', text).status).toBe('partial');
    // A host with the page's path is the address.
    expect(
      run(
        'links-public-and-working',
        'Read how the Department uses it here: www.gov.uk/data-protection-how-we-collect-and-share-research-data',
      ).status,
    ).toBe('pass');
  });

  it('passes "here:" when the address follows on the next line, but not when prose follows', () => {
    const lead = 'You can read the guidance here:';
    expect(
      run('links-public-and-working', `${lead}\nhttps://www.gov.uk/government/publications/national-pupil-database-requests-received`)
        .status,
    ).toBe('pass');
    expect(run('links-public-and-working', `${lead}\nWe keep data for six years.`).status).not.toBe('pass');
  });

  it('does not raise link-text-only for "here" that is a real link in HTML, but does for an empty href', () => {
    const good = '<main><p>For more information, see the government page <a href="https://www.gov.uk/contact-dfe">here</a>.</p></main>';
    const bad = '<main><p>For more information, see the government page <a href="#">here</a>.</p></main>';
    expect(run('links-public-and-working', good, { html: true }).status).toBe('pass');
    expect(flag('link-text-only', good, { html: true })).toEqual([]);
    // A page keeps its links: "here" that leads nowhere was never made a link (checklist.md 2.27: fail).
    expect(run('links-public-and-working', bad, { html: true }).status).toBe('fail');
    expect(flag('link-text-only', bad, { html: true })).toHaveLength(1);
    // Plain text may have lost the address its original carried: partial.
    expect(run('links-public-and-working', 'For more information, see the government page here.').status).toBe('partial');
  });

  it('does not take public pages about testing, or an invitation to visit, as link problems', () => {
    expect(run('links-public-and-working', 'Our policy is at https://www.example.sch.uk/test-and-trace-policy for parents.').status).toBe(
      'pass',
    );
    expect(
      run('links-public-and-working', 'Parents are always welcome to visit\nOpen mornings\nWe hold open mornings each term.').status,
    ).toBe('pass');
    expect(
      run('links-public-and-working', 'Old files were kept at http://www.internal.example.gov.uk/wordpress/test-schools-intranet/guidance')
        .status,
    ).toBe('fail');
  });

  it('does not take a page title used as a heading above its address as a lost link', () => {
    const text = 'Contact DfE\nhttps://www.gov.uk/contact-dfe';
    expect(run('links-public-and-working', text).status).toBe('pass');
    expect(
      run('links-public-and-working', 'Contact DfE\nRequesting access to your personal data\nWrite to the school office.').status,
    ).toBe('partial');
  });

  it('does not take "the information here is" as link text', () => {
    expect(run('links-public-and-working', 'The information here is reviewed every year by governors.').status).toBe('pass');
  });
});

describe('no-template-residue', () => {
  it("fails a person's post left as its field in brackets", () => {
    const v = run(
      'no-template-residue',
      'CCTV\nThe system is looked after by the site team. Responsible officer: [job title]. Footage is kept for 30 days.',
    );
    expect(v.status).toBe('fail');
    expect(v.evidence[0]!.text).toBe('[job title]');
  });

  it('does not read a line of bracketed page links as placeholders, but still finds one placeholder in a sentence', () => {
    const links = 'How we use information\nWe use pupil information to teach.\n[Back to Key Stage 1]  [Term dates]  [Contact us]';
    expect(run('no-template-residue', links).status).toBe('pass');
    expect(run('no-template-residue', 'How we use information\nThis notice was agreed on [date] by the governors.').status).toBe('fail');
    // a line of fields left blank is no page's links: a table row never filled in
    expect(
      run('no-template-residue', 'Our schools\nWe use pupil information to teach.\n[School name]   [Address]   [Office email]').status,
    ).toBe('fail');
  });

  it('finds a date left as the names of its parts, not a link named after term dates', () => {
    expect(run('no-template-residue', 'Reviewing this notice\nThe governors will look at it again in [Month Year].').status).toBe('fail');
    expect(run('no-template-residue', 'Reviewing this notice\nSigned off on [day/month/year] by the head.').status).toBe('fail');
    expect(
      run('no-template-residue', 'Reviewing this notice\nWe will look at it again in the spring.\n[Term dates]  [Contact us]').status,
    ).toBe('pass');
  });

  it('finds a numbered field left blank', () => {
    expect(run('no-template-residue', 'CCTV\nOur cameras are run under the CCTV Policy [POLICY NO.], reviewed each year.').status).toBe(
      'fail',
    );
    expect(run('no-template-residue', 'CCTV\nOur cameras are run under policy number 12, reviewed each year.').status).toBe('pass');
  });

  it('finds an empty list after its lead-in when the next paragraph opens "Some ..." as new prose', () => {
    const html =
      '<main><h1>Privacy notice</h1><h2>Who we share information with</h2><p>We share information where the law allows. Other organisations we may share information with include:</p><ul></ul><p>Some information is also passed to the companies that provide our systems, under contracts.</p></main>';
    expect(run('no-template-residue', html, { html: true }).status).toBe('fail');
  });

  it('finds a registration field left by its short name ("Ofsted number: [URN]")', () => {
    expect(run('no-template-residue', 'About us\nRegistered charity number 1098274. Ofsted number: [URN]').status).toBe('fail');
    expect(run('no-template-residue', 'About us\nRegistered charity number 1098274. Ofsted number (URN): EY552210').status).toBe('pass');
  });

  it("finds a council template's field for the service using it", () => {
    expect(run('no-template-residue', 'Security\nHOW THE [SERVICE AREA] KEEPS INFORMATION SECURE\nOur systems are locked.').status).toBe(
      'fail',
    );
    expect(run('no-template-residue', 'Security\nThe [team name] reviews access every term.').status).toBe('fail');
    // a bracketed aside naming the service is no field
    expect(run('no-template-residue', 'Security\nThe Inclusion Service [part of the council] keeps records locked.').status).toBe('pass');
  });

  it('finds one of several bodies numbered where its name goes', () => {
    expect(
      run('no-template-residue', 'Sixth form\nCourses are taught with Ysgol Penrhiw, [Partner School 3] and the college.').status,
    ).toBe('fail');
    // a bracketed aside with a number in it is no field
    expect(run('no-template-residue', 'Sixth form\nCourses are taught at Ysgol Penrhiw [site 2 of the partnership].').status).toBe('pass');
  });

  it('finds a field named by its kind alone', () => {
    expect(run('no-template-residue', 'CCTV\nThe system is maintained by [CONTRACTOR] under a contract with the governors.').status).toBe(
      'fail',
    );
    expect(run('no-template-residue', 'Premises\nThe building is cleaned by [cleaning contractor] each evening.').status).toBe('fail');
  });

  it('finds a field named by what it is, last', () => {
    expect(run('no-template-residue', 'Health\nMedical records are kept by [Nursing Service provider] under contract.').status).toBe(
      'fail',
    );
    expect(run('no-template-residue', 'Payments\nMeals are paid for through the [catering supplier] till.').status).toBe('fail');
    // a bracketed aside that is no field
    expect(run('no-template-residue', 'Health\nMedical records are kept by Brightwell Health [the school nurse service].').status).toBe(
      'pass',
    );
  });

  it('finds a field named by what it is of', () => {
    expect(
      run('no-template-residue', 'Sharing\nAt 13 we send some details to [supplier of careers guidance], as the law requires.').status,
    ).toBe('fail');
    expect(run('no-template-residue', 'Sharing\nThe council is the [address of the local authority] office.').status).toBe('fail');
    // a bracketed aside about a body is no field
    expect(
      run('no-template-residue', 'Sharing\nWe send some details to Careers Hallam [part of the council], as the law requires.').status,
    ).toBe('pass');
  });

  it('finds an editing note addressed to the template’s users, however long', () => {
    const text =
      'Systems we use\nWe use an information management system and a cashless catering system.\n[Academies: list here any further apps used by a single site, for example a homework planner or a music tuition booking service]\nContact\nEmail office@example.sch.uk.';
    expect(run('no-template-residue', text).status).toBe('fail');
  });

  it('does not read a heading that ends on the "to" of an understood verb as cut off', () => {
    const text =
      'PART TWO: WHAT WE DO WITH IT, AND WHY THE LAW PERMITS US TO\nWe use pupil information to teach and to keep pupils safe.\nContact\nEmail office@example.sch.uk.';
    expect(run('no-template-residue', text).status).toBe('pass');
  });

  it('fails unfilled placeholders and template choices', () => {
    for (const text of [
      '[Insert school name] is the data controller.',
      'Our DPO is XXX and can be contacted on xxxx.',
      'We hold pupil data for / in accordance with our retention schedule.',
      'Contact the [school / trust] office.',
    ]) {
      expect(run('no-template-residue', text).status, text).toBe('fail');
    }
  });

  it("fails a template's sample values left in, not a divider line or a contact the lead-in promised", () => {
    for (const text of [
      'Your contact at school for information questions: Joe Bloggs, Office Manager.',
      'For day-to-day matters, speak to Mr A. N. Other, School Business Manager.',
      'Our academies: Riverside Primary Academy, Hill Road; Anytown Primary Academy, 1 Any Street.',
      'Email our Data Protection Officer at dpo@schoolname.sch.uk.',
      'Read more at www.yourschool.org.uk/privacy.',
      'To ask for your records, email dataprotection@[schoolname].northvale.sch.uk.',
      'Contact [SchoolName] for a paper copy.',
      'Work placement risk assessments | [Client to confirm period]',
      'We will acknowledge your complaint within XX working days.',
      'The office is open from XX:XX to XX:XX.',
    ]) {
      expect(run('no-template-residue', text).status, text).toBe('fail');
    }
    // real names and domains that only contain the words, and a line of underscores drawn as a divider
    for (const text of [
      'We keep information safe.\n\n________________________________________\n\n15. Contact us',
      // a reply slip's writing lines, for the parent to fill in
      'My new address is below.\n\n...................................................................\n\nSigned: ..............',
      // a contact the lead-in promised: a name over its address
      "For questions, please get in touch with:\nDiocese of Northfield Education Service\nBishop's House, 3 Minster Yard, Northfield NF1 4AZ",
      'Mrs Bloggsworth, our office manager, and Mr Another are the contacts.',
      'Email office@anytonschool.sch.uk or write to us at Manytown Road.',
      'We pass information to another school when a pupil moves.',
      'Pope Pius XII wrote about education; the XX century saw many changes.',
    ]) {
      expect(run('no-template-residue', text).status, text).toBe('pass');
    }
  });

  it('does not take ordinary slashes or cookie names with x as residue', () => {
    const text =
      'Parents/carers and pupils can ask for access.\nThe cookie ASPSESSIONIDxxxxxxxx keeps you logged in.\nWe use attendance/absence data.';
    expect(run('no-template-residue', text).status).toBe('pass');
    // A journey "to / from school" is both directions, while "for / in accordance with" is a choice never made.
    expect(run('no-template-residue', 'We record pupils travelling to / from school on the minibus.').status).toBe('pass');
    expect(run('no-template-residue', 'We process data for / in accordance with the law.').status).toBe('fail');
  });

  it('does not take a site menu line kept in a text copy for a cut-off sentence', () => {
    const text = 'Meadowbank Nursery School\nHome | About us | Admissions | Our day | Parents | Contact\n\nPrivacy notice for families';
    expect(run('no-template-residue', text).status).toBe('pass');
    expect(run('no-template-residue', 'If you have any questions about how we use information, please contact').status).not.toBe('pass');
  });

  it('does not take a heading ending on the preposition of "rely on" for a cut-off sentence', () => {
    const text = 'WHY I KEEP IT, AND THE LAWFUL BASIS I RELY ON\n\nI keep registers because the law says I must.';
    expect(run('no-template-residue', text).status).toBe('pass');
    expect(run('no-template-residue', 'WHY I KEEP IT, AND THE LAWFUL BASIS FOR\n\nI keep registers.').status).not.toBe('pass');
  });

  it('does not take a heading asking "how long for" for a cut-off sentence', () => {
    const text = 'WHY WE KEEP IT, WHAT ALLOWS US TO, AND HOW LONG FOR\n\nRegisters are kept for three years.';
    expect(run('no-template-residue', text).status).toBe('pass');
    expect(run('no-template-residue', 'WHY WE KEEP IT, AND HOW LONG WE KEEP IT FOR THE\n\nRegisters.').status).not.toBe('pass');
  });

  it('does not take a condition ending on its modal, the verb understood, for a cut-off sentence', () => {
    expect(
      run('no-template-residue', 'Privacy notice\n\nWe tell the police, but only if a court order says we should\n\nMore text.').status,
    ).toBe('pass');
    expect(
      run('no-template-residue', 'Privacy notice\n\nWe pass records to the council, and with your agreement they may\n\nMore text.').status,
    ).not.toBe('pass');
  });

  it('does not take a heading the page marked up, with a comma in it, for a cut-off sentence', () => {
    const page = '<h1>Privacy notice</h1><h2>Our apps, and where their data is</h2><p>We use a reading app run by a UK firm.</p>';
    expect(run('no-template-residue', page, { html: true }).status).toBe('pass');
    // The same words as a line of plain text still read as a sentence cut short.
    expect(
      run('no-template-residue', 'Privacy notice\n\nOur apps, and where their data is\n\nWe use a reading app run by a UK firm.').status,
    ).not.toBe('pass');
  });

  it('does not take a line break before the contact it names, or a letter greeting, for a cut-off sentence', () => {
    expect(
      run(
        'no-template-residue',
        'Dear Parents and Carers,\n\nIf you would like to discuss this notice, please contact\nMrs J Patel, School Business Manager, on 01632 960455.\n\nYours sincerely,\n\nMr A Jones',
      ).status,
    ).toBe('pass');
    // Other sign-offs, with words of their own before the comma.
    expect(
      run(
        'no-template-residue',
        'Thank you for reading this far.\n\nWith warm wishes for the rest of the term,\n\nMrs Karen Hollis\nHead Teacher',
      ).status,
    ).toBe('pass');
    // A bilingual greeting and a Welsh sign-off.
    expect(
      run(
        'no-template-residue',
        'Annwyl rieni a gofalwyr / Dear parents and carers,\n\nThis letter explains what we keep.\n\nYn gywir,\n\nMr Huw Rees',
      ).status,
    ).toBe('pass');
    expect(
      run('no-template-residue', 'Thank you for reading this far.\n\nMany thanks again to every family,\n\nMrs Karen Hollis\nHead Teacher')
        .status,
    ).toBe('pass');
    // "contact" with nothing after it is still cut off.
    expect(
      run('no-template-residue', 'To make a request for your records, please contact\n\nYou also have the right to complain to us.').status,
    ).toBe('partial');
  });

  it('fails a lead-in whose list was dropped, but not a list with or without bullets', () => {
    expect(
      run('no-template-residue', 'We use pupil data to:\nStoring pupil data\nWe keep data securely for six years after a pupil leaves.')
        .status,
    ).toBe('fail');
    expect(run('no-template-residue', 'We use pupil data to:\n- support learning\n- keep children safe').status).toBe('pass');
    expect(
      run(
        'no-template-residue',
        'The categories of information include the following:\nPersonal information - e.g. names and addresses\nAttendance information\nAssessment information',
      ).status,
    ).toBe('pass');
    // Items written as paragraphs (DfE lawful-basis text) are not a dropped list.
    expect(
      run(
        'no-template-residue',
        'The lawful bases we rely on are:\nPublic task: collecting the data is necessary to perform tasks that schools are required to perform.\nLegal obligation: we must share census data with the government.',
      ).status,
    ).toBe('pass');
    // One-line paragraphs that each name a recipient are the list with its bullets lost ...
    expect(
      run(
        'no-template-residue',
        'We routinely share pupil information with:\n\nThe local authority, so that it can meet its duties for admissions.\n\nSchools that pupils move on to when they leave us.\n\nThe school nursing team.',
      ).status,
    ).toBe('pass');
    // ... but prose about what the school does, after the lead-in, means the list itself is gone.
    expect(
      run(
        'no-template-residue',
        "We routinely share pupil information with:\n\nThe school does not share information about pupils without consent unless the law allows it.\n\nWe share pupils' data with the DfE on a statutory basis, which underpins school funding.",
      ).status,
    ).toBe('fail');
  });

  it('is partial for a sentence cut off mid-way, but not when an address follows', () => {
    const v = run('no-template-residue', 'To make a request for your personal information, contact\nYou also have the right to complain.');
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/stops at "contact"/);
    expect(
      run(
        'no-template-residue',
        'To find out more about the NPD, go to\nhttps://www.gov.uk/government/publications/national-pupil-database-user-guide-and-supporting-information',
      ).status,
    ).toBe('pass');
  });

  it('fails for a bracketed form field left blank, not for a hidden email address', () => {
    expect(run('no-template-residue', "Requests go to [headteacher's name] at the school.").status).toBe('fail');
    expect(run('no-template-residue', 'Email our DPO on [DPO email address].').status).toBe('fail');
    expect(run('no-template-residue', 'Email our DPO at [email protected] for help.').status).toBe('pass');
    expect(run('no-template-residue', 'Read the guide [PDF, 220 KB] for more.').status).toBe('pass');
  });

  it('does not read a heading that ends on its preposition as cut off', () => {
    expect(run('no-template-residue', 'Information, its uses, and who we pass it to\n\nWe share data with the council.').status).toBe(
      'pass',
    );
    expect(run('no-template-residue', 'We share information, for example, with the\n\nWe also keep records.').status).toBe('partial');
  });

  it('is partial for a Word artefact', () => {
    expect(run('no-template-residue', 'We use:\n- [bookmark: _GoBack]Times Tables Rock Stars\n- Seesaw').status).toBe('partial');
  });

  it('is partial for council text and raises other-org-residue; a council named as a recipient is not residue', () => {
    for (const text of [
      'If and when KCC uses your personal information to profile you, you will be told.',
      'Someone outside of the Council could work on your information for us.',
    ]) {
      expect(run('no-template-residue', text).status, text).toBe('partial');
      expect(flag('other-org-residue', text), text).toHaveLength(1);
    }
    const recipient =
      'We share data with Derby City Council and our local authority (the Council) for admissions. Complaints go to the ICO at Powys CC.';
    expect(flag('other-org-residue', recipient)).toEqual([]);
    const introduced = 'We share attendance data with Kent County Council (KCC). KCC will use it to plan school transport.';
    expect(flag('other-org-residue', introduced)).toEqual([]);
    for (const text of [
      'Our local authority (Surrey County Council, SCC) receives census data. SCC will use it to plan places.',
      'NCC (Norfolk County Council) is our local authority. NCC uses attendance data to plan support.',
    ]) {
      expect(flag('other-org-residue', text), text).toEqual([]);
    }
  });

  it('reads "the Council" as a party, not residue, when the notice names its council as one of its own parties', () => {
    const party =
      'This notice explains what Ysgol y Bont and Ceredigion County Council do with pupil information.\n\nThe Council uses attendance figures to plan transport.';
    expect(run('no-template-residue', party).status).toBe('pass');
    const defined =
      'Our school is maintained by Powys County Council ("the Council").\n\nThe Council will use admissions data to plan school places.';
    expect(run('no-template-residue', defined).status).toBe('pass');
    // A council named only in passing does not make a pasted council paragraph the school's own.
    const pasted =
      'Our DPO service is bought from Wessex County Council.\n\nThe Council will use this information to deliver its services.';
    expect(run('no-template-residue', pasted).status).toBe('partial');
  });

  it("reads a named council answering the reader as if it held the notice's data as council text left in", () => {
    const party = 'We pass admissions and attendance data to Fenmoor District Council, our local authority.\n\n';
    for (const slip of [
      'Send requests to the school office. The Council aims to reply within one calendar month.',
      "If you think the Council has mishandled your child's records, you may ask for a review.",
      "The Council's offices are open from 8.30am until 4.30pm on weekdays.",
      "Any questions about this notice should go to the Council's Schools Information Team.",
    ]) {
      expect(run('no-template-residue', party + slip).status, slip).toBe('partial');
      expect(flag('other-org-residue', party + slip), slip).toHaveLength(1);
    }
    // The council answering for what it holds itself, or a council that is the controller, is no slip.
    for (const text of [
      party + 'To see what the Council keeps about your child, write to it; the Council will reply within a month.',
      'We share pupil records with Fenmoor District Council, which is a joint controller of them.\n\nThe Council will respond to your request within one month.',
      party + 'The Council uses the figures to plan school places.',
    ]) {
      expect(run('no-template-residue', text).status, text).toBe('pass');
    }
  });

  it('is partial for a pasted data-processing agreement schedule, and raises other-org-residue', () => {
    const text =
      'Subject matter of the processing\tTransfer of records\nDuration of the processing\tOne year\nNature and purposes of the processing\tTransition support\nCategories of Data Subject\tYear 11 students';
    expect(run('no-template-residue', text).status).toBe('partial');
    expect(flag('other-org-residue', text)).toHaveLength(1);
  });

  it('passes a clean notice', () => {
    const v = run(
      'no-template-residue',
      'Why we collect pupil information\nWe collect pupil information to support learning and keep children safe.\nContact\nEmail office@example.sch.uk.',
    );
    expect(v.status).toBe('pass');
  });
});

describe('last-updated-date: notice dates worded as approvals, checks and academic years', () => {
  it.each([
    'This policy was approved by the management committee in February 2026.',
    'These privacy arrangements were adopted by the Board of Trustees on 4 March 2026.',
    'This notice was last checked in June 2026.',
    // a head teacher's notice written as a letter
    'I last updated this letter on 14 October 2026.',
    'Information last confirmed: April 2026',
    'Privacy notice for parents\n2025/26',
    'Privacy notice for the 2025-26 school year',
    'Academic year 2025-2026',
    // the parts of a dateline set apart by a dot or a dash
    'Updated for the 2026-27 school year \u00b7 September 2026',
    'Reviewed by governors \u2014 October 2026',
    // a document's header line naming who signed it off, then the date
    'Signed off by: Governing Board, 9 May 2026\nNext review: May 2027',
    // a byline at the head of the notice, ended by its date
    'Privacy notice for families\nPrepared for the trustees by our bursar, Mr Ade Cole (with help from the office), April 2026\nWhat we hold',
    // the date naming the document's edition
    'Family handbook, January 2026 edition\nHow we use your information',
    // two bodies signing it off together
    'Version 2 | Adopted by the governing board and Hallamshire Metropolitan District Council, 2 June 2026 | Next review: June 2027',
    // a notice signed like a letter: the signer's role, then the date
    'Dear families,\nThis is how we look after what we know about your children.\nMr Idris Pryce, Head of School, March 2026',
    // the signing body named with its legal form, beside a review date that has not come
    'Approved by the trustees of Rushmead Children\u2019s Association CIO on 3 May 2026. To be reviewed May 2027.',
    'Agreed by the directors of Little Acorns Nursery Ltd on 9 June 2026. Next review: June 2027.',
  ])('passes: %s', (text) => {
    expect(run('last-updated-date', text).status).toBe('pass');
  });

  it('reads the page’s own "last updated" date in its footer when the body gives none, but not the site’s or the copyright year', () => {
    const body = '<main><h1>Privacy notice</h1><p>We use pupil information to teach.</p></main>';
    const withFooter = (footer: string) => `<html><body>${body}<footer>${footer}</footer></body></html>`;
    const dated = run('last-updated-date', withFooter('<p>Page last updated: 3 March 2026</p><p>&copy; 2026 Oakmere Academy</p>'), {
      html: true,
    });
    expect(dated.status).toBe('pass');
    expect(dated.evidence[0]!.where).toBe('page footer');
    expect(
      run('last-updated-date', withFooter('<p>&copy; 2026 Oakmere Academy. Website last reviewed 3 March 2026.</p>'), { html: true })
        .status,
    ).toBe('fail');
    for (const line of ['Pupil privacy notice &middot; Reviewed: Autumn term 2026', 'Reviewed: 4 May 2026']) {
      const footed = run('last-updated-date', withFooter(`<p>${line}</p>`), { html: true });
      expect(footed.status, line).toBe('pass');
      expect(footed.evidence[0]!.where).toBe('page footer');
    }
    expect(run('last-updated-date', withFooter('<p>Website reviewed: 4 May 2026</p>'), { html: true }).status).toBe('fail');
    // a footer's lines stay lines: the date line after the site links is read on its own
    expect(
      run(
        'last-updated-date',
        withFooter('<div><a href="/policies/">Policies</a> | <a href="/cookies/">Cookies</a></div><p>Updated: Spring 2026</p>'),
        {
          html: true,
        },
      ).status,
    ).toBe('pass');
  });

  it('takes the privacy notice’s own date over the date of the cookie notice on the same page', () => {
    const text =
      'Cookies on this site\nCookie policy last updated: 2 March 2026\nHow we use pupil information\nWe use pupil information to teach.\nThis privacy notice was last reviewed in May 2024.';
    expect(run('last-updated-date', text).status).toBe('partial');
    // nor the date its cookie table or list was checked
    const table =
      'How we use pupil information\nWe use pupil information to teach.\nThis privacy notice was last reviewed in May 2024.\nCookies on this site\nCookie table last reviewed: 20 October 2026';
    expect(run('last-updated-date', table).status).toBe('partial');
    // nor the date of its section, however the section calls itself
    const notice = 'How we use pupil information\nWe use pupil information to teach.\nThis privacy notice was last reviewed in May 2024.';
    for (const line of [
      'The cookie details on this page were last checked on 12 May 2026.',
      'We last reviewed the information about cookies above in October 2026.',
    ]) {
      expect(run('last-updated-date', `${notice}\nCookies\n${line}`).status, line).toBe('partial');
    }
    // a title naming both is the whole document's date
    expect(
      run('last-updated-date', 'How we use pupil information\nThis privacy and cookie information was last updated on 3 March 2026.')
        .status,
    ).toBe('pass');
  });

  it('does not take a byline’s date deep in the notice, where "written" starts an ordinary sentence', () => {
    const paragraphs = 'abcdefghij'.split('').map((c) => `Paragraph ${c} of the notice says something ordinary.`);
    const text = ['Privacy notice', ...paragraphs, 'Written reports on pupils were sent home in July 2026'].join('\n\n');
    expect(run('last-updated-date', text).status).toBe('fail');
  });

  it('does not take a date before a word that is no edition for the notice date', () => {
    expect(run('last-updated-date', 'Our trip letters go out in January 2026 editions of the newsletter only when asked.').status).not.toBe(
      'pass',
    );
  });

  it('does not take an academic year in passing, or a range that is not one year to the next, for the notice date (traps)', () => {
    expect(run('last-updated-date', 'In 2025/26 the DfE changed the census return.').status).toBe('fail');
    expect(run('last-updated-date', 'Privacy notice\n2019/25').status).toBe('fail');
    expect(run('last-updated-date', 'Results for 2024/25 were published by the government.').status).toBe('fail');
  });

  it('reads an approval by a committee long ago as stale', () => {
    expect(run('last-updated-date', 'This statement was agreed by the committee in March 2022.').status).toBe('partial');
  });
});
