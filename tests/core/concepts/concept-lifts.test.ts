// Each meaning-based lift, on sentences written in other words than any fixture (positives) and on the traps
// checklist.md names (negatives): the concept rules, not one template's sentence, decide.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { CONCEPT_LIFTS } from '../../../src/core/checklist/data/concept-lifts';
import { ConceptLiftSchema } from '../../../src/core/schema/checklist';

/** Whether the check's first lift to `to`, or a later one that also lifts "nothing found" on its own rules, takes the text. */
function lifts(checkId: string, text: string, to: 'pass' | 'partial' = 'pass'): boolean {
  const doc = readText(`Privacy notice\n\n${text}\n`);
  const index = new ConceptIndex(doc, analyseNotice(doc));
  const all = (CONCEPT_LIFTS[checkId] ?? []).map((l) => ConceptLiftSchema.parse(l)).filter((l) => l.to === to);
  if (!all.length) throw new Error(`no ${to} lift for ${checkId}`);
  // A check's rules may be split over lifts by the reasons they may overrule; each reads a verdict of nothing found.
  const read = all.filter((l, i) => i === 0 || (!l.alsoNeeds.length && l.whenReason?.includes('not-found')));
  return read.some((lift) => index.evidence(lift.rules, lift.minHits).length >= lift.minHits);
}

function liftsTo(checkId: string, to: 'pass' | 'partial', from: 'fail' | 'partial', text: string): boolean {
  const doc = readText(`Privacy notice\n\n${text}\n`);
  const index = new ConceptIndex(doc, analyseNotice(doc));
  const lifts = (CONCEPT_LIFTS[checkId] ?? []).map((l) => ConceptLiftSchema.parse(l)).filter((l) => l.to === to && l.from.includes(from));
  if (!lifts.length) throw new Error(`no ${from} -> ${to} lift for ${checkId}`);
  return lifts.some(
    (lift) =>
      index.evidence(lift.rules, lift.minHits).length >= lift.minHits && lift.alsoNeeds.every((rule) => index.find(rule, 1).length > 0),
  );
}

describe('lifts to partial: something said, not enough', () => {
  it('data-sources: the family alone', () => {
    expect(liftsTo('data-sources', 'partial', 'fail', 'Nearly all of this information is provided by you on the joining form.')).toBe(true);
    expect(liftsTo('data-sources', 'partial', 'fail', 'If you have a concern about the way we are collecting your data, tell us.')).toBe(
      false,
    );
  });
  it('lawful-basis-art6: a basis spoken of in general', () => {
    expect(liftsTo('lawful-basis-art6', 'partial', 'fail', 'All personal data is handled fairly and lawfully.')).toBe(true);
    expect(liftsTo('lawful-basis-art6', 'partial', 'fail', 'We use information to support learning.')).toBe(false);
  });
});

describe('rights in plain words', () => {
  it('needs every right, each said as a right', () => {
    expect(
      liftsTo(
        'data-subject-rights',
        'pass',
        'partial',
        'You can:\n\n- find out what we hold about you\n- get it fixed if it is wrong\n- have it wiped in some cases\n- tell us to stop using it',
      ),
    ).toBe(true);
    // Retention and a copy of the notice are not rights.
    expect(
      liftsTo(
        'data-subject-rights',
        'pass',
        'partial',
        'We keep records until the pupil is 25 and then delete them. You can ask for a copy of this notice.',
      ),
    ).toBe(false);
  });
});

describe('parents under a heading of their own', () => {
  it('reads the heading with the first sentence under it', () => {
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        'Parents and carers\n\nWe process your personal data to communicate with you about your child.',
      ),
    ).toBe(true);
    expect(
      liftsTo('parents-carers-data', 'pass', 'fail', 'Where does the information come from?\n\nParents fill in our admission form.'),
    ).toBe(false);
  });
});

describe('retention from partial', () => {
  it('needs a concrete period, not "as long as necessary"', () => {
    expect(liftsTo('retention', 'pass', 'partial', 'Each school keeps the main record until the pupil turns 25.')).toBe(true);
    expect(liftsTo('retention', 'pass', 'partial', 'Pupil information is held for six years after the pupil leaves.')).toBe(true);
    // One kind of record only: it does not make up for a schedule the reader cannot open (checklist.md 2.13).
    expect(liftsTo('retention', 'pass', 'partial', 'Registers are held for three years after the last entry.')).toBe(false);
    expect(
      liftsTo('retention', 'pass', 'partial', 'We keep information for as long as necessary, in line with our retention schedule.'),
    ).toBe(false);
  });
});

const CASES: Record<string, { yes: string[]; no: string[] }> = {
  'statutory-or-voluntary': {
    yes: [
      'Some of the details on the admission form are needed by law; others are up to you, and the form marks which.',
      'Most of what we ask for is compulsory, but a few questions are optional and are labelled as such.',
      'When we collect information we will make clear whether you have a choice about giving it.',
      "You don't have to give us your child's ethnicity, but the rest of the form must be completed by law.",
      'Should a question be optional, the form will say so next to it.',
    ],
    no: [
      // One side only: what may be left out, not what must be given (checklist.md 2.10; partial, not pass).
      'Nobody has to answer the questions about religion; leave them blank if you prefer.',
      'The Department for Education requires us to collect a lot of data by law.',
      'You can withdraw your consent at any time if you change your mind.',
      'We are required by law to share information with the local authority.',
      'You can choose to give consent for photographs on the website.',
      // a kind of school, not an optional answer
      'As a voluntary aided school, the governing board is the legal body responsible, and it oversees how information is handled.',
    ],
  },
  'data-sources': {
    yes: [
      'When your child joins us, their records are sent to us by their last school.',
      'We also get information about pupils from the local authority and from health professionals.',
      'The council sometimes passes information on to us about children it supports.',
      'Sources of this information include: the previous school, the local authority and social care.',
    ],
    no: [
      'To find out more about the data collection requirements placed on us by the Department for Education, visit the website.',
      // the NPD described without its name (checklist.md 2.9 trap)
      'The database is built from information gathered from schools, local authorities and exam boards.',
      'When your child moves on, we send their file from our school to their next school.',
      'You provide most of this information on the registration form.',
    ],
  },
  recipients: {
    yes: [
      'We pass some information to the local authority. Details are shared with the school nurse when a child needs care.',
      'The local authority will receive information about attendance. We also send records to the next school your child attends.',
      'We give the council the figures it needs for funding. A summary goes home and we pass the learning journal to their primary school.',
    ],
    no: [
      'We do not share information about our pupils with anyone without consent unless the law allows us to.',
      'We receive information from other schools and from the local authority.',
      'Other schools share records with us when a pupil transfers; the council shares its assessments with us too.',
    ],
  },
  'lawful-basis-art6': {
    yes: [
      'We are allowed to use this information because we have to comply with the law.',
      'The legal grounds we rely on are that the processing is part of our public task.',
      'Most of the time we use it lawfully because the law says we must, for example to report attendance.',
      // one item of a list of reasons, in plain words
      'The law only lets us use information when there is a proper reason. Ours are:\n- because it is part of the job we do as a state-funded nursery school, caring for young children\n- because you have agreed to it',
    ],
    no: [
      'We must share some information with the DfE by law.',
      'You can withdraw consent at any time.',
      // an item of a recipients list: the basis for that sharing (checklist.md 2.5)
      'We share information with:\n- the Department for Education, because the law requires every school to complete the census\n- the local authority',
    ],
  },
  'census-sharing-statutory': {
    yes: [
      'By law we must send the Department for Education information about pupils in the school census each term.',
      'The Welsh Government receives PLASC returns from us every January, as the law requires.',
    ],
    no: ['We share information with the local authority about attendance.', 'The Department for Education publishes statistics.'],
  },
  'parents-carers-data': {
    yes: [
      "We keep parents' and carers' names and phone numbers so we can reach you in an emergency.",
      'Information we hold about parents and carers, such as email addresses, is used to send newsletters and reports home.',
      'We record the mobile numbers of parents and carers so that we can reach someone quickly if a child is unwell.',
      // the parent as the reader, set against their child
      "Besides your child's records, we also keep your own name and mobile number so that we can call you if your child is ill.",
    ],
    no: [
      'Parents and pupils have the right to request access to information about them that we hold.',
      // the pupil as the reader: their own details are pupil data
      'We keep your own name and address so that we can send your reports home.',
      'Contact details for parents and carers are recorded on each pupil file.',
      'Parents give us most of this information when their child joins.',
    ],
  },
  retention: {
    yes: [
      "A pupil's file stays with us until they turn 25, after which it is shredded.",
      'We hold information for six years after a pupil leaves, following our records management schedule.',
    ],
    no: [
      'Organisations must agree to strict terms about the retention and use of the data.',
      'We keep information secure.',
      // "as long as we need it" with an unlinked schedule is partial (checklist.md 2.13), not a period
      'We hold information only for as long as we need it, following our records management schedule.',
    ],
  },
  'complaint-to-ico': {
    yes: [
      "If you are unhappy with how we have dealt with your data, you can take the matter to the Information Commissioner's Office.",
      'Concerns can also be reported to the ICO, the regulator for data protection.',
    ],
    no: [
      'The school is registered with the ICO (registration number Z1234567).',
      'The ICO publishes guidance on biometrics.',
      // "Regulation" is no regulator, though the two stem alike
      'It is written in accordance with the General Data Protection Regulation and should be read with our Complaints Procedure.',
    ],
  },
  'complaint-to-school': {
    yes: [
      'If something about your data worries you, speak to the head teacher and we will look into it.',
      'Anyone unhappy with how we handle their information should raise it with the school first.',
    ],
    no: ['If you are still unhappy, you can complain to the Information Commissioner.', 'The school is registered with the ICO.'],
  },
  'withdraw-consent': {
    yes: [
      'Where you have given permission, you can change your mind at any time by telling the office.',
      'Consent for photographs can be withdrawn whenever you wish.',
      "You can tell us at any time that you no longer want your child's photo used.",
      'Where we rely on your agreement, you may say no later on.',
    ],
    no: [
      'We do not share information without consent.',
      'You have the right to object to processing.',
      'We will never use photos at any time without consent.',
    ],
  },
  'security-measures': {
    yes: ['Pupil records are stored securely on password-protected systems.', 'Our systems use encryption to protect pupil information.'],
    no: [
      'We use information to keep children safe, for example emergency contact details.',
      'Some of it is a legal duty, for example keeping registers and sharing information to protect pupils.',
      "Some of what we hold, such as health details, is known as 'special category' data and is given extra protection by law.",
      'The Department has robust security processes for the data it holds.',
    ],
  },
  'international-transfers': {
    yes: [
      'We do not send pupil data abroad.',
      'All of our systems keep data in the UK.',
      'Where a supplier stores data outside the UK, we make sure adequate safeguards are in place.',
    ],
    no: ['We use Google Classroom and Seesaw for homework.', 'Data is transferred to the next school.'],
  },
};

describe.each(Object.entries(CASES))('%s', (id, { yes, no }) => {
  it.each(yes)('lifts: %s', (text) => expect(lifts(id, text)).toBe(true));
  it.each(no)('does not lift: %s', (text) => expect(lifts(id, text)).toBe(false));
});

describe('every lift names the shortfalls it may overrule', () => {
  // A lift meant for "nothing found" must never overrule a shortfall the evaluator positively found (a trap, a missing
  // detail): so each lift lists its reasons, and a reason an evaluator gives later is overruled by none until listed.
  it.each(Object.entries(CONCEPT_LIFTS))('%s', (_check, lifts) => {
    for (const lift of lifts) expect(lift.whenReason?.length ?? 0).toBeGreaterThan(0);
  });
});
