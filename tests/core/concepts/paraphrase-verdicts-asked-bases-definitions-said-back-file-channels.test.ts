// Whole-check verdicts on near misses: legitimate interests named only in a question someone asks, or given as their
// own definition said back (checklist.md 2.6); the channel a pupil's file moves by beside the Common Transfer File, which
// is no statement of how the school keeps data secure (2.13); and a Welsh school's previous schools, "including schools
// in England", which is a pupil's move, not England's law (2.26). Each passage is read alone inside a notice that says
// nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Heronsgate Community Primary School',
  ages: '4 to 11',
  title: 'How we use information about pupils and families',
  closing: 'This is the end of the notice.',
  url: 'https://heronsgate.sch.example/privacy',
  asOf: '2026-12-05',
});

describe('legitimate-interests-stated: asked about, or the definition said back', () => {
  it('reads the basis named only in a question, answered no, as not relied on', () => {
    const passage =
      'Parents sometimes ask us whether the school relies on "legitimate interests". As a public authority we cannot, and nothing in this notice depends on them.';
    expect(status('legitimate-interests-stated', passage)).toBe('not-applicable');
  });
  it('reads the definition said back as naming no interest', () => {
    const passage = 'Legitimate interests – we might process your data when it is needed for our legitimate interests.';
    expect(status('legitimate-interests-stated', passage)).toBe('fail');
  });
  it('still reads an interest named after the colon', () => {
    const passage = 'Legitimate interests: we may send former pupils news of reunions and the alumni newsletter.';
    expect(status('legitimate-interests-stated', passage)).toBe('pass');
  });
});

describe('security-measures: a file’s channel between schools', () => {
  it('does not read the Common Transfer File and secure file transfer as the school’s security', () => {
    const passage = 'Records reach us from a child’s last school or nursery through the Common Transfer File or by secure file transfer.';
    expect(status('security-measures', passage)).toBe('fail');
  });
});

const welshStatus = statusReader({
  school: 'Ysgol Gynradd Bryn Hedydd',
  ages: '3 to 11',
  title: 'Privacy notice for learners and families',
  closing:
    'The Welsh Government collects learner data through PLASC under the Education (Information About Individual Pupils) (Wales) Regulations 2007.',
  url: 'https://brynhedydd.sch.example/privacy',
  asOf: '2026-12-05',
});

describe('jurisdiction-consistency: previous schools over the border', () => {
  it('passes a Welsh school naming schools in England among a learner’s previous schools', () => {
    const passage =
      'We receive information from the learner’s nursery and from any other school the learner went to before, including schools in England.';
    expect(welshStatus('jurisdiction-consistency', passage)).toBe('pass');
  });
});
