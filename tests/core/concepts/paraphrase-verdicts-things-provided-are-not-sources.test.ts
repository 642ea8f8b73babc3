// A body that provides a thing (guidance, meals, an account) is not a source of pupil data (checklist.md 2.9).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (storing: string) =>
  [
    'Thornleigh Primary School',
    'Privacy notice for families',
    'Where the information comes from',
    'Most of what we hold comes from the forms you fill in when your child joins us.',
    'Storing data',
    storing,
  ].join('\n');

describe('data-sources: things provided by a body', () => {
  it('retention guidance provided to schools by the local authority names no source', () => {
    expect(
      noticeStatus(
        'data-sources',
        notice('We hold pupil data in line with the retention guidance provided to schools by the local authority.'),
      ),
    ).not.toBe('pass');
  });
  it('information provided to us by the local authority is a source', () => {
    expect(noticeStatus('data-sources', notice('Some information about your child is provided to us by the local authority.'))).toBe(
      'pass',
    );
  });
});

describe('data-sources: what is sent to a recipient listed under a sharing heading', () => {
  const sharing = (item: string) =>
    notice('Records are kept securely.')
      .split('\n')
      .concat([
        'Who do we share pupil information with?',
        'We share as little as we can. For each organisation below we say what goes to it and why.',
        '- Hallam County Council: admissions and attendance.',
        item,
      ])
      .join('\n');

  it('is no source, though it is the transfer file', () => {
    expect(
      noticeStatus(
        'data-sources',
        sharing('- The school your child goes on to: What: their file, including the Common Transfer File.; Why: so teaching carries on.'),
      ),
    ).toBe('partial');
  });
  it('leaves a source said in so many words under that heading to count', () => {
    expect(
      noticeStatus('data-sources', sharing('We also receive a Common Transfer File from the previous school when a child joins us.')),
    ).toBe('pass');
  });
});

describe('data-sources: the words of a web address', () => {
  it('the DfE link "how-we-collect-and-share-research-data" names no source', () => {
    expect(
      noticeStatus(
        'data-sources',
        notice(
          'To find out how the DfE shares the data it holds, see https://www.gov.uk/data-protection-how-we-collect-and-share-research-data',
        ),
      ),
    ).toBe('partial');
  });
  it('the same words written as prose still name one', () => {
    expect(
      noticeStatus('data-sources', notice('We also collect information from the DfE when a child joins us from another school.')),
    ).toBe('pass');
  });
});
