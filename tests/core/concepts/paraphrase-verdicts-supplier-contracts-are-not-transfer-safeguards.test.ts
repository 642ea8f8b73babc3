// Data leaving the UK (checklist.md 2.12) is answered by where it goes and how it is protected there. The contract
// every supplier signs, or suppliers keeping data "to the same standard" as the school, protects data wherever it is:
// beside "may be stored outside the UK" it says nothing of the protection abroad (partial).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Copperfield Junior School',
  ages: '7 to 11',
  title: 'How we use your information',
  closing: 'End of this notice.',
  url: 'https://copperfield.sch.example/privacy',
  asOf: '2026-12-04',
});

describe('international-transfers: supplier contracts are no transfer safeguard', () => {
  it('"may be outside the UK" beside the suppliers’ ordinary contracts is partial', () => {
    expect(
      status(
        'international-transfers',
        'Our app providers work for us under contracts that keep your information safe. One or two of them have servers that might be in other countries.',
      ),
    ).toBe('partial');
  });
  it('the same beside a protection said of the data abroad passes', () => {
    expect(
      status(
        'international-transfers',
        'One or two of our app providers have servers that might be in other countries. Where information is stored abroad, a contract requires it to be kept safe.',
      ),
    ).toBe('pass');
  });
  it('a contract said of what is passed on passes', () => {
    expect(
      status(
        'international-transfers',
        'When pupils go on trips abroad, we send the tour operator their passport details. We send only what is needed, and our contract obliges the operator to protect it.',
      ),
    ).toBe('pass');
  });
  it('the UK’s own standard named as the measure passes', () => {
    expect(
      status(
        'international-transfers',
        'One or two of our app providers have servers that might be in other countries. We only choose them where the information is protected as well as the UK would protect it.',
      ),
    ).toBe('pass');
  });
});
