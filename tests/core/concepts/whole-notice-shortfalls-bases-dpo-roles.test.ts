// Shortfalls inside whole notices: a key-terms list that explains legitimate interests, an Article 9 paragraph in prose
// and a side activity resting on legitimate interests recur beside the lawful-basis sections; a role given the data
// protection job under another title stands where the DPO's section should be. None of them may decide the check.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { noticeStatus } from './passage-status';
import type { Status } from '../../../src/core/report';

const TERMS = `<h2>Key terms</h2><dl>
<dt>Data controller</dt><dd>The organisation that decides how and why personal information is used.</dd>
<dt>Legitimate interests</dt><dd>A lawful basis that public bodies cannot use for their official tasks.</dd>
<dt>Special category data</dt><dd>More sensitive information, such as health or religion.</dd></dl>`;

function htmlStatus(id: string, basis: string): Status {
  const html = `<html><body><h1>Privacy notice for pupils</h1>
<p>Larkhill Academy is a free school for ages 4 to 18, run by Brookvale Learning Trust, which is the data controller.</p>
${TERMS}
<h2>Why we use it</h2><p>We use pupil information to support learning, monitor progress and keep children safe.</p>
${basis}
<h2>Contact</h2><p>Larkhill Academy, Mill Road, Westford WE4 7RT, telephone 01632 960 411.</p></body></html>`;
  const item = runAudit({ notice: { format: 'html', html, url: 'https://larkhill.example/privacy' } }, { asOf: '2026-12-02' }).items.find(
    (i) => i.id === id,
  );
  if (!item) throw new Error(`no item ${id}`);
  return item.status;
}

const BASES = '<h2>Our lawful basis</h2><p>We rely on public task (Article 6(1)(e)) and legal obligation (Article 6(1)(c)).</p>';

describe('legitimate interests: a key term explained is not a basis relied on', () => {
  it('a definition saying public bodies cannot use it relies on nothing', () => {
    expect(htmlStatus('legitimate-interests-stated', BASES)).toBe('not-applicable');
  });
  it('the basis relied on later with no interest given is still a gap', () => {
    const li = `${BASES}<p>For some other activities we may also rely on legitimate interests.</p>`;
    expect(htmlStatus('legitimate-interests-stated', li)).toBe('fail');
  });
});

// A maintained school's notice in plain text: legitimate interests for one side activity, an Article 9 paragraph in prose.
const SECTIONS: Record<string, string> = {
  head: 'Ashgrove Church of England Federation\nPrivacy notice for pupils and families',
  basis: 'Our lawful bases\nWe rely on public task and legal obligation for nearly everything we do with pupil information.',
  special:
    'Special category data\nFor health and religion we rely on the substantial public interest, on explicit consent where we ask for it, and on vital interests when a child is in danger.',
  interests:
    'Legitimate interests\nWe rely on legitimate interests only for the list of former families who asked to hear about anniversary events; our interest is keeping in touch with the school community.',
  contact: 'Contact\nAshgrove CE Primary School, Church Street, Ashgrove AG1 2BC, telephone 01632 960 512.',
};

function statusOf(id: string, replace: Record<string, string>): Status {
  const text = Object.entries(SECTIONS)
    .map(([name, body]) => replace[name] ?? body)
    .filter(Boolean)
    .join('\n\n');
  const status = noticeStatus(id, text, 'https://ashgrove.example/privacy');
  if (!status) throw new Error(`no item ${id}`);
  return status;
}

describe('Article 6 basis: a side activity on legitimate interests and the Article 9 paragraph are not the basis', () => {
  it('passes the host as written', () => expect(statusOf('lawful-basis-art6', {})).toBe('pass'));
  it('reads public task and legal obligation in plain words beside legitimate interests for one activity', () => {
    const plain =
      'Why we may use it\nWe use pupil information because the law requires us to, and because we need it to carry out our official functions as a school in the public interest.';
    expect(statusOf('lawful-basis-art6', { basis: plain })).toBe('pass');
  });
  it('does not take the public interest and vital interests of the Article 9 paragraph for the basis', () => {
    const generic = 'Our lawful bases\nUnder Article 6 of the UK GDPR we must have a lawful reason for everything we do with your data.';
    expect(statusOf('lawful-basis-art6', { basis: generic })).toBe('partial');
    expect(statusOf('lawful-basis-art6', { basis: generic, interests: '' })).toBe('partial');
  });
});

describe('DPO: the data protection job under another title is a role, not a DPO', () => {
  const dpoOf = (section: string) => statusOf('dpo-contact', { contact: `${SECTIONS.contact}\n\n${section}` });
  it('the person responsible for data protection, with a channel, is partial', () => {
    expect(
      dpoOf(
        'Data protection\nThe person responsible for data protection in school is the business manager: email sbm@ashgrove.example.sch.uk.',
      ),
    ).toBe('partial');
  });
  it('a manager who deals with all data protection matters is partial', () => {
    expect(
      dpoOf('Data protection\nMrs Rowe, our business manager, deals with all data protection matters for the federation: 01632 960 513.'),
    ).toBe('partial');
  });
  it('a desk that takes data protection requests is no role at all', () => {
    expect(dpoOf('Data protection\nThe school office handles data protection requests: 01632 960 513.')).toBe('fail');
  });
  it('a designated DPO with a mailbox passes', () => {
    expect(dpoOf('Data protection\nOur Data Protection Officer is provided by the county council: schoolsdpo@county.example.gov.uk.')).toBe(
      'pass',
    );
  });
  it('a DPO whose details are only to be had from the office below has no channel', () => {
    const promised =
      'Our Data Protection Officer\nWe have a Data Protection Officer, whose contact details can be obtained from the school office (details below).';
    expect(statusOf('dpo-contact', { interests: promised })).toBe('partial');
  });
  it('a DPO pointed to contact details below passes', () => {
    const below = 'Our Data Protection Officer\nOur Data Protection Officer, Mr R Bell, can be contacted using the details below.';
    expect(statusOf('dpo-contact', { interests: below, contact: `Contact\nData Protection Officer: dpo@ashgrove.example.sch.uk` })).toBe(
      'pass',
    );
  });
});
