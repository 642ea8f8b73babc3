// The regulator named as the author of a transfer safeguard elsewhere in a whole notice is not a complaint route
// (checklist.md 2.17 traps): with no complaint sentence, the check must not read it as "advice only".
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const host = (complaints: string) =>
  [
    'Ashgrove Primary School: Privacy Notice for Pupils',
    'Ashgrove Primary School is the data controller for the information in this notice.',
    'Sending information abroad',
    'Our cloud providers may hold some records outside the UK. Each such transfer uses the standard data transfer',
    'contract issued by the Information Commissioner, or a country the UK has found adequate.',
    'Concerns',
    complaints,
    'Contact us',
    'Please write to the school office at office@ashgrove.example.sch.uk.',
  ].join('\n');

const icoStatus = (complaints: string) => noticeStatus('complaint-to-ico', host(complaints), 'https://ashgrove.example/privacy');

describe('complaint-to-ico read in a whole notice with a transfer safeguard from the regulator', () => {
  it('a complaint route to the school alone is missing, whatever the transfer text says of the regulator', () => {
    expect(icoStatus('If you are not happy with how we use your information, tell the headteacher and we will look into it.')).toBe('fail');
  });
  it('a complaint route to the regulator still passes', () => {
    expect(
      icoStatus(
        'If you are not happy with how we use your information, you can complain to the Information Commissioner at ico.org.uk/make-a-complaint.',
      ),
    ).toBe('pass');
  });
});

// The regulator named as the source of advice the school keeps to is how the school works, not a route the family can
// take (checklist.md 2.17 traps): the evaluator rejects it, and the meaning-based second look must not lift it back.
describe('complaint-to-ico when the regulator is only the advice the school follows', () => {
  it('is missing when the school only follows the regulator and handles concerns itself', () => {
    expect(icoStatus('We follow the advice of the ICO, and our business manager looks into every concern you raise about your data.')).toBe(
      'fail',
    );
    expect(
      icoStatus(
        'Our governors, who keep us in line with the guidance from the Information Commissioner, hear any complaint about how we hold records.',
      ),
    ).toBe('fail');
  });
  it('passes when the same sentence also sends the family to the regulator', () => {
    expect(
      icoStatus('We follow the advice of the ICO; if a concern about your data is not settled, you can take your complaint to the ICO.'),
    ).toBe('pass');
  });
});
