// Whole-check verdicts on one passage read alone, for the identity, lawful-basis, categories, transfers, rights and
// security checks: a skeleton notice that says nothing else a check could use, and passages in wording none of the
// rules was written from. Compliant passages must not come out as a gap; the near-misses (checklist.md traps and
// partial conditions) must stay gaps.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

// For controller-identity the school's name is left out of the skeleton, so the passage alone has to name the controller.
const status = statusReader({
  school: 'Fernhill Community School',
  ages: '4 to 11',
  title: 'How we use information about pupils',
  closing: 'Last words of this notice.',
  url: 'https://fernhill.sch.example/privacy',
  asOf: '2026-11-23',
  namelessFor: ['controller-identity'],
});

const CASES: Record<string, { pass: string[]; gap: string[]; partial?: string[] }> = {
  'controller-identity': {
    pass: [
      "Kestrel Learning Trust runs our school, which in law makes it the 'controller' of pupil information.",
      "Our entry on the ICO's register of fee payers lists Kestrel Learning Trust as the controller.",
    ],
    gap: [
      // another body registered as controller is not the school (checklist.md 2.1 traps)
      'The Department for Education is registered with the ICO as a controller for the National Pupil Database.',
    ],
  },
  'dpo-contact': {
    pass: [],
    gap: [],
    // another data-protection title is not the DPO (checklist.md 2.3 partial)
    partial: ['Questions can go to our data protection advisor, Clearline Ltd, at help@clearline.example.'],
  },
  'legitimate-interests-stated': {
    pass: [
      'Legitimate interests (UK GDPR Art 6(1)(f)): the academy films its school play so that families can buy a copy.',
      'We also rely on legitimate interests. The interests relied on by Fernhill are running its holiday club and letting the hall to local groups.',
    ],
    gap: [
      // how much rests on the basis, not what the interest is
      'We rely on legitimate interests for certain purposes.',
      'Legitimate interests may also apply to some of the data we use.',
      // the Art 6(1)(f) definition describes no interest
      'We rely on legitimate interests, meaning processing necessary for the interests pursued by the controller or by a third party.',
    ],
  },
  'special-category-condition': {
    pass: [],
    // acknowledged as sensitive, with no condition: partial (checklist.md 2.6)
    partial: ['Health and faith details are treated as particularly sensitive here, and few staff can see them.'],
    // listed among the categories only: not engagement with Article 9
    gap: [
      "We record each pupil's religion, health needs and ethnicity.",
      // "sensitive" of records kept longer, not data treated as special
      'Some records are kept for months and more sensitive records for decades.',
    ],
  },
  'data-categories': {
    pass: [
      "Our files cover each child's birthday and address, any allergies, and a log of the school trips they have been on.",
      'Records include lunch payments and top-ups, library loans, and photographs taken in class.',
    ],
    gap: [
      // the Department's database, not the school's list (checklist.md 2.8 traps)
      "The NPD holds information about pupils' attendance, exam results and characteristics, collected from schools.",
      'We collect what we need to teach and care for your child.',
    ],
  },
  'international-transfers': {
    pass: [
      'Where a supplier stores data outside the UK, the contract includes the model clauses approved for such transfers.',
      // contract terms that an authority approved are the safeguard
      'Two of our apps keep data in the United States. Each supplier has agreed contract terms approved by the UK Government for such transfers.',
    ],
    gap: [
      // checking suppliers before signing is care in choosing them, not a safeguard for data abroad (checklist.md 2.12)
      'Two of our apps keep data in the United States. We look at each supplier’s security before we sign contracts with them.',
      // vague hosting stays partial, whatever the notice says about safeguarding children elsewhere (checklist.md 2.12)
      'Our learning platform is cloud-hosted. Staff receive safeguarding training on keeping pupil records every year.',
      'Some records are held on servers outside the UK.',
    ],
  },
  'data-subject-rights': {
    pass: [
      'Look at it: ask us for a copy of your file.\nFix it: let us know about any mistake.\nRemove it: ask us to delete what we no longer need.\nSay no: let us know if you object to how we use it.',
    ],
    // access and correction only
    gap: ['You can see your file and let us know about mistakes.'],
  },
  'subject-access-route': {
    pass: [
      "Requests for a copy of your child's records go to our data team on 01632 960999.",
      "To request your child's file, write to the school at 1 Mill Lane, Fernhill FN1 2AB.",
    ],
    gap: [
      // the post named has no channel anywhere, though the school's own does (checklist.md 2.15 partial)
      'Requests to see your records should go to the Information Officer.\nSchool office: office@fernhill.sch.example',
    ],
  },
  'security-measures': {
    pass: [
      'Every year an outside firm carries out penetration testing on our network, and the Trust is certified to ISO 27001.',
      'Pupil files are available on a need-to-know basis.',
    ],
    gap: [
      'Our exam board holds ISO 9001 certification.',
      // what the school needs to know is not who may see it
      'We need to know about any allergies so that staff can look after your child.',
    ],
  },
};

describe('paraphrase verdicts: identity, lawful basis, categories, transfers, rights and security', () => {
  for (const [id, { pass, gap, partial }] of Object.entries(CASES)) {
    for (const text of pass)
      it(`${id} passes: ${text.slice(0, 60)}`, () => {
        expect(status(id, text)).toBe('pass');
      });
    for (const text of gap)
      it(`${id} stays a gap: ${text.slice(0, 60)}`, () => {
        expect(isGap(status(id, text))).toBe(true);
      });
    for (const text of partial ?? [])
      it(`${id} is partial: ${text.slice(0, 60)}`, () => {
        expect(status(id, text)).toBe('partial');
      });
  }
});
