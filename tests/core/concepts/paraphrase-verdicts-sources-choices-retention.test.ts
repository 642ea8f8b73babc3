// Whole-check verdicts on near misses in other words: records named only as going out to the next school, "court
// orders" a family hands in, a census section whose "comes from" is the government's, periods given only for a
// referral, an online account or a camera clip, a duty to give data said passively or as an instruction to parents,
// next to passages that do say the thing. Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';
import { isGap } from '../../../src/core/report';

const status = statusReader({
  school: 'Thornleigh Brook Primary School',
  ages: '3 to 11',
  title: 'Privacy notice: pupils and their families',
  closing: 'This is the end of the notice.',
  url: 'https://thornleighbrook.sch.example/privacy',
  asOf: '2026-12-02',
});

interface Cases {
  pass: string[];
  gap: string[];
  partial?: string[];
  fail?: string[];
}

const CASES: Record<string, Cases> = {
  'data-sources': {
    pass: [
      'When a child joins us partway through primary, the school they attended before sends us their file through the Common Transfer File.',
      'Who we get information from:\n- you, on the joining form\n- the nursery your child came from\n- the local authority',
    ],
    gap: [
      // the transfer file named only in a list of who the school gives data to
      'Almost all the information we hold comes from you, on the joining form.\n\nWho we hand information on to:\n\n- the secondary school each pupil moves up to, which gets the pupil file and the Common Transfer File\n- the county council, for admissions and funding',
      // a court order handed in by the family is a record, not a court sending data
      'Almost everything we hold comes from you, on the joining form. Please let us have a copy of any court order about who may collect your child.',
      // the census section: the body named is where data goes
      "The census\nEach term we send a return about every pupil to the Department for Education. It is where the Department's figures on schools come from.",
    ],
    partial: [
      'Almost all the information we hold comes from you, on the joining form.\n\nWho we hand information on to:\n\n- the secondary school each pupil moves up to, which gets the pupil file and the Common Transfer File\n- the county council, for admissions and funding',
    ],
  },
  'statutory-or-voluntary': {
    pass: [
      "Your child's name and date of birth must be given; the questions on religion are up to you.",
      // written for children: both sides, then the promise to say which when asking
      'Some things your grown-ups have to tell us, because schools must have them. Other things are up to them. When we ask, we always say which is which.',
    ],
    gap: ['Some pupil details are required to be provided under education law.'],
    // a duty to give data, with no word on choice (checklist.md 2.10 partial), however it is put
    partial: [
      'Some pupil details are required to be provided under education law.',
      'Families must fill in the whole of the September data sheet, because the census depends on it.',
      'The school is obliged by law to obtain a good deal of what it holds on each child.',
      // the duty to collect, with a purpose after it that sends returns on
      'We have to collect much of this information by law, so that we can run the school and send the returns the county council asks for.',
    ],
    // keeping details accurate, a duty to pass data on, and a consent form say nothing about giving data
    fail: [
      'You must tell us if your address changes.',
      'Pupil details are required to be provided to the county council.',
      'Parents must complete the consent form before a trip.',
    ],
  },
  retention: {
    pass: [
      // records generally, beside one activity's period
      "We keep each pupil's main file until they turn 25; referral papers are shredded after six years.",
    ],
    gap: [
      // a period for one activity's records only (checklist.md 2.13 partial)
      "Referral files, and the doctors' letters behind them, are destroyed six years after a pupil's final placement.",
      'Pupils lose their online accounts when they leave us, and anything stored in them is wiped after 60 days.',
      'When something happens on camera that we need to look into, we save the clip and keep it until the matter is settled.',
      // the time carried on in a clause with no subject of its own is still the footage's
      'If footage is needed for a complaint, an exclusion or an insurance claim, the clip is kept until the matter is closed, and then for up to six months after any appeal.',
    ],
  },
};

describe('verdicts on near misses in other words, read alone', () => {
  for (const [id, { pass, gap, partial = [], fail = [] }] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(pass)('passes: %s', (passage) => expect(status(id, passage)).toBe('pass'));
      it.each(gap)('stays a gap: %s', (passage) => expect(isGap(status(id, passage))).toBe(true));
      if (partial.length) it.each(partial)('is partial: %s', (passage) => expect(status(id, passage)).toBe('partial'));
      if (fail.length) it.each(fail)('fails: %s', (passage) => expect(status(id, passage)).toBe('fail'));
    });
  }
});
