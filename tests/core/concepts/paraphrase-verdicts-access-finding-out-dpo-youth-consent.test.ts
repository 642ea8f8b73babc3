// Verdicts on short passages for subject access where the request is put as finding out what is held or sits under a
// heading naming the request (checklist.md 2.15), and where the only person named to ask is a DPO with no channel in
// the document (2.15 partial: a role with no channel); and for youth support services, where the consent that widens
// the basic details must be about the 13+ sharing, not consent given for something else in the notice (2.23).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Brackenridge Community School',
  ages: '11 to 16',
  title: 'How we look after pupil information',
  closing: 'This notice is reviewed every year.',
  url: 'https://brackenridge.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('subject access: the request in other words', () => {
  it('passes a rights item about finding out what is held, with the DPO reached through details given earlier', () => {
    expect(
      status(
        'subject-access-route',
        'Our Data Protection Officer can be reached at dataprotection@brackenridge.sch.example or on 01632 771 204.\n\nYou have the right to:\n\n- find out what information we keep about you and be given a copy;\n- have wrong details put right.\n\nTo do this, write to the Data Protection Officer (details above).',
      ),
    ).toBe('pass');
  });
  it('passes a heading naming the request, answered by the lines under it', () => {
    expect(
      status(
        'subject-access-route',
        'Contacting the Data Protection Officer\n\nEmail dpo@brackenridge.sch.example or telephone 01632 771 205.\n\nHow can I get my records?\n\nSend a note to the Data Protection Officer at the address above, and we will answer within a month.',
      ),
    ).toBe('pass');
  });
  it('is partial when requests go to a DPO who is given no channel, though the school office has one', () => {
    expect(
      status(
        'subject-access-route',
        'The school office answers the phone on 01632 771 200 during term.\n\nYou can ask us for a copy of what we keep about your child.\n\nCan I see what you keep about my child?\n\nYes: ask our Data Protection Officer, who will reply within one month.',
      ),
    ).toBe('partial');
  });
});

describe('subject access: near misses in the same words', () => {
  it('does not read the notice saying what it is for as a request route', () => {
    expect(
      status(
        'subject-access-route',
        'This notice lets you find out what information we hold about pupils and why.\n\nThe school office can be reached on 01632 771 200 or at office@brackenridge.sch.example.',
      ),
    ).toBe('fail');
  });
  it('does not read a heading about keeping records safe as a request', () => {
    expect(
      status(
        'subject-access-route',
        'How we protect your records\n\nFiles are locked away and our systems need a password. Questions to office@brackenridge.sch.example.',
      ),
    ).toBe('fail');
  });
});

describe('youth support services: the consent that widens the basic details', () => {
  it('passes when the 13+ sharing says the youth service gets more only if a parent agrees', () => {
    expect(
      status(
        'youth-support-services',
        "Pupils aged 13 and over\n\nFrom thirteen, Lowfield Council's youth support service hears from us about each pupil, because it helps 13 to 19 year olds stay in education or training. If a parent agrees, we tell the youth service a bit more than the basics; from 16 the pupil decides.",
      ),
    ).toBe('pass');
  });
  it('is partial when the only consent to more is about photographs, in another part of the notice', () => {
    expect(
      status(
        'youth-support-services',
        "Photographs\n\nWith a parent's consent we may use more photographs of pupils on the website.\n\nKeeping information safe\n\nOur systems need a password and paper files are locked away.\n\nStaff are trained every year.\n\nWe check our suppliers before we use them.\n\nPupils aged 13 and over\n\nFrom thirteen, Lowfield Council's youth support service hears from us about each pupil, because it helps 13 to 19 year olds stay in education or training.",
      ),
    ).toBe('partial');
  });
  it('is partial when the basic details and a choice appear only in the list of data held', () => {
    expect(
      status(
        'youth-support-services',
        "We hold the following:\n\n- who the pupil is: name, address and date of birth;\n- consent forms, where parents can ask us to limit photographs to school use only.\n\nKeeping information safe\n\nOur systems need a password and paper files are locked away.\n\nStaff are trained every year.\n\nWe check our suppliers before we use them.\n\nFrom thirteen, Lowfield Council's youth support service hears from us about each pupil, because it helps 13 to 19 year olds stay in education or training.",
      ),
    ).toBe('partial');
  });
});

describe('youth support services: the service named in plain words', () => {
  it("passes the council's youth service with a parent's agreement for more, said in the same section", () => {
    expect(
      status(
        'youth-support-services',
        "Once you reach 13, Lowfield Council's youth service gets your name, address and date of birth from us so it can help with training and careers. Anything more goes only if a parent gives permission, and from 16 you decide.",
      ),
    ).toBe('pass');
  });
  it("is not met by the council's youth service telling the school about a pupil", () => {
    expect(
      status(
        'youth-support-services',
        "Lowfield Council's youth service tells us when one of its workers is supporting a pupil, so that we can work together.",
      ),
    ).toBe('fail');
  });
});

describe('census sharing: the government as the one receiving', () => {
  it('is partial when the Department is said to receive pupil details from the school, with no census or law', () => {
    expect(
      status(
        'census-sharing-statutory',
        'The Department for Education receives details of every pupil from us, and uses them to fund places.',
      ),
    ).toBe('partial');
  });
  it('passes when the Department collects the details from schools through the census', () => {
    expect(
      status(
        'census-sharing-statutory',
        'Each term the Department for Education collects details of every pupil from schools through the school census.',
      ),
    ).toBe('pass');
  });
  it('is not met by the school receiving information from the Department', () => {
    expect(
      status('census-sharing-statutory', 'Now and then we receive guidance and data from the Department for Education about our results.'),
    ).toBe('fail');
  });
});

describe('biometrics: a heading over a denial', () => {
  it('does not apply when the section titled for biometrics says none are used', () => {
    expect(
      status(
        'biometrics-consent',
        'Fingerprint and face recognition\n\nWe don’t use fingerprint readers or face recognition at any point in the school day.',
      ),
    ).toBe('not-applicable');
  });
  it('passes a heading over a condition that reads like a denial: none used unless a parent agrees in writing', () => {
    expect(
      status(
        'biometrics-consent',
        'Fingerprint recognition\n\nNo fingerprint template is taken for the library system unless a parent has agreed in writing, and a pupil may refuse.',
      ),
    ).toBe('pass');
  });
  it('is partial when the section under the same heading describes a reader with no consent', () => {
    expect(
      status(
        'biometrics-consent',
        'Fingerprint and face recognition\n\nPupils pay for lunch by placing a finger on the reader at the till.',
      ),
    ).toBe('partial');
  });
});

describe('subject access: whom to ask, said in the next sentence', () => {
  it('is partial when the next sentence names a data manager who has no channel anywhere', () => {
    expect(
      status(
        'subject-access-route',
        'Contact us\n\nThe office is on office@brackenridge.sch.example.\n\nYour rights\n\nYou have the right to request access to the information we hold. Please contact Ms Rowe, our Data Manager.',
      ),
    ).toBe('partial');
  });
  it("passes when the next sentence sends the reader to the setting's manager, reached through the setting's own details", () => {
    expect(
      status(
        'subject-access-route',
        'Contact us\n\nThe office is on office@brackenridge.sch.example.\n\nYour rights\n\nYou have the right to request access to the information we hold. Please speak to the school manager, Mrs Ann Rowe.',
      ),
    ).toBe('pass');
  });
});
