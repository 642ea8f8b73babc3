// A contact block written line by line in plain text ("Westmarch County Council" / "County Hall, Westmarch WM1 1AA" /
// "Telephone: ..." / "Email: ..."): the bare channel lines reach whoever the block's first lines name, so a council's or
// a shared DPO's block is not the school's own channel (checklist.md 2.2 trap), while the school's own block is.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (contact: string) =>
  [
    'Thistlecombe Infant School',
    'Privacy notice for parents and carers',
    'Thistlecombe Infant School is the data controller for the information we hold about the children in our care and their families.',
    'We use information about your child to teach them, to keep them safe and to tell you how they are getting on.',
    'If you have a question about this notice, please ask at the office.',
    '',
    'Contact us',
    '',
    contact,
    '',
    'This notice was last updated in October 2026.',
  ].join('\n');

describe('plain-text contact blocks', () => {
  it('a council’s customer service block is another body’s channel: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'Westmarch County Council\nCustomer Service Centre\nCounty Hall, Westmarch WM1 1AA\nTelephone: 01632 960100\nEmail: customer.services@westmarch.gov.uk',
        ),
      ),
    ).toBe('partial');
  });
  it('a shared DPO’s block at the council, its phone on a line of its own, is the DPO’s: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'You can contact the Schools Data Protection Officer at:\nSchools DPO, Information Governance Unit, Westmarch County Council, Civic Offices, Westmarch WM1 2BB\nEmail: schoolsdpo@westmarch.gov.uk\n\nTel: 01632 960455',
        ),
      ),
    ).toBe('partial');
  });
  it('the channels after "the school office, or the council’s Education Services:" are the council’s: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'If you have a question, please contact the school office, or Westmarch County Council Education Services:\nCivic Offices, Westmarch WM1 2BB\nTelephone: 01632 960540',
        ),
      ),
    ).toBe('partial');
  });
  it('a diocese offered after the business manager, its address and phone in the same sentence: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'To discuss this notice, please contact Mrs Hollins, School Business Manager, or write to the Diocesan Education Office, Church House, 2 Minster Yard, Westmarch WM1 3CD (telephone 01632 960417).',
        ),
      ),
    ).toBe('partial');
  });
  it('a diocese’s phone in a sentence naming only the diocese, after "get in touch with the school office": partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'To discuss this notice, please get in touch with the school office. For admissions, you can also telephone the Diocesan Schools Team on 01632 960874.',
        ),
      ),
    ).toBe('partial');
  });
  it('a council’s phone given first and the school office’s after it, in one paragraph: the school’s channel passes', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'For admissions, telephone Westmarch County Council on 01632 960100. For anything else, call the school office on 01632 960321.',
        ),
      ),
    ).toBe('pass');
  });
  it('the school’s own channel in a sentence that names its council only to describe it passes', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice('Our school office, maintained by Westmarch County Council, is at Mill Lane, Thistlecombe WM4 7QT (01632 960321).'),
      ),
    ).toBe('pass');
  });
  it('the council offered first and the school office last: the channels are the school’s', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'For admissions ask Westmarch County Council; for anything else, or the school office: Mill Lane, Thistlecombe WM4 7QT, 01632 960321.',
        ),
      ),
    ).toBe('pass');
  });
  it('the school’s own block in the same layout passes', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'Thistlecombe Infant School\nSchool Office\nMill Lane, Thistlecombe WM4 7QT\nTelephone: 01632 960321\nEmail: office@thistlecombe.sch.uk',
        ),
      ),
    ).toBe('pass');
  });
});

describe('the access route to the school office, with only a council’s block to reach', () => {
  const rights = (request: string, contact: string) =>
    notice(
      `Your rights\nYou have the right to ask for a copy of the information we hold about your child.\n${request}\n\nContact us\n\n${contact}`,
    );
  const council =
    'Westmarch County Council\nCustomer Service Centre\nCounty Hall, Westmarch WM1 1AA\nTelephone: 01632 960100\nEmail: customer.services@westmarch.gov.uk';
  it('"speak to Mrs Okafor in the school office" is not completed by the council’s channels: partial', () => {
    expect(
      noticeStatus('subject-access-route', rights('If you would like a copy, please speak to Mrs Okafor in the school office.', council)),
    ).toBe('partial');
  });
  it('the same request with the school’s own block passes', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        rights(
          'If you would like a copy, please speak to Mrs Okafor in the school office.',
          'Thistlecombe Infant School\nSchool Office\nMill Lane, Thistlecombe WM4 7QT\nTelephone: 01632 960321\nEmail: office@thistlecombe.sch.uk',
        ),
      ),
    ).toBe('pass');
  });
  it('a request naming no one may go to the council’s shared DPO, whose desk it is', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        rights(
          '',
          'Schools Data Protection Officer, Information Governance Unit, Westmarch County Council, Civic Offices, Westmarch WM1 2BB\nEmail: schoolsdpo@westmarch.gov.uk',
        ),
      ),
    ).toBe('pass');
  });
});

describe('contact blocks under a heading naming their body', () => {
  it('a diocese’s education service over its address and phone is another body’s channel: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'For questions about anything in this notice, please get in touch with:\nDiocese of Westmarch Education Service\nBishop’s House, 3 Minster Yard, Westmarch WM2 4AZ\nTelephone: 01632 960940',
        ),
      ),
    ).toBe('partial');
  });
  it('a council support line with its opening hours is another body’s channel: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice('Westmarch County Council Inclusion Support Line\nPhone: 01632 960505 (Monday to Friday, 9am to 4pm)'),
      ),
    ).toBe('partial');
  });
  it('the regulator’s own address block is never the school’s channel', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice("Information Commissioner's Office - Wales\n2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH"),
      ),
    ).not.toBe('pass');
  });
  it('the school’s own block with an address line still passes', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice('Thistlecombe Infant School\nThe Old Rectory, 12 Mill Lane, Thistlecombe WM4 7QT\nPhone: 01632 960321 (8.30am to 4pm)'),
      ),
    ).toBe('pass');
  });
});

describe('the school’s name on another body’s desk', () => {
  it('"School Office, c/o Schools Support Team, Westmarch County Council" is the council’s channel: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'School Office, c/o Schools Support Team, Westmarch County Council, County Hall, Westmarch WM1 1AA. Telephone 01632 960913.',
        ),
      ),
    ).toBe('partial');
  });
});

describe('a sentence naming a school desk and then the DPO’s channel', () => {
  it('the channel after the DPO is the DPO’s, though the head teacher is named earlier in the sentence: partial', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'To see your child’s records, write to the school for the attention of the Headteacher, or email the Data Protection Officer at dataprotection@westmarch.gov.uk.',
        ),
      ),
    ).toBe('partial');
  });
  it('a channel given for the school office, with the DPO named after it, is the school’s: pass', () => {
    expect(
      noticeStatus(
        'controller-contact',
        notice(
          'To see your child’s records, email the school office at office@thistlecombe.sch.uk, or ask for the Data Protection Officer.',
        ),
      ),
    ).toBe('pass');
  });
});

describe('whom to ask for the rights, said after the rights list', () => {
  const rightsNotice = (route: string) =>
    [
      'Thistlecombe Infant School',
      'Mill Lane, Thistlecombe WM4 7QT',
      'Privacy notice for parents and carers',
      'Thistlecombe Infant School is the data controller for the information we hold about the children in our care.',
      'Your rights',
      'You have the right to:',
      '- ask for a copy of the information we hold about you or your child',
      '- ask us to put right anything that is wrong',
      route,
      'This notice was last updated in October 2026.',
    ].join('\n');
  it('a template blank as the one to contact leaves the route unfinished: partial', () => {
    expect(
      noticeStatus('subject-access-route', rightsNotice('To use any of these rights, please contact [name of school] by letter or email.')),
    ).toBe('partial');
  });
  it('the school office as the one to contact is reached at the address above: pass', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        rightsNotice('To use any of these rights, please contact the school office by letter or email.'),
      ),
    ).toBe('pass');
  });
});

describe('a template blank offered only as another way to ask', () => {
  const accessNotice = (route: string) =>
    [
      'Thistlecombe Infant School',
      'Privacy notice for parents and carers',
      'Thistlecombe Infant School is the data controller for the information we hold about the children in our care.',
      'Seeing your records',
      route,
      'Data Protection Officer',
      'Email: dpo@thistlecombe-trust.org.uk',
      'This notice was last updated in October 2026.',
    ].join('\n');
  it('the DPO, reachable below, with "or [school name]" after: pass', () => {
    expect(
      noticeStatus(
        'subject-access-route',
        accessNotice(
          'You may request access to your personal data by writing to the Data Protection Officer or to the office of [school name].',
        ),
      ),
    ).toBe('pass');
  });
  it('the blank as the only one to ask: not a pass (guards the alternative)', () => {
    expect(
      noticeStatus('subject-access-route', accessNotice('You may request access to your personal data by writing to [name of school].')),
    ).not.toBe('pass');
  });
});
