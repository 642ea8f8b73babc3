// "The Trust is the data controller" names the trust when the notice has named it by what it is, whatever its name
// ("the Meridian Learning Partnership, a multi-academy trust"); with no trust named anywhere it stays partial (2.1).
import { describe, expect, it } from 'vitest';
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
  it('a council or a diocese running the school is no trust: partial', () => {
    for (const body of ['Northfold County Council', 'the Diocese of Tamsbridge'])
      expect(noticeStatus('controller-identity', notice(`Harrowfield Academy is one of the schools run by ${body}.`))).toBe('partial');
  });
  it('no trust named anywhere stays partial', () => {
    expect(noticeStatus('controller-identity', notice('Harrowfield Academy is one of six schools in our family of schools.'))).toBe(
      'partial',
    );
  });
});
