// Verdicts on short passages for youth support services (checklist.md 2.23) where the 13+ sharing is named but the option
// falls short: a choice with nothing said of what it keeps, the parent's choice with nothing of the pupil's own from 16,
// the choice given to parents in a setting whose students are all 16 or over, and the section said to be left out.
import { describe, expect, it } from 'vitest';
import { noticeStatus, skeletonNotice, statusReader } from './passage-status';
import { runAudit } from '../../../src/core/run-audit';

const SKELETON = {
  school: 'Brackenfold Academy',
  ages: '11 to 18',
  title: 'How we use pupil information',
  closing: 'Thank you for reading.',
  url: 'https://brackenfold.sch.example/privacy',
  asOf: '2026-12-02',
};
const status = statusReader(SKELETON);

const SHARING =
  "When a student turns 13, Marlow County Council's youth service starts to receive information from us so that it can support 13 to 19 year olds into learning or work (Education Act 1996, section 507B).";

describe('youth support services: the option must say what it keeps and pass to the pupil at 16', () => {
  it('passes when a parent, and from 16 the student, may keep it to the basic identifying details', () => {
    expect(
      status(
        'youth-support-services',
        `${SHARING} A parent may ask us to send nothing other than the student's name, address and birth date; a student of 16 or more can ask the same on their own account.`,
      ),
    ).toBe('pass');
  });
  it('passes the model wording where the right moves to the pupil at the age 16', () => {
    expect(
      status(
        'youth-support-services',
        `${SHARING} The information sent is limited to the student's name, address and date of birth; where a parent gives consent, other information relevant to youth support is sent as well. On attaining the age of 16 the student holds this right.`,
      ),
    ).toBe('pass');
  });
  it("passes when the pupil's own choice from 16 is said to the pupil, with a contraction ('once you're 16')", () => {
    expect(
      status(
        'youth-support-services',
        `${SHARING} Until then your parent or carer can ask us to pass on only your name, address and date of birth. When you’re 16, that decision moves to you.`,
      ),
    ).toBe('pass');
    expect(
      status(
        'youth-support-services',
        `${SHARING} Your parents can tell us to send only your name, address and date of birth. After you're sixteen you can tell us that yourself.`,
      ),
    ).toBe('pass');
  });
  it('is partial when the choice is offered with nothing said of what it keeps', () => {
    expect(
      status(
        'youth-support-services',
        "From 13, the council's youth support team is sent information about our students. A parent may object to this by writing to the head, and the right passes to the student at 16.",
      ),
    ).toBe('partial');
  });
  it("is partial when only the parent's choice is given, with nothing of the student's own from 16", () => {
    expect(
      status(
        'youth-support-services',
        `${SHARING} A parent may ask us to send nothing other than the student's name, address and birth date.`,
      ),
    ).toBe('partial');
  });
  it('is partial when the age-16 words are about something else in the section', () => {
    expect(
      status(
        'youth-support-services',
        `${SHARING} Parents can tell us to share only the name, address and date of birth. Students in Year 11 sit their exams at 15 or 16 and most go on to our sixth form.`,
      ),
    ).toBe('partial');
  });
});

describe('youth support services: in a setting of students all 16 or over the choice is the student’s', () => {
  const SETTING = 'Tollgate is a 16 to 19 academy, so every student here is 16 or over.';
  const TEAM =
    "Because councils must support every young person up to 19 in learning (section 507B of the Education Act 1996), we send details about you to the council's youth support team.";
  it('passes when the student may keep it to name, address and date of birth', () => {
    expect(
      status(
        'youth-support-services',
        `${SETTING}\n${TEAM} You can ask us to send only your name, address and date of birth - just tell Student Services.`,
      ),
    ).toBe('pass');
  });
  it('reads "our students are aged 16 or over" as such a setting too', () => {
    const text = [
      'Tollgate College: privacy notice for students',
      'Tollgate College teaches A levels and vocational courses to students aged 16 to 19.',
      'YOUTH SUPPORT SERVICES',
      "Because councils must support young people up to 19 in learning (section 507B of the Education Act 1996), we send details about students to the council's youth support team.",
      'Because our students are aged 16 or over, each student may tell us not to send anything beyond their name, address and date of birth.',
    ].join('\n\n');
    expect(noticeStatus('youth-support-services', text, 'https://tollgate.example/privacy', '2026-12-04')).toBe('pass');
  });
  it('is partial when the choice is given to the parent or carer', () => {
    expect(
      status(
        'youth-support-services',
        `${SETTING}\n${TEAM} Your parent or carer can ask that only your name, address and date of birth are sent.`,
      ),
    ).toBe('partial');
  });
  it('passes when the choice is said to be the student’s in other words', () => {
    const DEFAULT = 'The council always gets your name, address and date of birth.';
    for (const choice of [
      'We add your timetable and attendance too, unless you tell us otherwise.',
      'Sending more than that is up to you: this is your choice, as you are over 16.',
      'Should we send anything more? If you would rather we kept to those three details, email the office.',
    ])
      expect(status('youth-support-services', `${SETTING}\n${TEAM} ${DEFAULT} ${choice}`), choice).toBe('pass');
  });
});

describe('youth support services: the section said not to apply in a school with 13+ pupils', () => {
  it('fails when the only mention leaves the section out', () => {
    expect(
      status(
        'youth-support-services',
        'Youth support services: this part of the model notice does not apply to our school and has been left out.',
      ),
    ).toBe('fail');
  });
  it('fails when the sentence after the sharing turns it down, under a heading of its own', () => {
    expect(
      status(
        'youth-support-services',
        'Youth support services\nSchools pass some pupil details to the youth support service once pupils reach 13. Our pupils move on at the end of Year 8, so this does not apply here.',
      ),
    ).toBe('fail');
  });
  it('fails when the school reasons its way out of the sharing, in the same sentence or the next', () => {
    expect(
      status(
        'youth-support-services',
        'Youth support services\nOur Year 8 pupils go on to the upper school before they are old enough for this, so we do not pass their details to youth support services.',
      ),
    ).toBe('fail');
    expect(
      status(
        'youth-support-services',
        'Youth support services\nThe council’s youth support service receives some details of pupils aged 13 and over. Because our pupils move up at the end of Year 8, this is done by the upper school rather than us.',
      ),
    ).toBe('fail');
  });
  it('fails when the next sentence calls the section not relevant, and quotes both sentences', () => {
    const passage =
      'A note on youth support\nThe model notices for schools include a section on youth support services for pupils aged 13 and over. Since our pupils leave us at 13, that section is not relevant to us.';
    const item = runAudit(
      { notice: { format: 'text', text: skeletonNotice(SKELETON, passage, 'youth-support-services'), url: SKELETON.url } },
      { asOf: SKELETON.asOf },
    ).items.find((i) => i.id === 'youth-support-services')!;
    expect(item.status).toBe('fail');
    expect(item.evidence.map((e) => e.text)).toEqual([
      expect.stringContaining('include a section on youth support services'),
      expect.stringContaining('that section is not relevant to us'),
    ]);
  });
  it('does not read a limit of whom the sharing touches, or a condition, as the section turned down', () => {
    for (const after of [
      'This does not apply to pupils under 13.',
      'It does not apply if you ask us to pass on nothing but the name, address and date of birth.',
    ])
      expect(
        status(
          'youth-support-services',
          `Youth support services\nOnce pupils reach 13 we pass their name and address to the youth support service. ${after}`,
        ),
        after,
      ).not.toBe('fail');
  });
  it('still passes when the section is described and another part is said not to apply', () => {
    expect(
      status(
        'youth-support-services',
        `${SHARING} Parents can tell us to pass on nothing but the name, address and date of birth, and students decide this themselves once they are 16.\nBiometric catering does not apply to our school.`,
      ),
    ).toBe('pass');
  });
});
