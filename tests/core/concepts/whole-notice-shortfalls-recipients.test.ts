// A sharing lead-in with the school as its subject ("The trust shares data with:") whose list was lost is an empty
// list: recipients named in passing elsewhere (the DfE, the next school) make it partial, not a pass (checklist.md 2.11).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const host = (sharing: string) =>
  [
    'Brookvale Academy: Privacy Notice for Students',
    'Brookvale Academy is the data controller for the information in this notice.',
    'Keeping records',
    'We keep each student file until the student leaves, then pass it to the next school they attend.',
    sharing,
    'The Department for Education',
    'We share student data with the Department for Education on a statutory basis, for the school census.',
  ].join('\n');

const recipientsStatus = (sharing: string) => noticeStatus('recipients', host(sharing), 'https://brookvale.example/privacy');

describe('recipients read in a whole notice with recipients named in other sections', () => {
  it('a lead-in with the school as subject and nothing after it is partial', () => {
    expect(recipientsStatus('Passing information on\nThe academy shares student information with:')).toBe('partial');
  });
  it('the same lead-in with its list passes', () => {
    expect(
      recipientsStatus(
        'Passing information on\nThe academy shares student information with:\n- the local council\n- the school nurse\n- exam boards',
      ),
    ).toBe('pass');
  });
});
