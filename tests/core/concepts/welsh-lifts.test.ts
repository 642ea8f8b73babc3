// Each Welsh lift on sentences written for this test (in other words than any fixture), with a mutated form where the
// grammar gives one, and on the traps: a Welsh notice's check moves from "needs a Welsh reader" to pass only when its
// Welsh concepts are found, and never to a gap.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { liftByConcepts } from '../../../src/core/concepts/lift-verdict';
import { WELSH_APPLIES_IF, WELSH_LIFTS } from '../../../src/core/checklist/data/welsh-lifts';
import { ConceptLiftSchema } from '../../../src/core/schema/checklist';
import type { Status } from '../../../src/core/report';
import { runAudit } from '../../../src/core/run-audit';

function indexOf(text: string): ConceptIndex {
  const doc = readText(`Hysbysiad Preifatrwydd\n\n${text}\n`);
  return new ConceptIndex(doc, analyseNotice(doc));
}

/** The status a Welsh notice's check reaches from "needs a Welsh reader" on `text`. */
function welshStatus(checkId: string, text: string): Status {
  const lifts = (WELSH_LIFTS[checkId] ?? []).map((l) => ConceptLiftSchema.parse(l));
  if (!lifts.length) throw new Error(`no Welsh lift for ${checkId}`);
  return liftByConcepts({ status: 'needs-review', message: 'unread', evidence: [] }, lifts, indexOf(text)).status;
}

const CASES: Array<[check: string, found: string, notFound: string]> = [
  [
    'controller-identity',
    "Ysgol Gynradd Maes y Wennol yw'r rheolydd data ar gyfer gwybodaeth disgyblion.",
    "Mae Llywodraeth Cymru yn defnyddio'r data.",
  ],
  ['dpo-contact', "Gellir cysylltu â'n Swyddog Diogelu Data drwy e-bost: sdd@maesywennol.sch.uk", 'Mae gan yr ysgol Swyddog Diogelu Data.'],
  ['purposes', "Rydym yn defnyddio'r wybodaeth i fonitro cynnydd disgyblion.", 'Mae gan yr ysgol dri dosbarth.'],
  [
    'lawful-basis-art6',
    "Rydym yn prosesu'r data er mwyn cydymffurfio â rhwymedigaeth gyfreithiol.",
    'Rydym yn dilyn y gyfraith diogelu data.',
  ],
  [
    'special-category-condition',
    "Rydym yn prosesu gwybodaeth iechyd am resymau o fudd sylweddol i'r cyhoedd.",
    'Mae gwybodaeth iechyd yn sensitif.',
  ],
  ['data-categories', 'Rydym yn cadw enwau, cofnodion presenoldeb a gwybodaeth feddygol.', 'Rydym yn cadw gwybodaeth.'],
  // Direction: received from the previous school counts; the family alone does not.
  ['data-sources', 'Rydym yn derbyn cofnodion gan yr ysgol flaenorol.', "Rydych chi'n rhoi'r wybodaeth i ni ar y ffurflen."],
  ['statutory-or-voluntary', "Mae'n rhaid rhoi rhai manylion, ond mae eraill yn wirfoddol.", "Mae'n rhaid i ni gasglu llawer o ddata."],
  // Direction: data sent to us is not sharing.
  ['recipients', 'Rydym yn rhannu gwybodaeth â Chyngor Sir Fynwy.', 'Mae Cyngor Sir Fynwy yn anfon gwybodaeth atom.'],
  ['international-transfers', "Nid ydym yn trosglwyddo data y tu allan i'r DU.", 'Rydym yn trosglwyddo cofnodion i ysgol nesaf y disgybl.'],
  // "dan glo" (under lock) is no period, nor "cyfnod allweddol" (key stage).
  ['retention', 'Cedwir y ffeil nes bod y disgybl yn 25 oed.', 'Cedwir papurau dan glo a chanlyniadau cyfnod allweddol 2.'],
  [
    'data-subject-rights',
    'Mae gennych hawl i weld eich gwybodaeth. Mae gennych hawl hefyd i ofyn i ni ei chywiro, ei dileu neu gyfyngu ar ei defnydd.',
    'Mae gennych hawl i weld eich gwybodaeth.',
  ],
  ['subject-access-route', 'I gael copi o wybodaeth eich plentyn, gofynnwch i swyddfa@maesywennol.sch.uk.', 'Gallwch weld yr wybodaeth.'],
  // "yn ôl y gyfraith" (by law) is not taking consent back.
  [
    'withdraw-consent',
    'Gallwch dynnu eich cydsyniad yn ôl ar unrhyw adeg.',
    'Rydym yn gofyn am ganiatâd cyn tynnu lluniau, yn ôl y gyfraith.',
  ],
  // Registration with the Commissioner is not a route to complain.
  [
    'complaint-to-ico',
    "Mae gennych hawl i wneud cwyn i'r Comisiynydd Gwybodaeth.",
    "Mae'r ysgol wedi cofrestru gyda'r Comisiynydd Gwybodaeth.",
  ],
  ['complaint-to-school', "Os oes gennych bryder, cysylltwch â'r pennaeth.", 'Cysylltwch â ni am wybodaeth.'],
  // The old right to object to automated decisions says nothing about whether they are made.
  [
    'automated-decision-making',
    'Nid ydym yn defnyddio proffilio na phenderfyniadau awtomataidd.',
    'Mae gennych hawl i wrthwynebu penderfyniadau awtomataidd.',
  ],
  // Nor does the right not to be subject to one; saying pupils are not subject to them does.
  [
    'automated-decision-making',
    'Nid yw disgyblion yn destun penderfyniadau awtomataidd.',
    "Mae gennych yr hawl i beidio â bod yn destun penderfyniad sy'n seiliedig ar brosesu awtomataidd yn unig.",
  ],
  [
    'census-sharing-statutory',
    "Rydym yn anfon data'r cyfrifiad ysgolion (CYBLD) i Lywodraeth Cymru bob mis Ionawr.",
    'Rydym yn anfon gwybodaeth i Lywodraeth Cymru.',
  ],
  [
    'national-pupil-database',
    'Mae Llywodraeth Cymru yn defnyddio data disgyblion ar gyfer ystadegau. Gweler https://llyw.cymru/ystadegau-ysgolion',
    'Mae Llywodraeth Cymru yn defnyddio data disgyblion ar gyfer ystadegau.',
  ],
  ['youth-support-services', 'Rydym yn rhannu manylion disgyblion Blwyddyn 11 gydag Yrfa Cymru.', 'Rydym yn rhannu manylion disgyblion.'],
  // The Welsh Government's own safeguards are not the school's.
  ['security-measures', 'Mae ein systemau wedi eu diogelu â chyfrineiriau.', 'Mae gan Lywodraeth Cymru systemau diogel ar gyfer y data.'],
  ['parents-carers-data', 'Rydym yn cadw rhifau ffôn rhieni er mwyn cysylltu mewn argyfwng.', 'Mae rhieni yn llenwi ffurflen.'],
  // The repealed Act anywhere keeps the current-law verdict for a reader.
  [
    'current-legislation',
    'Rydym yn dilyn GDPR y DU a Deddf Diogelu Data 2018.',
    'Rydym yn dilyn GDPR y DU. Mae Deddf Diogelu Data 1998 yn berthnasol hefyd.',
  ],
  [
    'jurisdiction-consistency',
    'Rydym yn rhannu data gyda Llywodraeth Cymru.',
    "Rydym yn rhannu data gyda Llywodraeth Cymru a'r Adran Addysg yn Lloegr.",
  ],
];

describe('Welsh lifts', () => {
  it('covers every check that has Welsh concepts', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(Object.keys(WELSH_LIFTS)));
  });

  it.each(CASES)('%s: found in Welsh -> pass; not found -> stays needs-review', (check, found, notFound) => {
    expect(welshStatus(check, found)).toBe('pass');
    expect(welshStatus(check, notFound)).toBe('needs-review');
  });

  it('lifts a bilingual notice\'s English "nothing found" when the Welsh says it', () => {
    const lifts = (WELSH_LIFTS['complaint-to-ico'] ?? []).map((l) => ConceptLiftSchema.parse(l));
    const index = indexOf('We keep records for six years.\n\nMae gennych hawl i gwyno i Swyddfa’r Comisiynydd Gwybodaeth.');
    expect(liftByConcepts({ status: 'fail', message: 'not found', evidence: [] }, lifts, index).status).toBe('pass');
  });
});

describe('a Welsh heading with its section on complaints', () => {
  it('does not lift when the section complains to the school and offers the regulator only for advice', () => {
    const text = [
      'Cwynion',
      "Rhowch wybod i'r pennaeth os oes gennych gŵyn am eich gwybodaeth. Gallwch gael cyngor annibynnol gan y Comisiynydd Gwybodaeth.",
    ].join('\n');
    expect(welshStatus('complaint-to-ico', text)).toBe('needs-review');
  });
  it('lifts when the section sends the complaint to the regulator', () => {
    const text = ['Cwynion', "Os ydych yn anfodlon, gallwch fynd â'r mater at y Comisiynydd Gwybodaeth."].join('\n');
    expect(welshStatus('complaint-to-ico', text)).toBe('pass');
  });
});

describe('Welsh mutations in the lifts', () => {
  it.each([
    ['complaint-to-ico', "Gallwch gwyno i'r ICO.", 'soft'],
    ['complaint-to-ico', 'Anfonwch eich cŵyn at y Comisiynydd Gwybodaeth.', 'accent'],
    ['complaint-to-ico', "Gallwch gyflwyno'ch cwyn i'r ICO.", 'radical'],
    ['lawful-basis-art6', "Rydym yn prosesu'r wybodaeth i gyflawni ein dasg gyhoeddus.", 'soft'],
    ['data-subject-rights', 'Mae gennych hawl i gael mynediad, i gywiro, i ddileu ac i wrthwynebu.', 'soft'],
    ['recipients', "Rydym yn rhannu gwybodaeth gyda Chyngor Gwynedd a'r heddlu.", 'aspirate'],
    ['census-sharing-statutory', "Mae'r ysgol yn anfon data i Weinidogion Cymru ar gyfer y cyfrifiad.", 'soft'],
    ['national-pupil-database', 'Defnyddir y data gan Lywodraeth Cymru i lunio ystadegau: https://llyw.cymru/data', 'soft'],
  ])('%s: %s (%s)', (check, text) => {
    expect(welshStatus(check, text)).toBe('pass');
  });
});

describe('conditional checks on a Welsh notice', () => {
  const appliesIf = (check: string, text: string) => indexOf(text).evidence([...(WELSH_APPLIES_IF[check] ?? [])], 1).length > 0;
  it('biometrics and legitimate interests apply only when named', () => {
    expect(appliesIf('biometrics-consent', 'Rydym yn defnyddio system fiometrig yn y ffreutur.')).toBe(true);
    expect(appliesIf('biometrics-consent', 'Rydym yn defnyddio gwybodaeth am ddisgyblion.')).toBe(false);
    expect(appliesIf('legitimate-interests-stated', 'Rydym yn dibynnu ar ein buddiannau dilys.')).toBe(true);
    expect(appliesIf('legitimate-interests-stated', 'Rydym yn dibynnu ar dasg er budd y cyhoedd.')).toBe(false);
  });
});

describe('a bilingual notice: the Welsh text lifts only what the English text left unfound', () => {
  const bilingual = (censusEnglish: string, complaintEnglish: string) =>
    [
      'Hysbysiad Preifatrwydd / Privacy Notice',
      'Ysgol Gynradd Maes y Wennol yw’r rheolydd data ar gyfer gwybodaeth disgyblion a’u teuluoedd.',
      'Maes y Wennol Primary School is the data controller for information about pupils and their families.',
      'Bob mis Ionawr rydym yn anfon gwybodaeth am bob disgybl i Lywodraeth Cymru drwy’r Cyfrifiad Ysgolion Blynyddol ar Lefel Disgyblion (CYBLD), fel sy’n ofynnol gan y gyfraith.',
      censusEnglish,
      'Mae gennych hawl i gwyno i Swyddfa’r Comisiynydd Gwybodaeth os ydych yn anhapus.',
      complaintEnglish,
      'Rydym yn cadw cofnodion disgyblion yn ddiogel ac yn eu trosglwyddo i’r ysgol nesaf pan fydd plentyn yn gadael.',
      'We keep pupil records securely and pass them to the next school when a child leaves.',
    ].join('\n\n');
  const status = (id: string, text: string) =>
    runAudit({ notice: { format: 'text', text, url: 'https://maesywennol.example/privacy' } }, { asOf: '2026-12-05' }).items.find(
      (i) => i.id === id,
    )?.status;
  const englandLaw =
    'Every January we send information about each pupil to the Welsh Government through PLASC, under the Education (Information About Individual Pupils) (England) Regulations 2013.';

  it('keeps the English text’s England-only law a gap, though the Welsh text names only Welsh bodies', () => {
    expect(status('jurisdiction-consistency', bilingual(englandLaw, 'Please tell us if you are unhappy.'))).toBe('fail');
  });
  it('still lifts a point the English text never makes and the Welsh text does (the ICO complaint)', () => {
    expect(status('complaint-to-ico', bilingual(englandLaw, 'Please tell us if you are unhappy.'))).toBe('pass');
  });
});
