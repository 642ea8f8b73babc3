// Whole-check verdicts on near misses: legitimate interests named only in a question someone asks, or given as their
// own definition said back (checklist.md 2.6); the channel a pupil's file moves by beside the Common Transfer File, which
// is no statement of how the school keeps data secure (2.13); and a Welsh school's previous schools, "including schools
// in England", which is a pupil's move, not England's law (2.26); an unfunded Welsh playgroup whose only talk of
// government denies any return (2.20), and England's early years framework cited by it (2.26); and the sources of a
// government's records, named a sentence after it (2.9). Each passage is read alone inside a notice that says nothing
// else.
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

const playgroupStatus = statusReader({
  school: 'Cylch Chwarae Nant Fach',
  ages: '2 to 4',
  title: 'Privacy notice for families of the playgroup in Wales',
  closing: 'We are registered with Care Inspectorate Wales under the Child Minding and Day Care (Wales) Regulations 2010.',
  url: 'https://nantfach.example/privacy',
  asOf: '2026-12-05',
});

describe('government checks: an unfunded playgroup that says it makes no returns', () => {
  it.each(['census-sharing-statutory', 'national-pupil-database', 'how-government-uses-data'])(
    'reads %s as not applicable when the only talk of government denies any return',
    (id) => {
      const passage =
        'We are run by a committee of parents. We do not offer funded places, and we never submit census returns about individual children to the council or to the Welsh Government.';
      expect(playgroupStatus(id, passage)).toBe('not-applicable');
    },
  );
});

describe('jurisdiction-consistency: England’s early years framework in a Welsh setting', () => {
  it('fails a Welsh playgroup that records progress under the Early Years Foundation Stage', () => {
    const passage = 'Staff keep each child’s learning record as the Early Years Foundation Stage framework requires.';
    expect(playgroupStatus('jurisdiction-consistency', passage)).toBe('fail');
  });
});

describe('data-sources: sources of a government named a sentence before', () => {
  it('does not read where a government’s records come from as the school’s sources', () => {
    const passage =
      'Families give us this information on the admission form.\nThe Department for Education uses the census to plan how schools are funded. Its information is collected from many sources, including schools and local authorities.';
    expect(status('data-sources', passage)).toBe('partial');
  });
});
