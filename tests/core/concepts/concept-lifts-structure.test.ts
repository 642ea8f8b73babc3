// Meaning read across a question heading and its answer, in a notice written to parents ("you" is the parent), and
// the traps the wider lexicon must not fall into. Sentences here are written for the test, in words no fixture uses.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { CONCEPT_LIFTS } from '../../../src/core/checklist/data/concept-lifts';
import { ConceptLiftSchema } from '../../../src/core/schema/checklist';

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

describe('a question heading read with the paragraph that answers it', () => {
  it('compulsory or optional: both halves in the answer, or the choice asked in the heading', () => {
    const lifted = (text: string) => liftsTo('statutory-or-voluntary', 'pass', 'fail', text);
    expect(
      lifted(
        'Is everything on the form compulsory?\n\nNo. What we need to keep your child safe must be filled in. The questions about religion and ethnicity are up to you.',
      ),
    ).toBe(true);
    expect(lifted('Can families choose what to tell us?\n\nMost answers are needed because the law says so.')).toBe(true);
    // A question answered in one short line, the answer going on a sentence to a line.
    expect(
      lifted(
        'Do we need to answer every question?\n\nSome of them, yes.\nThe law says schools must collect them.\nSome of them are your choice.\nWhen the form arrives, we will say which is which.',
      ),
    ).toBe(true);
    // An answer whose optional half comes after three sentences on the compulsory half.
    expect(
      lifted(
        "Must I fill in every box?\n\nNot every one. The law obliges us to hold each child's legal name and home address. We also need a working phone number. If we cannot reach you, outings are off. Everything else is yours to decide: leave the language and faith boxes empty if you wish.",
      ),
    ).toBe(true);
    // The optional answers picked out in the sentence after the compulsory ones: read as one statement.
    expect(
      lifted(
        'Questions on the starter pack that the law makes us ask must be completed; they carry a red dot. Any field marked as voluntary can be skipped without any effect on your place.',
      ),
    ).toBe(true);
    // A consent heading is not a choice about giving data.
    expect(lifted('Can I change my mind about consent?\n\nYes, you can choose to withdraw it; we need nothing more from you.')).toBe(false);
  });
  it('sources: "where does it come from?" answered with the bodies', () => {
    expect(
      liftsTo(
        'data-sources',
        'pass',
        'fail',
        'Where does all this come from?\n\nMainly from families, and also from the nursery a child attended and the council.',
      ),
    ).toBe(true);
    // Where data goes is not where it comes from.
    expect(liftsTo('data-sources', 'pass', 'fail', 'Where does it go?\n\nTo the local authority and the next school.')).toBe(false);
  });
  it('complaints to the school: the worry in the heading, the school in the answer', () => {
    expect(
      liftsTo(
        'complaint-to-school',
        'pass',
        'fail',
        'Something worrying you?\n\nIf you are unhappy, speak to the headteacher and we will look into it.',
      ),
    ).toBe(true);
    expect(
      liftsTo(
        'complaint-to-school',
        'pass',
        'fail',
        'Something worrying you?\n\nIf you are unhappy, write to the Information Commissioner.',
      ),
    ).toBe(false);
  });
  it('rights: access asked in the heading', () => {
    expect(
      liftsTo(
        'data-subject-rights',
        'pass',
        'fail',
        "May I look at what you keep?\n\nYes, send us a request.\n\nYou can ask us to fix mistakes, wipe what we don't need, or limit how we use it.",
      ),
    ).toBe(true);
  });
});

describe('a notice written to parents: "you" is the parent', () => {
  it('your details kept to reach you, in a notice about "your child"', () => {
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        "We collect your child's name and date of birth.\n\nWe store your mobile number and email so that we can get in touch if your child is unwell.",
      ),
    ).toBe(true);
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        'The information we hold about you:\n\n- your name and address\n- your phone numbers\n\nIt helps us look after your child.',
      ),
    ).toBe(true);
  });
  it('not in a notice written to the pupil, nor from a rights sentence', () => {
    expect(liftsTo('parents-carers-data', 'pass', 'fail', 'We keep your details so we can contact you about clubs.')).toBe(false);
    expect(liftsTo('parents-carers-data', 'pass', 'fail', 'You can ask to see the details we hold about you and your child.')).toBe(false);
  });
  it('a parent sub-heading answered "yes"', () => {
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        'Do you hold anything on me as a carer?\n\nYes. We hold your name and phone number, to call you when needed.',
      ),
    ).toBe(true);
  });
});

describe('compulsory data with no word on choice is partial, not fail', () => {
  it('the information itself is said to be required', () => {
    expect(
      liftsTo(
        'statutory-or-voluntary',
        'partial',
        'fail',
        'Much of the information on our enrolment form is mandatory under the funding rules.',
      ),
    ).toBe(true);
    // A duty to pass data on, or a reason to refuse a rights request, is not about giving it.
    expect(
      liftsTo('statutory-or-voluntary', 'partial', 'fail', 'Information is required to be passed to the Department for Education.'),
    ).toBe(false);
    expect(
      liftsTo(
        'statutory-or-voluntary',
        'partial',
        'fail',
        'You may ask us to erase it, but we may keep information because we are required to by law.',
      ),
    ).toBe(false);
  });
});

describe('census named in one sentence, the government in another', () => {
  it('the census and its legal duty, with the government sending named nearby', () => {
    expect(
      liftsTo(
        'census-sharing-statutory',
        'pass',
        'fail',
        'Each term we send the government some details about every pupil. This return is the school census and the law obliges us to make it.',
      ),
    ).toBe(true);
    expect(liftsTo('census-sharing-statutory', 'pass', 'fail', 'The school census is a statutory return. We keep a copy of it.')).toBe(
      false,
    );
  });
});

describe('withdrawal in plain words', () => {
  it('said yes, can say no later', () => {
    expect(
      liftsTo(
        'withdraw-consent',
        'pass',
        'fail',
        'If your family said yes to trip photos, you can tell us later that you want us to stop.',
      ),
    ).toBe(true);
  });
  it('choices changed at any time, and the use stops', () => {
    expect(
      liftsTo(
        'withdraw-consent',
        'pass',
        'fail',
        'Any of the choices on the form can be changed whenever you like; let the office know and we stop using the pictures that way.',
      ),
    ).toBe(true);
    expect(
      liftsTo(
        'withdraw-consent',
        'pass',
        'fail',
        'You can change your cookie choices at any time and we will stop using analytics cookies.',
      ),
    ).toBe(false);
  });
});

describe('traps the wider words must not fall into', () => {
  it('"concerning" and a school\'s own reporting are not complaints', () => {
    expect(
      liftsTo(
        'complaint-to-school',
        'pass',
        'fail',
        'We use data to monitor and report on progress and to check how the school as a whole is doing.',
      ),
    ).toBe(false);
    expect(liftsTo('complaint-to-school', 'pass', 'fail', 'The school holds information concerning pupils and their families.')).toBe(
      false,
    );
    expect(liftsTo('complaint-to-ico', 'pass', 'fail', 'We report serious data breaches to the ICO within 72 hours.')).toBe(false);
  });
  it('"the law" is not a lawful basis spoken of in general ("lawful" and "law" share a stem)', () => {
    expect(
      liftsTo('lawful-basis-art6', 'partial', 'fail', 'We will not give information to anyone unless the law and our rules allow it.'),
    ).toBe(false);
    expect(liftsTo('lawful-basis-art6', 'partial', 'fail', 'We check the lawfulness of processing before each new use.')).toBe(true);
  });
});

describe('lifts from a partial the wording left', () => {
  it('withdrawal stated elsewhere than an erasure condition', () => {
    expect(liftsTo('withdraw-consent', 'pass', 'partial', 'Agreement to photographs can be revoked by emailing the office.')).toBe(true);
    expect(
      liftsTo(
        'withdraw-consent',
        'pass',
        'partial',
        'We will erase data where you have withdrawn your consent and no other reason applies.',
      ),
    ).toBe(false);
  });
  it('a concern route besides a "discuss anything" contact', () => {
    expect(
      liftsTo(
        'complaint-to-school',
        'pass',
        'partial',
        'Should you be dissatisfied with our handling of records, the governing body will review it.',
      ),
    ).toBe(true);
  });
  it('a lawful basis spoken of in general', () => {
    expect(liftsTo('lawful-basis-art6', 'partial', 'fail', 'Personal data is only ever used where the law allows it.')).toBe(true);
  });
});

describe('the DfE promise in other words, and purposes after "helps us"', () => {
  it('says it will explain whether something must be given', () => {
    expect(liftsTo('statutory-or-voluntary', 'pass', 'fail', 'On each form we explain whether an answer is required.')).toBe(true);
    expect(
      liftsTo('statutory-or-voluntary', 'pass', 'fail', 'We will tell you whether we are required to share it with the council.'),
    ).toBe(false);
  });
  it('purposes said as what the information helps the school do', () => {
    expect(
      liftsTo('purposes', 'pass', 'fail', 'This information helps us plan lessons and look after pupils who have medical needs.'),
    ).toBe(true);
  });
});

describe('a basis given as the reason in other words', () => {
  it("the family's contract, or a framework that requires it", () => {
    expect(
      liftsTo(
        'lawful-basis-art6',
        'pass',
        'fail',
        'We hold these records because we need them to fulfil our contract with you for childcare.',
      ),
    ).toBe(true);
    expect(liftsTo('lawful-basis-art6', 'pass', 'fail', 'We keep a medicines log because the statutory framework requires us to.')).toBe(
      true,
    );
    // A supplier's contract is not the school's basis.
    expect(
      liftsTo('lawful-basis-art6', 'pass', 'fail', 'Our suppliers may see the data because they work under contract to the school.'),
    ).toBe(false);
  });
});

describe("parents' data in other words", () => {
  it('emergency contacts asked of every family, and parental responsibility recorded to release pupils safely', () => {
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        'We ask each family for two emergency contacts so that someone can always be reached.',
      ),
    ).toBe(true);
    // "the right adults" is not a right: the adjective does not veto the statement.
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        'We record parental responsibility and phone numbers to make sure pupils go home with the right adults.',
      ),
    ).toBe(true);
    expect(
      liftsTo('parents-carers-data', 'pass', 'fail', 'Parents have the right to see the records we hold so that mistakes can be fixed.'),
    ).toBe(false);
  });
});

describe('a multi-word term never runs across a semicolon', () => {
  const finds = (text: string) => {
    const doc = readText(`Privacy notice\n\n${text}\n`);
    return new ConceptIndex(doc, analyseNotice(doc)).find({ all: ['safeguard'] }, 1).length > 0;
  };
  it('two list items side by side do not make a safeguard ("... requirements; safeguarding notes")', () => {
    expect(finds('What we keep:\n- medicines and dietary requirements\n- safeguarding and welfare notes')).toBe(false);
  });
  it('the same words in one phrase still do', () => {
    expect(finds('Where data leaves the UK, we make sure the required safeguards are in place.')).toBe(true);
  });
});

describe('the collecting said before the law that requires it', () => {
  it('"much of what we collect" is collected because the law says so: partial', () => {
    expect(liftsTo('statutory-or-voluntary', 'partial', 'fail', 'Much of what we gather, we gather because the law requires us to.')).toBe(
      true,
    );
    expect(liftsTo('statutory-or-voluntary', 'partial', 'fail', 'We collect the dinner money because the cook says we must.')).toBe(false);
  });
});

describe('where the data comes from, read by direction and by question', () => {
  it('another body receiving data is no source of the school', () => {
    expect(
      liftsTo(
        'data-sources',
        'pass',
        'fail',
        'We send the census to the council, which receives it from every school and passes it on to the Department for Education.',
      ),
    ).toBe(false);
    expect(liftsTo('data-sources', 'pass', 'fail', 'We receive reports from the local authority when a child has a social worker.')).toBe(
      true,
    );
  });
  it('a question heading answered "from you" gives the family as the only source', () => {
    expect(
      liftsTo(
        'data-sources',
        'partial',
        'fail',
        'Q. Where does it all come from?\n\nFrom you, on the joining pack and the funding declaration.',
      ),
    ).toBe(true);
  });
});

describe('the form saying which answers are required', () => {
  it('passes when the form marks the required items; not when a government body tells the school', () => {
    expect(liftsTo('statutory-or-voluntary', 'pass', 'fail', 'Our admission form marks which questions are compulsory.')).toBe(true);
    expect(
      liftsTo(
        'statutory-or-voluntary',
        'pass',
        'fail',
        'The Department for Education tells schools which pupil information is required for the census.',
      ),
    ).toBe(false);
  });
});

describe('one item of a list, not two', () => {
  it('consent in one item and stopping at any time in the next are two statements about two things', () => {
    const uses = (third: string, fourth: string) =>
      `What we use it for\n\nWe use information:\n- to run your child's place\n- ${third}\n- ${fourth}`;
    expect(
      liftsTo(
        'withdraw-consent',
        'pass',
        'fail',
        uses('to show photos on our website, only with your consent', 'to post our newsletter; ask us to stop it at any time'),
      ),
    ).toBe(false);
    expect(
      liftsTo(
        'withdraw-consent',
        'pass',
        'fail',
        uses('to show photos on our website, only with your consent, which you can take back at any time', 'to post our newsletter'),
      ),
    ).toBe(true);
  });
});

describe('a complaint route in one item of a summary list', () => {
  it('a complaint to the regulator in one item and "we" in another are no route to the school', () => {
    expect(
      liftsTo(
        'complaint-to-school',
        'pass',
        'fail',
        '0. Summary (read this if nothing else)\n- Controller: Elm Quay Academy Trust (academy trust), 2 Dock Road. E office@elmquay.example\n- DPO: dpo@elmquay.example\n- We process student data mainly under public task.\n- Complaints to the regulator: ICO, ico.org.uk/make-a-complaint.',
      ),
    ).toBe(false);
  });
});
describe('a section on who the controller is', () => {
  it('"Who is responsible for your information?" answered with the controller holds nothing about parents', () => {
    expect(
      liftsTo(
        'parents-carers-data',
        'pass',
        'fail',
        'Who is responsible for your information?\n\nHolm Lane School is a school for students aged 11 to 16. Its governing body is the data controller for information about students: it decides what information it needs about you and keeps it safe.\n\nParents and carers: this notice is written to students, but it covers what you tell us about your child too.',
      ),
    ).toBe(false);
  });
});

describe("a list's lead-in read with each of its items", () => {
  const lead = "We are allowed to collect and use pupils' information because:";
  it('lawful basis: the lead-in gives the reason and one item the basis, whatever another item says', () => {
    const items = [
      '- the law says we have to, and it also makes us pass some of it on to the council;',
      '- we need it to teach your child, which is work we do in the public interest;',
      '- you have agreed to it, for photographs.',
    ];
    expect(liftsTo('lawful-basis-art6', 'pass', 'fail', `${lead}\n\n${items.join('\n')}`)).toBe(true);
    // The same items under a lead-in that gives no reason for using data: a list of what the school does.
    expect(liftsTo('lawful-basis-art6', 'pass', 'fail', `Some things to know:\n\n${items.join('\n')}`)).toBe(false);
    // The law's requirement of a reason, said as a rule, names no basis.
    expect(
      liftsTo(
        'lawful-basis-art6',
        'pass',
        'fail',
        "The law says we must have a proper reason to use your child's information, and we always do.",
      ),
    ).toBe(false);
  });
});
