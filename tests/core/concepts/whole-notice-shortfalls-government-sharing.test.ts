// Whole notices in which a government-sharing check's own section falls short while its topic words recur elsewhere
// (a sharing list, a rights list, a signpost to the government's pages): the check must read its own section, not the
// recurring words (checklist.md 2.20, 2.23).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const statusOf = (id: string, text: string) => noticeStatus(id, text, 'https://brookvale.example.sch.uk/privacy');

const HEAD = `Brookvale High School
Privacy notice for pupils and parents (ages 11 to 18)

Brookvale High School is the data controller for the information in this notice.

Who we share information with
We only pass your information on when the law says we must or when you or your parents have agreed. We share with:
- the school your child moves on to
- Westshire Council, our local authority
- the Department for Education
- the school nurse

`;

const GOVERNMENT = `Information for the government
You can read more about the data collections and censuses for schools on the government's website page. The law means
we must send some information to the Department for Education.

`;

const RIGHTS = `Your rights
Parents and pupils can ask for a copy of the information we hold, and can ask us to correct it.
If you are unhappy, you can contact the Information Commissioner's Office on 0303 123 1113.

Contact
Email office@brookvale.example.sch.uk or call 01632 960 111.
This notice was last updated in October 2026.
`;

describe('census sharing in a whole notice', () => {
  it('does not read the census into a pointer to the government page about data collections', () => {
    expect(statusOf('census-sharing-statutory', HEAD + GOVERNMENT + RIGHTS)).toBe('partial');
  });

  it('passes once the school says it sends the census to the Department by law', () => {
    const census = `Each term we have to send the school census to the Department for Education: the law requires it.\n\n`;
    expect(statusOf('census-sharing-statutory', HEAD + GOVERNMENT + census + RIGHTS)).toBe('pass');
  });
});

describe('youth support services in a whole notice', () => {
  const youthNoChoice = `Pupils aged 13 and over
When a pupil turns 13 we pass their details to the council's youth support service, which helps 13 to 19 year olds
with education and training (section 507B of the Education Act 1996).

`;

  it('does not take a choice from the rights section under the next heading', () => {
    const youthScopeOnly = `Pupils aged 13 and over
From 13, and again at 16 for planning after Year 11, we give the pupil's name, address and date of birth to the
council's youth support service, which has duties to 13 to 19 year olds (section 507B of the Education Act 1996).

`;
    const consentRights = RIGHTS.replace(
      'correct it.',
      "correct it. Where we rely on a parent's consent, that consent can be withdrawn at any time.",
    );
    expect(statusOf('youth-support-services', HEAD + youthScopeOnly + consentRights)).toBe('partial');
    expect(statusOf('youth-support-services', HEAD + youthNoChoice + consentRights)).toBe('partial');
  });

  it('reads the scope said of several pupils, with the parent and the pupil at 16 choosing', () => {
    const youth = `Pupils aged 13 and over
From 13, we give pupils' names, addresses and dates of birth to the council's youth support service, which has duties
to 13 to 19 year olds under section 507B of the Education Act 1996. Anything beyond these basic details is passed on, such as courses and plans after Year 11, only if a parent agrees, and from 16 the pupil makes that choice.

`;
    expect(statusOf('youth-support-services', HEAD + youth + RIGHTS)).toBe('pass');
  });

  it('keeps the scope said of several pupils with no choice given as a shortfall', () => {
    const youth = `Pupils aged 13 and over
From 13, we give pupils' names, addresses and dates of birth to the council's youth support service, which has duties
to 13 to 19 year olds under section 507B of the Education Act 1996.

`;
    expect(statusOf('youth-support-services', HEAD + youth + RIGHTS)).toBe('partial');
  });
});

describe('the government signpost in a whole notice', () => {
  const census = `Each term we have to send the school census to the Department for Education: the law requires it.\n\n`;

  it('reads gov.uk named with no page as a signpost without an address', () => {
    const signpost = `How the government uses the data\nIf you have a question for the DfE, use its enquiry form on the gov.uk website.\n\n`;
    expect(statusOf('how-government-uses-data', HEAD + census + signpost + RIGHTS)).toBe('partial');
  });

  it('passes a named government page', () => {
    const named = `How the government uses the data\nThe DfE explains what it does with pupil data in its personal information charter.\n\n`;
    expect(statusOf('how-government-uses-data', HEAD + census + named + RIGHTS)).toBe('pass');
  });
});
