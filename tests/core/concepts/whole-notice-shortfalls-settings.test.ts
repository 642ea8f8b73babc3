// Whole notices from settings whose rules differ (a Welsh secondary, an early-years setting, a short stay school with no
// phase in its name): what the setting says about itself decides nation and phase, and a check's own section is read,
// not topic words that recur elsewhere (checklist.md 2.1, 2.3, 2.20, 2.23, 2.26).
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { readText } from '../../../src/core/notice/read-text';
import { detectNation } from '../../../src/core/analysis/detect-nation';
import { detectPhase } from '../../../src/core/analysis/detect-phase';
import { detectSchool } from '../../../src/core/analysis/detect-school';

function auditOf(text: string) {
  return runAudit({ notice: { format: 'text', text, url: 'https://setting.example/privacy' } }, { asOf: '2026-12-02' });
}
const statusOf = (id: string, text: string) => auditOf(text).items.find((i) => i.id === id)?.status;

const SHORT_STAY = (
  census: string,
  controller = 'The management committee of Quayside House is the data controller.',
) => `Privacy notice for students and families

Quayside House is a short stay school for students who cannot attend mainstream school for a while.
${controller}

Why we use information
We use it to plan each student's learning, to keep students safe, to meet our statutory duties and to support each
student's return to mainstream school as soon as possible.

Who we share information with
We share with the student's home school, the county council, the Department for Education and the NHS.

${census}

Data Protection Officer
Our DPO is provided by the county council: dpo@county.example.gov.uk.

Contact
Quayside House, 4 Dock Lane, Seaport SP1 2AB. Email office@quayside.example.sch.uk.
`;

describe('census sharing: "return" as a pupil coming back is not a statutory return', () => {
  it('a vague line about government is partial even beside "statutory duties" and a return to school', () => {
    expect(statusOf('census-sharing-statutory', SHORT_STAY('From time to time some details go to government departments.'))).toBe(
      'partial',
    );
  });

  it('passes once the school says it must send the census', () => {
    expect(
      statusOf(
        'census-sharing-statutory',
        SHORT_STAY('By law we send the Department for Education termly census returns about our students.'),
      ),
    ).toBe('pass');
  });
});

describe('controller-identity and school name for a provision whose name has no school noun', () => {
  it('reads the name from "X is a short stay school"', () => {
    expect(auditOf(SHORT_STAY('We send the school census to the DfE by law.')).school).toBe('Quayside House');
  });

  it('a Welsh name keeps its own words, not the notice title run on after it', () => {
    expect(detectSchool(readText('Ysgol Bryn Derw Privacy Notice: how we use learner information')).value).toBe('Ysgol Bryn Derw');
  });

  it('a bracketed short name between the name and "is the data controller" still names the controller', () => {
    const text = SHORT_STAY('We send the school census to the DfE by law.', 'Quayside House ("the Centre") is the data controller.');
    expect(statusOf('controller-identity', text)).toBe('pass');
  });

  it('a controller statement with no name stays short of it', () => {
    const text = SHORT_STAY('We send the school census to the DfE by law.', 'The Centre is the data controller.').replace(
      'Quayside House is a short stay school',
      'We are a short stay school',
    );
    expect(statusOf('controller-identity', text)).not.toBe('pass');
  });
});

const WELSH = (dpo: string) => `Ysgol Cwm Tawel: how we use learner information

We teach learners from Year 7 to Year 13. Information is shared with the Welsh Government through PLASC under the
Education (Information About Individual Pupils) (Wales) Regulations 2007.

Your rights
You can ask for a copy of your information by contacting the school office or our Data Protection Officer.

${dpo}

Contact
Email office@cwmtawel.example.sch.uk.
`;

describe("dpo-contact: the Welsh Government's DPO mailbox is not the school's DPO", () => {
  it('is not a pass on the government DPO', () => {
    expect(
      statusOf(
        'dpo-contact',
        WELSH(
          "Questions about Welsh Government data can go to the Welsh Government's Data Protection Officer at dataprotectionofficer@gov.wales.",
        ),
      ),
    ).toBe('partial');
  });

  it("passes on the school's own DPO mailbox", () => {
    expect(statusOf('dpo-contact', WELSH('Our DPO is shared by the county schools: schoolsdpo@county.example.gov.uk.'))).toBe('pass');
  });
});

describe('nation and phase from the setting’s own words', () => {
  const nationOf = (text: string) => detectNation(readText(text)).value;
  const phaseOf = (text: string) => {
    const doc = readText(text);
    return detectPhase(doc, detectSchool(doc).value, new Set()).value;
  };

  it('a school named "Ysgol ..." is in Wales; the word in passing is not enough', () => {
    expect(nationOf('Ysgol Glan Morfa privacy notice for learners and parents.')).toBe('wales');
    expect(nationOf('Cylch Meithrin Bro Hafren: how we use information about children.')).toBe('wales');
    expect(nationOf('Privacy notice. Some pupils join us from an ysgol across the border.')).toBe('unknown');
  });

  it.each([
    ['Riverside privacy notice. Our learners are between eleven and eighteen years old.', 'secondary'],
    ['Brook House privacy notice. Our students are aged between 11 and 16.', 'secondary'],
    ['The Learning Hub privacy notice. Places are for pupils in Years 10 and 11.', 'secondary'],
    ['Sunflowers privacy notice. We care for funded two-year-olds and three- and four-year-olds.', 'nursery'],
    ['Sunflowers privacy notice. We care for under-fives in the village.', 'nursery'],
    ['Meadow privacy notice. Our children are aged between four and eleven.', 'primary'],
  ])('%s -> %s', (text, phase) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('a retention period in years is not a year group', () => {
    expect(phaseOf('Meadow privacy notice. We keep records for 6 years and then destroy them.')).toBe('unknown');
  });
});
