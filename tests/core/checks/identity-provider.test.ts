// Tests for telling a setting that is not a public authority (independent school, charity or private nursery, childminder) from a state one.
import { describe, expect, it } from 'vitest';
import { flag, run } from './identity-harness';

const LI = ' We rely on legitimate interests to send families news about our events.';

describe('li-used-by-public-authority: only for public authorities', () => {
  it.each([
    'Puddleducks Playgroup is a registered charity run by a committee of parents.',
    'We are a privately owned day nursery and a limited company registered in England.',
    'As a registered childminder I look after children in my own home.',
    'Greyfriars is an independent school for boys and girls aged 3 to 18.',
    'The pre-school is run by a voluntary management committee and is a charitable incorporated organisation.',
  ])('not raised: %s', (text) => {
    expect(flag('li-used-by-public-authority', text + LI)).toHaveLength(0);
  });

  it.each([
    'Westfield Primary School is a maintained school.',
    'Oak Academy is part of the Oak Learning Trust, a charitable company limited by guarantee and an exempt charity.',
    'Hollybush Nursery School is a maintained nursery school run by the local authority.',
    "Parents can volunteer for the school's charity committee, which raises funds for trips.",
  ])('raised: %s', (text) => {
    expect(flag('li-used-by-public-authority', text + LI)).toHaveLength(1);
  });
});

describe('legitimate-interests-stated: the interest given after a reference and a colon', () => {
  it.each([
    'Legitimate interests (Article 6(1)(f)): we send families news about our fundraising because we rely on donations.',
    'legitimate interests (UK GDPR Art 6(1)(f)) - to keep in touch with former pupils about reunions.',
    'Legitimate interest: so that we can invite grandparents to our open mornings.',
    "For the reunion mailing list we rely on the trust's legitimate interest, as an educational charity, in staying in touch with former pupils.",
    'We send the fundraising letter because it is in our legitimate interests as a small charity: we rely on donations to keep going.',
  ])('passes: %s', (text) => {
    expect(run('legitimate-interests-stated', text).status).toBe('pass');
  });

  it.each([
    'Legitimate interests (Article 6(1)(f)): processing your personal data.',
    'We rely on legitimate interests (Article 6(1)(f)).',
    'We rely on our legitimate interests, as a school, in processing the data.',
  ])('fails: %s', (text) => {
    expect(run('legitimate-interests-stated', text).status).toBe('fail');
  });
});
