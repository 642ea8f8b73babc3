// "The Trust is the data controller" names the trust when the notice has named it by what it is, whatever its name
// ("the Meridian Learning Partnership, a multi-academy trust"); with no trust named anywhere it stays partial (2.1).
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/core/run-audit';
import { noticeStatus } from './passage-status';

const notice = (about: string) =>
  [
    'Harrowfield Academy',
    'Privacy notice for pupils and families',
    `${about} The Trust is the data controller for the personal information described in this notice.`,
    'We use pupil information to support learning and to keep pupils safe.',
  ].join('\n');

describe('a trust named by what it is', () => {
  it('a trust whose name has no "Trust", set beside "a multi-academy trust", is named: pass', () => {
    expect(
      noticeStatus(
        'controller-identity',
        notice('Harrowfield Academy is one of six schools run by the Northfold Learning Partnership, a multi-academy trust.'),
      ),
    ).toBe('pass');
  });
  it('a trust named with a defined term before what it is ("X (the Trust) is a multi-academy trust") is named: pass', () => {
    expect(
      noticeStatus(
        'controller-identity',
        notice('Northfold Learning Partnership (the Trust, we and us) is a multi-academy trust running six schools.'),
      ),
    ).toBe('pass');
  });
  it('a body with no school noun named as the one running the school, with no "trust" beside it, is named: pass', () => {
    expect(
      noticeStatus(
        'controller-identity',
        notice(
          'Harrowfield Academy is one of three schools run by Tamsbridge Learning Partnership, a charitable company limited by guarantee.',
        ),
      ),
    ).toBe('pass');
  });
  it('a trust named after saying what it does ("the trust that runs the academy, X"), with no "Trust" in its name: pass', () => {
    const text = [
      'Harrowfield Academy',
      'Privacy notice for pupils',
      'When this notice says "we", it means us: Harrowfield Academy, Holloway Road, Denbury DN97 3RS, and the trust that runs the academy, Northfold Learning Partnership. We, the academy, use your information every day, but the trust is legally responsible for it. The law calls the trust the data controller.',
      'We use pupil information to support learning.',
    ].join('\n');
    expect(noticeStatus('controller-identity', text)).toBe('pass');
  });
  it('a council or a diocese running the school is no trust: partial', () => {
    for (const body of ['Northfold County Council', 'the Diocese of Tamsbridge'])
      expect(noticeStatus('controller-identity', notice(`Harrowfield Academy is one of the schools run by ${body}.`))).toBe('partial');
  });
  it('"the Partnership is the data controller", its name in a sentence of its own about the body running the academy: that body is named', () => {
    const text = [
      'How we use information about pupils and their families',
      'Ashby Vale Academy is an 11-16 academy in Northfold. It is one of four academies run by Kelsey Moor Learning Partnership, a charitable company limited by guarantee.',
      'The Partnership, not the academy, decides why pupil information is used, so the Partnership is the data controller for this notice.',
      'We use pupil information to support learning and to keep pupils safe.',
    ].join('\n');
    const verdict = runAudit(
      { notice: { format: 'text', text, url: 'https://school.example/privacy' } },
      { asOf: '2026-12-02' },
    ).items.find((i) => i.id === 'controller-identity');
    expect(verdict?.status).toBe('pass');
    expect(verdict?.message).toContain('Kelsey Moor Learning Partnership');
    expect(verdict?.evidence.map((e) => e.text).join(' ')).toContain('run by Kelsey Moor Learning Partnership');
  });
  it('no trust named anywhere stays partial', () => {
    expect(noticeStatus('controller-identity', notice('Harrowfield Academy is one of six schools in our family of schools.'))).toBe(
      'partial',
    );
  });
});
