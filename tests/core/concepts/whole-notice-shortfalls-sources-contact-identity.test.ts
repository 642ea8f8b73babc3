// Shortfalls inside whole notices for where data comes from, the school's contact channel and the controller's name:
// the check's own section falls short while the topic's words recur elsewhere (a sharing table naming the CTF, a pupils'
// council that "tells us" things, a postal address in the contact block).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const statusOf = (id: string, text: string) => noticeStatus(id, text);

// A primary school's notice with the sections other checks read; `sources`, `contact` and `who` replace the sections
// under test.
function notice(parts: { sources?: string; contact?: string; who?: string }): string {
  return [
    'Privacy notice: how we use pupil information',
    parts.who ?? 'Fernlea Community Primary School is the data controller for the information in this notice.',
    'What we hold',
    'We hold names, addresses, attendance, assessment results, medical needs and special educational needs.',
    'Where the information comes from',
    parts.sources ?? "Most comes from you, and some reaches us from your child's previous school through the Common Transfer File.",
    "Our pupils' school council, elected by each class, also tells us what children think about lunches and playtimes.",
    'Who we share pupil information with',
    'We routinely share pupil information with:',
    '| Recipient | What we share | Why |',
    '| Schools that pupils move on to | the pupil file and CTF | so their education continues |',
    '| Northwold County Council | attendance and safeguarding data | statutory duties |',
    '| The Department for Education | school census data | statutory collections |',
    'Our Data Protection Officer is provided by the council and can be reached at schoolsdpo@northwold.gov.uk.',
    'Contact',
    parts.contact ?? 'If you have a question about this notice, phone the school office on 01632 960777.',
    'Last updated: 2 October 2026',
  ].join('\n');
}

describe('data-sources: the family alone, while a sharing table and a pupils\u2019 council recur elsewhere', () => {
  it('the CTF in a row of a sharing table is where records go, not where they come from', () => {
    expect(
      statusOf('data-sources', notice({ sources: 'Parents give us nearly all of it on the admission form when a child starts.' })),
    ).toBe('partial');
  });
  it('a council of pupils that tells us its views is not the local authority', () => {
    expect(statusOf('data-sources', notice({ sources: 'Everything we keep comes from the forms that families fill in.' }))).toBe('partial');
  });
  it('an answer about records leaving for the next school names no source', () => {
    expect(
      statusOf(
        'data-sources',
        notice({ sources: 'You give us this on the joining form. When a pupil leaves, we send their file on to their next school.' }),
      ),
    ).toBe('partial');
  });
  it('the school a pupil came from, said as a clause, is a source', () => {
    const sources = 'When a child joins us mid-year, the school your child attended before sends us their file.';
    expect(statusOf('data-sources', notice({ sources }))).toBe('pass');
  });
  it('the council or the old school sending us information is a source', () => {
    expect(
      statusOf('data-sources', notice({ sources: 'Northwold County Council sends us admissions details about each new pupil.' })),
    ).toBe('pass');
    expect(statusOf('data-sources', notice({}))).toBe('pass');
  });
});

describe('controller-contact: an address written against harvesting is still a channel', () => {
  it('a bracketed "at" and "dot" email is the school\u2019s channel', () => {
    expect(
      statusOf('controller-contact', notice({ contact: 'Questions? Email the office: enquiries [at] fernlea [dot] sch [dot] uk.' })),
    ).toBe('pass');
    expect(statusOf('controller-contact', notice({ contact: 'Send questions to head(at)fernlea.sch.uk.' }))).toBe('pass');
  });
  it('a kind of channel named but not given leaves only the DPO\u2019s', () => {
    expect(statusOf('controller-contact', notice({ contact: 'If you have a question about this notice, email the school office.' }))).toBe(
      'partial',
    );
  });
});

describe('controller-identity: the name only as where post goes', () => {
  const unnamed = 'The school is the data controller for the information in this notice.';
  it('a postal address in the contact sentence does not name the controller', () => {
    const contact = 'If you have a question about this notice, write to Fernlea Community Primary School, Mill Lane, Northwold NW4 2BX.';
    expect(statusOf('controller-identity', notice({ who: unnamed, contact }))).toBe('partial');
  });
  it('the same address beside a named controller statement passes', () => {
    const contact = 'If you have a question about this notice, write to Fernlea Community Primary School, Mill Lane, Northwold NW4 2BX.';
    expect(statusOf('controller-identity', notice({ contact }))).toBe('pass');
  });
});

describe('controller-identity: "the Trust" as controller under an academy\u2019s name', () => {
  // An academy's notice: the academy heads it and the contact block gives the academy's address.
  const academy = (who: string) =>
    [
      'Larchfield Academy',
      'Privacy notice for pupils and parents',
      who,
      'We hold names, addresses, attendance and assessment results, and we follow the Trust\u2019s data protection policy.',
      'Contact',
      'Larchfield Academy, Quarry Road, Northwold NW5 3LT, telephone 01632 960888.',
    ].join('\n');
  it('the trust never named leaves the controller unnamed', () => {
    expect(statusOf('controller-identity', academy('The Trust is the data controller for the information in this notice.'))).toBe(
      'partial',
    );
  });
  it('the trust named beside the statement is the controller', () => {
    const who = 'Larchfield Academy is part of Ridgeway Learning Trust, and the Trust is the data controller for this information.';
    expect(statusOf('controller-identity', academy(who))).toBe('pass');
  });
});
