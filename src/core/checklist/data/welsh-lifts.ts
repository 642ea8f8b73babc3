// How each content check reads a notice written in Welsh. A Welsh notice's content checks start as needs-review
// ("needs a Welsh reader"); a Welsh concept rule the notice satisfies lifts one to pass, quoting the Welsh it read. On a
// bilingual notice the same rules lift an English "nothing found" when the point is made only in Welsh. Every lift
// here is to pass: a Welsh notice that lacks a concept stays needs-review, because a wording these rules do not know
// is no evidence of a gap. Concepts are in src/core/concepts/lexicon-cy.ts.
import type { z } from 'zod';
import type { ConceptLiftSchema, ConceptRule } from '../../schema/concept-rules';

type Lift = z.input<typeof ConceptLiftSchema>;

const FROM: Lift['from'] = ['needs-review', 'fail', 'partial'];

/** One lift to pass from every starting point, by any of `rules` (each also tried on a heading with its section). */
function pass(message: string, rules: ConceptRule[], extra: Partial<Lift> = {}): Lift[] {
  const withSections = rules.flatMap((r) => (r.prose || r.inList || r.inTable || r.structure ? [r] : [r, { ...r, structure: true }]));
  return [{ to: 'pass', from: FROM, rules: withSections, message: `Read in Welsh: ${message}`, ...extra }];
}

export const WELSH_LIFTS: Readonly<Record<string, readonly Lift[]>> = {
  // "Ysgol X yw'r rheolydd data": the school named as controller.
  'controller-identity': pass('the school is named as the data controller (rheolydd data).', [{ all: ['cyController', 'cySchool'] }]),
  // "Swyddog Diogelu Data ... e-bost: dpo@...": the DPO with a written channel.
  'dpo-contact': pass('a Data Protection Officer (Swyddog Diogelu Data) is named with a contact channel.', [
    { all: ['cyDpo', 'cyChannel'] },
  ]),
  // "Rydym yn defnyddio'r wybodaeth i gefnogi dysgu ...", or a lead-in with its list of aims.
  purposes: pass('the notice says what pupil information is used for.', [
    { all: [['cyUse', 'cyPurposeAim']] },
    { all: ['cyUse', 'cyPurposeAim'], structure: true },
  ]),
  // "... er mwyn cyflawni tasg er budd y cyhoedd (Erthygl 6(1)(e))", "rhwymedigaeth gyfreithiol".
  'lawful-basis-art6': pass('an Article 6 basis (public task, legal obligation or vital interests) is named.', [
    { all: ['cyBasisName'], prose: true },
  ]),
  // "rhesymau o fudd sylweddol i'r cyhoedd (Erthygl 9(2)(g))", "caniatâd penodol".
  'special-category-condition': pass('an Article 9 condition (such as substantial public interest) is named.', [
    { all: ['cySpecialCondition'], prose: true },
  ]),
  // "enw, cyfeiriad, dyddiad geni ... presenoldeb, ethnigrwydd ...".
  'data-categories': pass('the notice lists the kinds of information it holds.', [{ all: ['cyIdentityData', 'cyOtherData'] }]),
  // "Rydym yn derbyn gwybodaeth gan yr ysgol flaenorol", "gall yr awdurdod lleol anfon gwybodaeth atom".
  'data-sources': pass('the notice names where information comes from besides the family.', [
    { all: [['cyReceive', 'cySourceBody']] },
    { all: [['cySourceBody', 'cyShare'], 'cyToUs'] },
  ]),
  // "Mae'n rhaid i chi roi rhywfaint ..., ond mae rhannau eraill yn wirfoddol."
  'statutory-or-voluntary': pass('the notice says which information must be given and which is voluntary.', [
    { all: ['cyCompulsory', 'cyOptional'], negatable: ['cyOptional'] },
  ]),
  // "Rydym yn rhannu gwybodaeth gyda'r awdurdod lleol ...", not "... yn anfon gwybodaeth atom".
  recipients: pass('the notice names who receives pupil information.', [{ all: [['cyShare', 'cyRecipientBody']], none: ['cyToUs'] }]),
  // "Nid ydym yn anfon gwybodaeth bersonol y tu allan i'r DU" (either answer is a statement).
  'international-transfers': pass('the notice says whether data leaves the UK.', [
    { all: ['cyTransfer', 'cyOutsideUk'], negatable: ['cyTransfer', 'cyOutsideUk'] },
  ]),
  // "Cedwir ffeil y disgybl nes ei fod yn 25 oed", "yn unol â'n polisi cadw".
  retention: pass('the notice says how long information is kept (a period, criteria or schedule).', [
    { all: ['cyKeep', 'cyPeriod'], prose: true },
  ]),
  // "hawl ... i gywiro ..., i ddileu ..., i gyfyngu ... ac i wrthwynebu", with access said too.
  'data-subject-rights': pass(
    'the rights of access, correction, erasure and restriction or objection are described.',
    [{ all: ['cyRight', 'cyRectify', 'cyErase'], any: ['cyRestrict', 'cyObject'] }],
    { alsoNeeds: [{ all: ['cyRight', 'cyAccess'] }] },
  ),
  // "I wneud cais am gopi, cysylltwch â'r swyddfa drwy swyddfa@..." / "Gofynnwch i'r swyddfa neu ffoniwch ...".
  'subject-access-route': pass('the notice says how to ask for a copy of the information, with a channel.', [
    { all: ['cyAccess', 'cyRequest', 'cyChannel'] },
  ]),
  // "gallwch dynnu'ch caniatâd yn ôl unrhyw bryd" (not "yn ôl y gyfraith", by law).
  'withdraw-consent': pass('the notice says consent can be withdrawn.', [{ all: ['cyConsent', ['cyPull', 'cyBack']], none: ['cyByLaw'] }]),
  // "Mae gennych hawl i gwyno i Swyddfa'r Comisiynydd Gwybodaeth" (not "wedi cofrestru gyda'r Comisiynydd").
  // A heading with its section ("Pryderon" / "... gwneud cwyn o dan bolisi cwynion yr ysgol. Gallwch gael cyngor
  // annibynnol gan Swyddfa'r Comisiynydd Gwybodaeth") may hold a complaint to the school and the regulator only for
  // advice: read so only where no advice is offered.
  'complaint-to-ico': pass('the Information Commissioner is named as a place to complain.', [
    { all: ['cyComplain', 'cyIco'], none: ['cyRegistered'], prose: true },
    { all: ['cyComplain', 'cyIco'], none: ['cyRegistered', 'cyAdvice'], structure: true },
  ]),
  // "Os ydych yn anfodlon ..., cysylltwch â'r ysgol yn gyntaf."
  'complaint-to-school': pass('concerns can be raised with the school.', [{ all: ['cyUnhappy', 'cyRaise', 'cySchoolDesk'] }]),
  // "Nid ydym yn gwneud penderfyniadau awtomataidd" (either answer), not only the right to object to them.
  'automated-decision-making': pass('the notice says whether automated decisions are made.', [
    { all: ['cyAutomated'], negatable: ['cyAutomated'], none: ['cyObject'] },
  ]),
  // "... anfon gwybodaeth i Lywodraeth Cymru drwy'r CYBLD", without the England law or body.
  'census-sharing-statutory': pass('the notice says pupil data goes to the Welsh Government in the statutory collection (PLASC).', [
    { all: ['cyWelshGovernment', 'cyCensusName'], none: ['cyEnglandOnly'], includeNpd: true },
  ]),
  // "Mae Llywodraeth Cymru yn defnyddio'r data i lunio ystadegau", with a gov.wales / llyw.cymru address.
  'national-pupil-database': pass(
    "the Welsh Government's own use of pupil data is described, with a link to its information.",
    [{ all: ['cyWelshGovernment', 'cyStatistics'], none: ['cyEnglandOnly'], includeNpd: true }],
    { alsoNeeds: [{ all: ['cyGovWalesLink'], includeNpd: true }] },
  ),
  // Careers Wales is the Welsh counterpart of the 13+ sharing.
  'youth-support-services': pass('pupil details go to Careers Wales (Gyrfa Cymru).', [{ all: ['cyCareersWales'] }]),
  // "cyfrineiriau", "amgryptio", "dan glo", not the Welsh Government's own processes.
  'security-measures': pass('the notice says how the school keeps data secure.', [
    { all: ['cySecurityMeasure'], none: ['cyWelshGovernment'] },
  ]),
  // "Rydym yn cadw enwau a rhifau ffôn rhieni er mwyn cysylltu â chi".
  'parents-carers-data': pass('the notice says what it holds about parents and carers, and why.', [
    { all: [['cyUse', 'cyParent'], 'cyPurposeMark'], prose: true },
  ]),
  // "GDPR y DU", "Deddf Diogelu Data 2018", where no unit names the 1998 Act, EU law or the EEA.
  'current-legislation': pass(
    'the current law (GDPR y DU / Deddf Diogelu Data 2018) is named and no outdated law.',
    [{ all: ['cyCurrentLaw'] }],
    {
      unlessAnywhere: [{ all: ['cyOutdatedLaw'], includeNpd: true }],
    },
  ),
  // The Welsh Government as the notice's government, with no England-only law or body anywhere.
  'jurisdiction-consistency': pass(
    'the notice uses the law and bodies of Wales and none of England.',
    [{ all: ['cyWelshGovernment'], includeNpd: true }],
    {
      unlessAnywhere: [{ all: ['cyEnglandOnly'], includeNpd: true }],
    },
  ),
};

/**
 * Conditional checks that do not apply to a Welsh notice unless one of these rules finds its subject: a Welsh notice
 * that never names biometrics or legitimate interests relies on neither (the English check reads their absence so too).
 */
export const WELSH_APPLIES_IF: Readonly<Record<string, readonly ConceptRule[]>> = {
  'biometrics-consent': [{ all: ['cyBiometric'], includeNpd: true }],
  'legitimate-interests-stated': [{ all: ['cyLegitimateInterests'], includeNpd: true }],
};

/**
 * The evaluator's reason codes whose verdicts read no English words and so stand on a Welsh notice: a school channel
 * found by its shape, a gov.wales / llyw.cymru link, a primary school's or an early-years setting's phase.
 */
export const LANGUAGE_FREE_REASONS: Readonly<Record<string, readonly string[]>> = {
  'controller-contact': ['channel-given', 'footer-channel', 'header-channel'],
  'how-government-uses-data': ['linked'],
  'youth-support-services': ['primary-school', 'early-years-setting'],
  // Outdated or other-nation law found by its English name or address ("Data Protection Act 1998", "(England) Regulations").
  'current-legislation': ['outdated-law'],
  'jurisdiction-consistency': ['other-nation-in-wales', 'other-nation-in-england', 'mixes-nations'],
};
