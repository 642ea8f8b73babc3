// Whole notices where links, the law and the nation's bodies recur in many sections (a Welsh junior school's web page with
// policy links and a "Useful links" list; an English secondary's text notice written in 2019 and half-updated since): one
// outdated law, one body of the other nation or one link the public cannot open makes its check fall short, however
// much correct wording surrounds it (checklist.md 2.25, 2.26, 2.27).
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { noticeStatus } from './passage-status';

const PAGE = 'https://www.bryncelyn-jun.example.sch.uk/privacy';

function htmlStatus(id: string, html: string, kind?: 'workforce-notice') {
  return runAudit({ notice: { format: 'html', html, url: PAGE } }, { asOf: '2026-12-02', ...(kind ? { kind } : {}) }).items.find(
    (i) => i.id === id,
  )?.status;
}

const WELSH_JUNIOR = (census: string, links: string) => `<html><body>
<h1>Privacy notice for pupils and families - Bryn Celyn Junior School</h1>
<p>Bryn Celyn Junior School, Ffordd y Llan, Wrexham LL12 3AB, is maintained by Wrexham County Borough Council and is the
data controller for pupil information. Contact the office at office@bryncelyn-jun.example.sch.uk.</p>
<h2>The law</h2>
<p>We use pupil information under the UK GDPR and the Data Protection Act 2018, Article 6(1)(c) and 6(1)(e).</p>
<h2>Who we share with</h2>
<p>We share pupil information with the high school our pupils move on to, Wrexham County Borough Council, GwE and the
Welsh Government. Pupils log in to Hwb, the Welsh Government's learning platform.</p>
<h2>Data collection requirements</h2>
${census}
<h2>Keeping information</h2>
<p>Pupil files are stored on the school's secure network drive, which only staff can open. We keep them in line with our
<a href="https://www.bryncelyn-jun.example.sch.uk/policies/retention.pdf">Records Retention Policy</a>.</p>
<h2>Useful links</h2>
${links}
<p>You can complain to the Information Commissioner's Office at <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>.</p>
</body></html>`;

const PLASC = '<p>Every January we send PLASC data to the Welsh Government under the (Wales) Regulations 2007.</p>';
const POLICIES =
  '<p>Our <a href="https://www.bryncelyn-jun.example.sch.uk/policies/data-protection.pdf">Data Protection Policy</a> is on our website.</p>';

const ENGLISH_SECONDARY = (
  law: string,
  census = 'We send the school census to the Department for Education (DfE) each term.',
) => `Oakhurst High School
Privacy notice for students and parents (first written May 2019, updated March 2025)

Oakhurst High School is an academy and the data controller for student information. Contact: office@oakhurst.example.sch.uk.

The law we rely on
${law}
The duties placed on us include the Education Act 1996, the School Standards and Framework Act 1998 and the Children Act 1989.

The Department for Education
${census}
To find out more, go to https://www.gov.uk/education/data-collection-and-censuses-for-schools.

Your rights
Under data protection legislation you may ask for a copy of the information we hold, and you may have it corrected. Our duties
under the Human Rights Act 1998 also protect students' privacy. Our Data Protection Policy is on the school website at
https://www.oakhurst.example.sch.uk/policies.

Inspection
Ofsted inspectors may see student records when they inspect the school.

Complaints: https://ico.org.uk/make-a-complaint/
`;

describe('current-legislation: the 1998 Act and the EU text however they are written', () => {
  it('fails the 1998 Act named with its year before it, after "of", or shortened', () => {
    for (const law of [
      'Student information is handled under the 1998 Data Protection Act and the academy funding agreement.',
      'We are bound by the Data Protection Act of 1998 in all we do with student records.',
      'As a data controller registered under the DPA 98 we keep to the UK GDPR.',
    ]) {
      expect(noticeStatus('current-legislation', ENGLISH_SECONDARY(law)), law).toBe('fail');
    }
  });

  it('fails the EU GDPR named with a possessive as the law that governs the school', () => {
    for (const law of [
      "Our handling of student data is governed by the EU's GDPR and the Data Protection Act 2018.",
      'We keep to the Data Protection Act 2018 and the General Data Protection Regulation (EU) in all our work.',
    ]) {
      expect(noticeStatus('current-legislation', ENGLISH_SECONDARY(law)), law).toBe('fail');
    }
  });

  it('passes the 1998 Act placed in the past and other Acts of 1998 beside the UK GDPR', () => {
    for (const law of [
      'Before May 2018 schools followed the 1998 Data Protection Act; now the UK GDPR and the Data Protection Act 2018 apply.',
      'We rely on the UK GDPR, which carried the EU GDPR into UK law after Brexit, and the Data Protection Act 2018.',
    ]) {
      expect(noticeStatus('current-legislation', ENGLISH_SECONDARY(law)), law).toBe('pass');
    }
  });
});

describe("jurisdiction-consistency: England's minister, agencies and guidance in Wales, Welsh Ministers in England", () => {
  it("fails a Welsh school that names England's education minister, funding agency or safeguarding guidance as its own", () => {
    for (const census of [
      '<p>The census goes to the Secretary of State for Education, who uses it to fund schools.</p>',
      '<p>We send PLASC data to the Welsh Government, and funding data to the Education and Skills Funding Agency.</p>',
      '<p>We send PLASC data to the Welsh Government, and share safeguarding information as Keeping Children Safe in Education requires.</p>',
      '<p>We send PLASC data to the Welsh Government. The department then uses the census to work out each school&#39;s funding.</p>',
    ]) {
      expect(htmlStatus('jurisdiction-consistency', WELSH_JUNIOR(census, POLICIES)), census).toBe('fail');
    }
  });

  it("passes the Welsh Ministers in a Welsh school's census section, and a council's education department", () => {
    for (const census of [
      '<p>PLASC data goes to the Welsh Government; the Welsh Ministers use it to plan and fund schools.</p>',
      '<p>PLASC data goes to the Welsh Government, and the council&#39;s Education Department uses the census to plan funding.</p>',
    ]) {
      expect(htmlStatus('jurisdiction-consistency', WELSH_JUNIOR(census, POLICIES)), census).toBe('pass');
    }
  });

  it('fails an English school that says the Welsh Ministers use its census', () => {
    const law = 'We rely on the UK GDPR and the Data Protection Act 2018.';
    const census = 'We send the school census each term; the Welsh Ministers use it to plan funding.';
    expect(noticeStatus('jurisdiction-consistency', ENGLISH_SECONDARY(law, census))).toBe('fail');
  });

  it('passes an English school that names the Welsh Government for a student who joins it from Wales', () => {
    const law = 'We rely on the UK GDPR and the Data Protection Act 2018.';
    const census =
      'We send the school census to the DfE. When a student joins us from a school in Wales, the Welsh Government file comes with them.';
    expect(noticeStatus('jurisdiction-consistency', ENGLISH_SECONDARY(law, census))).toBe('pass');
  });
});

describe('links-public-and-working: local files, links that go nowhere and documents kept where only staff can go', () => {
  it('fails a link to a file on the school network or in Microsoft Teams, whatever the other links', () => {
    for (const target of ['file:///S:/Office/Retention%20Schedule.xlsx', 'https://teams.microsoft.com/l/file/9A1B2C/Retention.xlsx']) {
      const links = `${POLICIES}<p>The retention schedule: <a href="${target}">Retention Schedule</a>.</p>`;
      expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, links)), target).toBe('fail');
    }
  });

  it('fails a policy link that goes to "#" or back to this page: the document cannot be reached', () => {
    for (const links of [
      '<ul><li><a href="#">Data Protection Policy</a></li><li><a href="https://ico.org.uk">ICO</a></li></ul>',
      `<ul><li><a href="">Complaints Procedure (PDF)</a></li><li><a href="https://ico.org.uk">ICO</a></li></ul>`,
    ]) {
      expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, links)), links).toBe('fail');
    }
  });

  it('passes a jump to a section of the page beside real policy links', () => {
    const links = `<p><a href="#rights">Back to the top</a></p>${POLICIES}`;
    expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, links))).toBe('pass');
  });

  it('is partial for a policy said to be on the staff intranet, shared drive or in the staff room', () => {
    for (const links of [
      '<p>Our Data Protection Policy can be found on the school intranet.</p>',
      '<p>The records retention schedule is saved on the staff shared drive.</p>',
      '<p>The Data Protection Policy is displayed in the staff room.</p>',
    ]) {
      expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, links)), links).toBe('partial');
    }
  });

  it('passes data said to be stored on a network drive, a staff-room copy offered at reception, and a staff notice', () => {
    expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, POLICIES))).toBe('pass');
    const offered = '<p>A copy of the Data Protection Policy is kept in the staff room and at reception for parents to read.</p>';
    expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, offered))).toBe('pass');
    const staff = '<p>The staff handbook and every policy can be found on the school intranet.</p>';
    expect(htmlStatus('links-public-and-working', WELSH_JUNIOR(PLASC, staff), 'workforce-notice')).toBe('pass');
  });
});
