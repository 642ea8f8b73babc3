// Tests for how notice structure is read: lists behind sub-headings, definition lists, tables with headers, accordions and question headings.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/core/notice/read-html';
import { readText } from '../../../src/core/notice/read-text';
import { leadInBefore, listAfterLeadIn } from '../../../src/core/notice/list-structure';
import { isLeadIn, listAfter } from '../../../src/core/checks/match';
import { itemsAfter } from '../../../src/core/checks/content/lists';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { QUALITY_CHECKS } from '../../../src/core/checks/quality/checks';
import { QUALITY_ITEMS } from '../../../src/core/checks/quality/items';
import { ChecklistItemSchema } from '../../../src/core/schema/checklist';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { AuditMemo } from '../../../src/core/audit-memo';
import { loadChecklist } from '../../../src/core/checklist';
import type { AuditContext } from '../../../src/core/checks/types';
import type { NoticeDocument } from '../../../src/core/notice/types';
import { flag, run } from '../checks/content-harness';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>Privacy notice</title></head><body><main>${body}</main></body></html>`;
const read = (body: string) => readHtml(page(body), 'https://school.example/privacy');
const lead = (doc: NoticeDocument, text: string) => {
  const b = doc.blocks.find((x) => x.text === text);
  if (!b) throw new Error(`no block "${text}"`);
  return b;
};

function residue(doc: NoticeDocument) {
  const check = QUALITY_CHECKS.find((c) => c.id === 'no-template-residue')!;
  const item = ChecklistItemSchema.parse(QUALITY_ITEMS.find((i) => i.id === 'no-template-residue'));
  const text = analyseNotice(doc);
  const ctx: AuditContext = {
    doc,
    text,
    concepts: new ConceptIndex(doc, text),
    memo: new AuditMemo(),
    checklist: loadChecklist(),
    nation: { value: 'england', from: 'override', evidence: [] },
    phase: { value: 'unknown', from: 'override', evidence: [] },
    school: { value: null, from: 'default', evidence: [] },
    kind: 'pupil-notice',
    asOf: '2026-11-23',
  };
  return check.evaluate(ctx, check.optionsSchema.parse(item.options), item);
}

const SUB_HEADED = `
  <h1>How Larchfield Academy uses pupil information</h1>
  <h2>Who we pass information to</h2>
  <p>We may pass pupil information to:</p>
  <h3>Public bodies</h3>
  <ul><li>the county council, our local authority</li><li>the Department for Education</li></ul>
  <p><strong>Suppliers</strong></p>
  <ul><li>our catering payment provider</li></ul>
  <h3>Why we pass it on</h3>
  <p>We only pass on what each organisation needs for its own duties.</p>
  <h2>How long we keep it</h2>
  <p>We keep records until a pupil turns 25.</p>`;

describe('lists behind sub-headings', () => {
  const doc = read(SUB_HEADED);
  const intro = lead(doc, 'We may pass pupil information to:');

  it('keeps the sub-headings as headings (h3 and a bold-only paragraph)', () => {
    expect(lead(doc, 'Public bodies').kind).toBe('heading');
    expect(lead(doc, 'Suppliers').kind).toBe('heading');
  });

  it('gives the lead-in every list behind its sub-headings, and stops at the prose that follows', () => {
    const items = listAfter(doc, intro).map((b) => b.text);
    expect(items).toEqual(['the county council, our local authority', 'the Department for Education', 'our catering payment provider']);
    expect(itemsAfter(doc, intro)).toHaveLength(3);
    expect(isLeadIn(intro)).toBe(true);
  });

  it('finds the lead-in of an item across the sub-headings', () => {
    expect(leadInBefore(doc, lead(doc, 'our catering payment provider').index)?.text).toBe('We may pass pupil information to:');
    expect(leadInBefore(doc, lead(doc, 'the Department for Education').index)?.text).toBe('We may pass pupil information to:');
  });

  it('gives a heading the lists under its sub-headings', () => {
    const d = read(
      `<h2>How we use information</h2><h3>Teaching</h3><ul><li>to track progress</li></ul><h3>Care</h3><ul><li>to keep pupils safe</li></ul><h2>Next</h2><p>Text.</p>`,
    );
    expect(listAfterLeadIn(d, lead(d, 'How we use information')).map((b) => b.text)).toEqual(['to track progress', 'to keep pupils safe']);
  });

  it('takes sub-headings that each open prose as the items they name', () => {
    const d = read(
      `<h2>Your rights</h2><p>You have the right to:</p><h3>See your records</h3><p>Ask us for a copy.</p><h3>Correct mistakes</h3><p>Tell us what is wrong.</p><h2>Complaints</h2><p>Contact the office.</p>`,
    );
    expect(listAfter(d, lead(d, 'You have the right to:')).map((b) => b.text)).toEqual(['See your records', 'Correct mistakes']);
  });

  it('still reports a lead-in followed by the next section, or by prose, as empty', () => {
    const d = read(
      `<h2>Why we use data</h2><p>We use pupil data to:</p><h2>Storing data</h2><ul><li>paper files are locked away</li></ul>`,
    );
    expect(listAfter(d, lead(d, 'We use pupil data to:'))).toEqual([]);
    const t = readText('We use pupil data to:\nOur legal obligations\nWe follow the law.');
    expect(listAfter(t, t.blocks[0]!)).toEqual([]);
  });

  it('passes the residue check and raises no list-dropped flag for sub-headed lists', () => {
    expect(residue(doc).status).toBe('pass');
    expect(flag('list-dropped', page(SUB_HEADED), { html: true })).toEqual([]);
    const dropped = read(
      `<h2>Sharing</h2><p>We share pupil information with:</p><h2>Retention</h2><p>We keep records for six years after a pupil leaves.</p>`,
    );
    expect(residue(dropped).status).toBe('fail');
  });

  it('lets the recipients check read the sub-headed list', () => {
    const v = run('recipients', page(SUB_HEADED), { html: true });
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.text).join(' ')).toMatch(/county council/);
  });
});

describe('definition lists', () => {
  it('reads each term and its descriptions as one list item', () => {
    const d = read(
      `<h2>Who we share with</h2><dl><dt>Local authority</dt><dd>For admissions and attendance.</dd><dt>Exam boards:</dt><dd>To enter pupils.</dd><dd>To receive results.</dd></dl>`,
    );
    const items = d.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual([
      'Local authority: For admissions and attendance.',
      'Exam boards: To enter pupils.; To receive results.',
    ]);
    expect(new Set(items.map((b) => b.listId)).size).toBe(1);
  });

  it('gives a lead-in the definition list that follows it', () => {
    const d = read(`<p>We hold this data to:</p><dl><dt>Teach</dt><dd>plan lessons</dd><dt>Protect</dt><dd>keep pupils safe</dd></dl>`);
    expect(listAfter(d, lead(d, 'We hold this data to:')).map((b) => b.text)).toEqual(['Teach: plan lessons', 'Protect: keep pupils safe']);
  });
});

describe('tables', () => {
  it('reads each row of a headed table with its column headers', () => {
    const d = read(`<table><thead><tr><th>Data</th><th>Why</th><th>How long</th></tr></thead>
      <tbody><tr><td>Contact details</td><td>To reach families</td><td>Until a pupil leaves</td></tr><tr><td>Attendance</td><td>A legal duty</td><td></td></tr></tbody></table>`);
    const rows = d.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.text)).toEqual([
      'Data | Why | How long',
      'Data: Contact details | Why: To reach families | How long: Until a pupil leaves',
      'Data: Attendance | Why: A legal duty',
    ]);
    expect(rows[1]!.cells).toEqual(['Contact details', 'To reach families', 'Until a pupil leaves']);
    expect(d.tables[0]!.headers).toEqual(['Data', 'Why', 'How long']);
    expect(d.tables[0]!.rows).toHaveLength(2);
  });

  it('reads a row headed by its own <th> as "header: value"', () => {
    const d = read(
      `<table><tr><th>Retention</th><td>Six years after leaving</td></tr><tr><th>Data Protection Officer:</th><td>dpo@school.example</td></tr></table>`,
    );
    expect(d.blocks.map((b) => b.text)).toEqual(['Retention: Six years after leaving', 'Data Protection Officer: dpo@school.example']);
  });

  it('leaves a table without header cells as its cells joined', () => {
    const d = read(`<table><tr><td>Name</td><td>Role</td></tr><tr><td>Ms Reed</td><td>Head teacher</td></tr></table>`);
    expect(d.blocks.map((b) => b.text)).toEqual(['Name | Role', 'Ms Reed | Head teacher']);
  });

  it('gives a lead-in the rows of a table that follows it, without its header row', () => {
    const d = read(
      `<p>We share information with:</p><table><tr><th>Who</th><th>Why</th></tr><tr><td>The council</td><td>Admissions</td></tr><tr><td>The DfE</td><td>Census</td></tr></table>`,
    );
    expect(listAfter(d, lead(d, 'We share information with:')).map((b) => b.text)).toEqual([
      'Who: The council | Why: Admissions',
      'Who: The DfE | Why: Census',
    ]);
  });
});

describe('accordions and question headings', () => {
  it('reads hidden accordion panels, with the button or summary as their heading', () => {
    const d = read(`<h2>Our notice</h2>
      <h3><button aria-expanded="false" aria-controls="p1">What we collect</button></h3><div id="p1" hidden><p>We collect names and addresses.</p></div>
      <button aria-expanded="false" aria-controls="p2">Who we share with</button><div id="p2" style="display:none"><ul><li>the local authority</li></ul></div>
      <details><summary>How long we keep it</summary><p>Until a pupil turns 25.</p></details>`);
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Our notice'],
      ['heading', 'What we collect'],
      ['paragraph', 'We collect names and addresses.'],
      ['heading', 'Who we share with'],
      ['list-item', 'the local authority'],
      ['heading', 'How long we keep it'],
      ['paragraph', 'Until a pupil turns 25.'],
    ]);
    expect(d.sections.map((s) => s.heading)).toContain('How long we keep it');
  });

  it('treats a question heading as a section heading whose list follows it', () => {
    const d = read(
      `<h2>Who do we share your information with?</h2><ul><li>the local authority</li><li>the NHS school nurse</li></ul><h2>How long do we keep it?</h2><p>Six years.</p>`,
    );
    const q = lead(d, 'Who do we share your information with?');
    expect(q.kind).toBe('heading');
    expect(d.blocks.find((b) => b.text === 'the NHS school nurse')!.section).toBe(q.section);
    expect(listAfterLeadIn(d, q)).toHaveLength(2);
  });

  it('takes a question heading straight above a list as its lead-in, but not a heading across prose', () => {
    const d = read(
      `<h2>What can you ask us?</h2><ul><li>to see your records</li></ul><h2>Sharing</h2><p>Some text.</p><ul><li>the council</li></ul>`,
    );
    expect(leadInBefore(d, lead(d, 'to see your records').index)?.text).toBe('What can you ask us?');
    expect(leadInBefore(d, lead(d, 'the council').index)).toBeNull();
  });
});
