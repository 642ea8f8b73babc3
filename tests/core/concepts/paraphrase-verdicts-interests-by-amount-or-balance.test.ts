// Legitimate interests named with only how much rests on them ("for some activities outside our public task") or the
// balancing test ("we have balanced our interests against yours") describe no interest (checklist.md 2.7).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Fennick Grange School',
  ages: '11 to 16',
  title: 'Privacy notice for pupils and families',
  closing: 'End of this notice.',
  url: 'https://fennickgrange.sch.example/privacy',
  asOf: '2026-12-03',
});

describe('legitimate interests with no interest described', () => {
  it('a reference and a dash followed by how much rests on it is not an interest', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Our lawful bases are: public task (Article 6(1)(e)); legitimate interests (Article 6(1)(f)) - for a few activities beyond our public functions.',
      ),
    ).toBe('fail');
  });
  it('the balancing test said in the school’s words is not an interest', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Now and then we rely on legitimate interests; when we do, we have weighed our interests against your rights first.',
      ),
    ).toBe('fail');
  });
  it('an interest after the reference and a dash still passes', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Our lawful bases are: public task (Article 6(1)(e)); legitimate interests (Article 6(1)(f)) - keeping former pupils in touch through our alumni newsletter.',
      ),
    ).toBe('pass');
  });
});
