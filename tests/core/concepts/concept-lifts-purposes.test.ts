// The meaning-based lifts for purposes, data categories, automated decisions and legitimate interests: paraphrases
// written apart from any fixture must lift; the traps checklist.md names (2.4, 2.7, 2.8, 2.19) must not.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { CONCEPT_LIFTS } from '../../../src/core/checklist/data/concept-lifts';
import { ConceptLiftSchema } from '../../../src/core/schema/checklist';
import { run } from '../checks/content-harness';

/** True when any of the check's pass lifts holds on the text. */
function lifts(checkId: string, text: string): boolean {
  const doc = readText(`Privacy notice\n\n${text}\n`);
  const index = new ConceptIndex(doc, analyseNotice(doc));
  const all = (CONCEPT_LIFTS[checkId] ?? []).map((l) => ConceptLiftSchema.parse(l)).filter((l) => l.to === 'pass');
  if (!all.length) throw new Error(`no pass lift for ${checkId}`);
  return all.some((lift) => index.evidence(lift.rules, lift.minHits).length >= lift.minHits);
}

const CASES: Record<string, { yes: string[]; no: string[] }> = {
  purposes: {
    yes: [
      // a narrative sentence with several reasons
      'Staff use the records we keep to plan lessons around each child, to look after their welfare and to tell you how they are getting on.',
      'This information is processed so that we can teach your child well and keep them safe while they are with us.',
      // a lead-in in other words, with its list
      "Here is what we keep this data for:\n- helping each child with their learning\n- looking after pupils' wellbeing\n- organising trips and school meals",
      'Pupil data is collected so the school can fulfil its statutory obligations, offer personalised learning and keep discipline fair.',
      // a section or list whose heading or lead-in gives the topic, with no word for "information"
      'Why we need it\n\nWe keep it so that we can teach your child and look after their welfare.',
      'The reasons are as follows:\n- helping children to learn and make progress\n- meeting our legal duties',
      // a purpose beside each kind of data (definition-style paragraphs)
      'Medical details: allergies and conditions, so that staff can care for your child.\n\nTest scores: phonics and reading ages, to track progress through the year.',
    ],
    no: [
      // NPD third parties' purposes are not the school's
      'The Department for Education shares data with third parties who use it for conducting research or analysis, producing statistics and providing advice.',
      // someone else's purposes
      'The local authority uses this information to plan school places and to support children with special educational needs.',
      // one purpose aside, not a statement of purposes
      "We need your child's name and date of birth so that the school can run smoothly.",
      // a heading about someone else's use
      'How the Department for Education uses your data\n\nIt uses it to monitor progress and to meet its legal duties.',
      // a cookie table's purpose column
      'Our website uses cookies to remember your choices and to count visits.',
      // an empty lead-in: nothing to lift
      'We use pupil information to:\n\nWho we share information with',
      // incidental "to" + a school word, not a purpose of the data
      "If you would like to discuss your child's progress, please contact the class teacher. You can ask to see our safeguarding policy at the office.",
      'You have the right to ask for a copy of the attendance records we hold, and to have the safeguarding file corrected.',
    ],
  },
  'data-categories': {
    yes: [
      'For each child we keep:\n- full name and home address\n- first language and religion\n- reading and maths assessment outcomes\n- allergy and medication notes',
      'Our records cover attendance, behaviour incidents and exclusions, and any special educational needs.',
    ],
    no: [
      // a processor agreement schedule
      'Categories of data subject: Year 11 students. Type of personal data processed by the data processor: names, attendance, examination results.',
      // one kind of data only
      'We record attendance so that we can follow up absences.',
      'We use data to monitor pastoral needs and attendance.',
    ],
  },
  'automated-decision-making': {
    yes: [
      'No decision about your child is ever made automatically by software; a member of staff is always involved.',
      'Computers do not decide anything about pupils at our school.',
      'We use an automated system to decide which pupils are offered extra reading support, and a teacher checks each decision.',
    ],
    no: [
      // the legacy right says nothing about whether it happens (checklist.md 2.19)
      'You have the right to object to decisions being taken by automated means.',
      'Our computers are password protected.',
      'The headteacher decides how long records are kept.',
    ],
  },
  'legitimate-interests-stated': {
    yes: [
      'Where we rely on legitimate interests, it is so that we can tell former pupils about reunions and anniversary events.',
      'Legitimate interests (Article 6(1)(f)): we film school performances for families, because parents who cannot attend ask us to.',
    ],
    no: [
      // the Article 6(1)(f) definition names no interest
      'Legitimate interests: processing is necessary for the purposes of the legitimate interests pursued by the controller or by a third party.',
      // a basis named in a list, no interest given
      'The lawful bases we rely on are:\n- public task, for example teaching and the school census\n- legitimate interests',
    ],
  },
};

describe.each(Object.entries(CASES))('%s', (id, { yes, no }) => {
  it.each(yes)('lifts: %s', (text) => expect(lifts(id, text)).toBe(true));
  it.each(no)('does not lift: %s', (text) => expect(lifts(id, text)).toBe(false));
});

describe('data-categories in a table column', () => {
  const table = (header: string, rows: string[]) =>
    `<html><body><h1>Privacy notice</h1><table><tr><th>${header}</th><th>Why we use it</th></tr>${rows.map((r) => `<tr><td>${r}</td><td>To run the school</td></tr>`).join('')}</table></body></html>`;

  it('passes when a table column lists kinds of data, one per row', () => {
    const v = run(
      'data-categories',
      table('Information', ['Names and home addresses', 'Attendance records', 'Allergies and medical conditions']),
      { html: true },
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.text).toBe('Information');
  });

  it('does not treat a column of other things (recipients, cookies) as categories', () => {
    expect(run('data-categories', table('Who we share with', ['The local authority', 'The next school']), { html: true }).status).not.toBe(
      'pass',
    );
    expect(run('data-categories', table('Information', ['Names']), { html: true }).status).not.toBe('pass');
  });
});

describe('purposes lead-ins worded differently', () => {
  it('reads "We hold this personal data to:" with its list as the purposes list', () => {
    const v = run('purposes', 'We hold this personal data to:\n- help pupils learn\n- look after them\n');
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.text).toBe('We hold this personal data to:');
  });

  it('passes a list whose items name a public body as an object ("to claim government funding")', () => {
    expect(
      lifts(
        'purposes',
        'We keep some information about you and your child:\n- to care for your child at sessions\n- to claim the government funding for free hours\n',
      ),
    ).toBe(true);
  });

  it('keeps an empty lead-in partial when no reasons are given elsewhere', () => {
    expect(
      run('purposes', 'We hold this personal data to:\n\nWho we share it with\n\nWe share data with the local authority.').status,
    ).toBe('partial');
  });
});
