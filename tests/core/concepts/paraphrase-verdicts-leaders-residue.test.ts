// Template residue (checklist.md 2.28) in notices laid out as text tables: dotted leaders that join each label to its
// value are layout, while a run of dots left where a detail should be is still a blank never filled in; and a lead-in
// promising "the following organisations:" with prose straight after it has lost its list.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Harrowgate Sixth Form Academy',
  ages: '16 to 19',
  title: 'Privacy notice for students',
  closing: 'Thank you for reading.',
  url: 'https://harrowgate.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('template residue: dotted leaders in a text table', () => {
  it('passes a table of labels and values joined by dots', () => {
    const table = [
      'What we keep about you:',
      'Contact details ........ your address, phone number and personal email',
      'Learning ........ your courses, attendance, marks and references',
      'Wellbeing ........ medical needs, learning support and counselling notes',
    ].join('\n');
    expect(status('no-template-residue', table)).toBe('pass');
  });

  it('still fails a blank left as dots in running text', () => {
    expect(status('no-template-residue', 'To ask for a copy of your records, email .......... and we will reply within a month.')).toBe(
      'fail',
    );
  });

  it('still fails a placeholder inside a leader table', () => {
    const table = [
      'Who to contact:',
      'Data protection officer ........ [insert DPO email address]',
      'School office ........ office@harrowgate.sch.example',
    ].join('\n');
    expect(status('no-template-residue', table)).toBe('fail');
  });
});

describe('template residue: a promised list that never came', () => {
  it('fails a lead-in naming what follows, with a sentence straight after it', () => {
    const text = [
      'We pass student records to the following bodies:',
      'No records are passed to anyone else unless the law requires it or you have agreed.',
    ].join('\n\n');
    expect(status('no-template-residue', text)).toBe('fail');
  });

  it('passes the same lead-in when its list follows', () => {
    const text = [
      'We pass student records to the following bodies:',
      '- the Department for Education',
      '- the local authority',
      'No records are passed to anyone else unless the law requires it or you have agreed.',
    ].join('\n');
    expect(status('no-template-residue', text)).toBe('pass');
  });
});
