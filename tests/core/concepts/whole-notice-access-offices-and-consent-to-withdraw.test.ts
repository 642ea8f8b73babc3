// An access request sent to a named office of the school, or asked of a named person under a heading about seeing
// records, with no channel for either anywhere (checklist.md 2.15 partial); and consent named only as the thing a
// family may withdraw, which presents no Article 6 basis (2.5).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';
import { runAudit } from '../../../src/core/run-audit';

const HEAD = `Kestrel Vale Academy
Privacy notice for students and parents

Kestrel Vale Academy, for students aged 11 to 18, is the data controller. Contact us at office@kestrelvale.sch.example
or on 01632 960 909.

`;
const statusOf = (id: string, text: string) => noticeStatus(id, text, 'https://kestrelvale.sch.example/privacy');

describe('access requests sent to a named office or person with no channel', () => {
  it('is partial when requests go to the academy’s named office and it has no channel', () => {
    const text = `${HEAD}You can ask for a copy of your information. Send your request to the academy's Records and Exams Office, who deal with every request.\n`;
    expect(statusOf('subject-access-route', text)).toBe('partial');
  });

  it('passes when requests go to the school office, reached through the school’s own details', () => {
    const text = `${HEAD}You can ask for a copy of your information. Send your request to the School Office.\n`;
    expect(statusOf('subject-access-route', text)).toBe('pass');
  });

  it('is partial when a heading about seeing records is answered by a person with no channel', () => {
    const text = `${HEAD}Your rights\nYou can ask to see the information we hold.\n\nSeeing your child's records\nAsk our data lead, Mrs Ruth Penhale, who handles these requests.\n`;
    expect(statusOf('subject-access-route', text)).toBe('partial');
  });
});

describe('consent named only as the thing to withdraw', () => {
  const general = 'We only use personal data when the law gives us a lawful reason to, as Article 6 of the UK GDPR requires.\n';
  it('presents no Article 6 basis', () => {
    const text = `${HEAD}${general}Where we use your information with your consent (for example class photographs), you can withdraw that consent at any time.\n`;
    expect(statusOf('lawful-basis-art6', text)).toBe('partial');
  });

  it('still reads consent given as a basis', () => {
    const text = `${HEAD}${general}For photographs on our website we rely on your consent, which you can withdraw at any time; everything else we do is our public task.\n`;
    expect(statusOf('lawful-basis-art6', text)).toBe('pass');
  });
});

/** A school page whose notice has one section, with the school's details (and its DPO's) in the page footer. */
const footerPage = (heading: string, paragraph: string) => `<html><body><header><p>Larchfield Primary School</p></header><main>
    <h1>How we use pupil information</h1>
    <p>Larchfield Primary School is the data controller for the information in this notice.</p>
    <h2>${heading}</h2><p>${paragraph}</p></main>
    <footer><p>Larchfield Primary School, Mill Lane, Ambleford AB1 2CD. Telephone: 01632 960 517. Email: office@larchfield.sch.example</p>
    <p>Data Protection Officer: Mr Tom Reyes, Shire Schools DPO Service. Email: dpo@shireschools.example</p></footer></body></html>`;
const pageStatus = (id: string, html: string) =>
  runAudit({ notice: { format: 'html', html, url: 'https://larchfield.sch.example/privacy' } }, { asOf: '2026-12-05' }).items.find(
    (i) => i.id === id,
  )?.status;

describe('access requests sent to the office whose details the page footer gives', () => {
  const status = (pointer: string) =>
    pageStatus(
      'subject-access-route',
      footerPage('Your rights', `To ask for a copy of your child’s information, please get in touch with the school office.${pointer}`),
    );

  it('passes when the notice points to the footer', () => {
    expect(status(' Its phone number and email address are at the foot of this page.')).toBe('pass');
  });

  it('stays partial when nothing points there', () => {
    expect(status('')).toBe('partial');
  });
});

describe('the Data Protection Officer whose details the page footer gives', () => {
  const status = (pointer: string) =>
    pageStatus(
      'dpo-contact',
      footerPage('Our Data Protection Officer', `We have a Data Protection Officer (DPO) who checks that we follow the law.${pointer}`),
    );

  it('passes when the notice points to the footer for the DPO’s details', () => {
    expect(status(' The DPO’s name and contact details are shown in the footer of this page.')).toBe('pass');
  });

  it('stays partial when nothing points there', () => {
    expect(status('')).toBe('partial');
  });
});
