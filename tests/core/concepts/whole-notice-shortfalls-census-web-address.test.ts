// Whole notices whose census section names no collection, while a signpost elsewhere points to a government web page
// whose address carries the collections' name: the address is where to read, not what the school sends
// (checklist.md 2.20, 2.22).
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const statusOf = (text: string) => noticeStatus('census-sharing-statutory', text, 'https://larkfield.example.sch.uk/privacy');

const HEAD = `Larkfield Infant and Junior Federation
A letter to families about your information

Dear families, we teach children from Reception to Year 6. We pass information on only when we must or when you agree:
to the school your child moves to, to Eastvale Council, to the school nurse and to the Department for Education.

`;

const SIGNPOST = `Should you want to know what happens to it next, the Department for Education explains its data collections at
https://www.gov.uk/education/data-collection-and-censuses-for-schools and has a personal information charter.

`;

const CLOSE = `You may ask to see what we hold about your family, and complain to the Information Commissioner's Office.
This letter was written in October 2026.
`;

describe('census sharing beside a government web address', () => {
  it('does not read the collections into a web address when the school names none', () => {
    const duty = `The law says we have to share some facts about our pupils with the Department for Education, safely.\n\n`;
    expect(statusOf(HEAD + duty + SIGNPOST + CLOSE)).toBe('partial');
  });

  it('passes once the school names the census it sends', () => {
    const duty = `The law says we have to send the Department for Education the school census each term, safely.\n\n`;
    expect(statusOf(HEAD + duty + SIGNPOST + CLOSE)).toBe('pass');
  });
});
