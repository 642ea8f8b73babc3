// Verdicts on short passages for the identity, content and quality checks where the topic is named but falls short of
// checklist.md: a school contact that names a person, an office or a kind of channel but gives none (2.2), a supplier's
// channel standing in for the school's (2.2), an academy stated as controller where the notice says it is one of
// several schools in a trust (2.1), template slots left unfilled in shapes other than brackets (2.28), statutes of one
// nation cited by a school in the other (2.26), the legitimate interest only restated (2.7), purposes or recipients named
// only in general terms (2.4, 2.11), biometric consent given only as a legal label or by the pupil (2.31), and the date a
// law took effect read as the notice's date (2.24).
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Larchmere Primary School',
  ages: '4 to 11',
  title: 'How we use pupil information',
  closing: 'Thank you for reading.',
  url: 'https://larchmere.sch.example/privacy',
  asOf: '2026-12-02',
  namelessFor: ['controller-identity'],
});

// A title that is not itself a purposes heading, so a passage alone decides the purposes check.
const plainTitled = statusReader({
  school: 'Larchmere Primary School',
  ages: '4 to 11',
  title: 'Privacy notice for families',
  closing: 'Thank you for reading.',
  url: 'https://larchmere.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('controller contact: a person, office or kind of channel with nothing to use', () => {
  it('passes when an address and number are given', () => {
    expect(
      status('controller-contact', 'Questions about this notice can be sent to admin@larchmere.sch.example or by phoning 01632 960400.'),
    ).toBe('pass');
  });
  it('is partial when the reader is told to speak to a named member of staff', () => {
    expect(
      status('controller-contact', 'If anything here is unclear, please speak to Mr K. Dunmore, our Office Manager, who will help.'),
    ).toBe('partial');
  });
  it('is partial when the school says it can be reached by email or phone but gives neither', () => {
    expect(status('controller-contact', 'Families can get hold of us or reach the school by phone or email on any school day.')).toBe(
      'partial',
    );
  });
  it('is partial when the reader is told to ring the office', () => {
    expect(status('controller-contact', 'Please ring the school office if you want to know more about this notice.')).toBe('partial');
  });
  it('is partial when a contact form is mentioned but not linked', () => {
    expect(status('controller-contact', 'To ask about your child’s records, fill in the contact form on our website.')).toBe('partial');
  });
  it("fails when the only channels given are a supplier's", () => {
    expect(
      status(
        'controller-contact',
        'Uniform is supplied by Stitchwell Ltd. Stitchwell can be reached on 0161 496 0777 or at orders@stitchwell.example.',
      ),
    ).toBe('fail');
  });
  it('fails when nothing about contacting anyone is said', () => {
    expect(status('controller-contact', 'We keep pupil records in a locked cabinet and on a secure system.')).toBe('fail');
  });
});

describe('controller identity: an academy that is one of several in a trust', () => {
  it('needs review when the academy is named as controller inside an aside about its trust', () => {
    expect(
      status(
        'controller-identity',
        'Larchmere Academy, one of six primary schools in the Brookvale Learning Trust, is the data controller for the information we hold.',
      ),
    ).toBe('needs-review');
  });
  it('needs review when the academy is said to be one of several and then called the controller', () => {
    expect(
      status(
        'controller-identity',
        'Larchmere Academy is one of five academies run by the Brookvale Learning Trust. The academy is the data controller for the records it keeps.',
      ),
    ).toBe('needs-review');
  });
  it('passes when the trust itself is the controller', () => {
    expect(
      status(
        'controller-identity',
        'Larchmere Academy is one of five academies in the Brookvale Learning Trust. The trust is the data controller for pupil information at all of them.',
      ),
    ).toBe('pass');
  });
  it('passes when the trust that runs the academy opens the controller statement', () => {
    expect(
      status(
        'controller-identity',
        'Brookvale Learning Trust, which runs Larchmere Academy and four other schools, is the data controller.',
      ),
    ).toBe('pass');
  });
  it('passes a school named as controller that only works with a trust', () => {
    expect(
      status(
        'controller-identity',
        'Larchmere Academy is the data controller. We work closely with the Brookvale Learning Trust on training.',
      ),
    ).toBe('pass');
  });
});

describe('template residue: slots left unfilled in other shapes', () => {
  it('fails a date left as its pattern', () => {
    expect(status('no-template-residue', 'The governors approved this notice on XX/XX/20XX.')).toBe('fail');
    expect(status('no-template-residue', 'Reviewed: dd/mm/yyyy')).toBe('fail');
  });
  it('fails a mail-merge field that was never merged', () => {
    expect(status('no-template-residue', 'Our Data Protection Officer can be reached at <<DPO email address>>.')).toBe('fail');
  });
  it('fails a detail marked as still to come', () => {
    expect(status('no-template-residue', 'Data Protection Officer: TBC')).toBe('fail');
    expect(status('no-template-residue', 'Attendance registers are kept for ? years after a pupil leaves.')).toBe('fail');
  });
  it('fails a person left as a letter', () => {
    expect(status('no-template-residue', 'Our headteacher, Mrs X, makes sure that staff follow this notice.')).toBe('fail');
  });
  it('fails a blank left in running text', () => {
    expect(status('no-template-residue', 'If you have questions, email the office at __________ and we will reply.')).toBe('fail');
  });
  it("passes a consent slip's own lines for the reader to fill in", () => {
    expect(status('no-template-residue', 'I agree to my child’s photograph being used.\nSigned: ____________  Date: ________')).toBe(
      'pass',
    );
  });
  it('passes finished text with numbers, years and a letter X in a word', () => {
    expect(
      status(
        'no-template-residue',
        'Mrs Ellis, our DPO, replies within ten school days. Records for 2025/26 are kept for six years; the X-ray department at the hospital keeps its own.',
      ),
    ).toBe('pass');
  });
});

describe('jurisdiction: statutes that reach only one nation', () => {
  it("fails a Welsh school that grounds its additional learning needs duties in England's Act", () => {
    expect(
      status(
        'jurisdiction-consistency',
        'Ysgol Larchmere is a primary school in Powys and sends its census to the Welsh Government. Our duties to pupils with additional learning needs come from the Children and Families Act 2014.',
      ),
    ).toBe('fail');
  });
  it('passes the same Welsh school citing the Welsh Act', () => {
    expect(
      status(
        'jurisdiction-consistency',
        'Ysgol Larchmere is a primary school in Powys and sends its census to the Welsh Government. Our duties to pupils with additional learning needs come from the Additional Learning Needs and Education Tribunal (Wales) Act 2018.',
      ),
    ).toBe('pass');
  });
  it('fails an English school that follows an Act of the Senedd', () => {
    expect(
      status(
        'jurisdiction-consistency',
        'Larchmere Primary School sends its census to the Department for Education. Support for pupils with additional needs follows the Additional Learning Needs and Education Tribunal (Wales) Act 2018.',
      ),
    ).toBe('fail');
  });
  it('passes an English school citing its own Act', () => {
    expect(
      status(
        'jurisdiction-consistency',
        'Larchmere Primary School sends its census to the Department for Education. Support for pupils with special educational needs follows the Children and Families Act 2014.',
      ),
    ).toBe('pass');
  });
});

describe('legitimate interests: the basis restated is not the interest described', () => {
  it('passes when the interest itself is given', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Legitimate interests: we film school performances so that families who cannot attend can watch them later.',
      ),
    ).toBe('pass');
  });
  it('fails the Article 6(1)(f) definition restated with the school as the one pursuing it', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Legitimate interests: the processing is needed for the legitimate interests of the school, except where your rights outweigh them.',
      ),
    ).toBe('fail');
  });
  it('fails when only the number of cases is given', () => {
    expect(
      status(
        'legitimate-interests-stated',
        'Occasionally we rely on legitimate interests in a small number of cases, once we have weighed them against your rights.',
      ),
    ).toBe('fail');
  });
  it('fails when the notice only says the basis may be used', () => {
    expect(status('legitimate-interests-stated', 'Legitimate interests – we might rely on this basis where the law permits.')).toBe('fail');
  });
  it('needs review when the only interest is running the school', () => {
    expect(
      status('legitimate-interests-stated', 'Legitimate interests: we rely on this basis where it helps us run the school smoothly.'),
    ).toBe('needs-review');
  });
});

describe('purposes and recipients named only in general terms', () => {
  it('needs review when the only purpose given is a kind of purpose', () => {
    expect(plainTitled('purposes', 'Everything we record about your child is kept for school purposes and nothing else.')).toBe(
      'needs-review',
    );
  });
  it('passes purposes that say what the data is for', () => {
    expect(
      plainTitled('purposes', 'We use what we hold to plan lessons, to check how each child is getting on and to look after their health.'),
    ).toBe('pass');
  });
  it('fails when no purpose at all is given', () => {
    expect(plainTitled('purposes', 'Pupil records sit on a secure system that only staff can open.')).toBe('fail');
  });
  it('needs review when sharing is admitted only with unnamed outside bodies', () => {
    expect(plainTitled('recipients', 'Where there is good reason, we pass details about pupils on to other organisations.')).toBe(
      'needs-review',
    );
  });
  it('passes recipients that are named', () => {
    expect(plainTitled('recipients', 'Now and then we pass details about pupils to the council, the school nurse and the police.')).toBe(
      'pass',
    );
  });
  it('fails when outside bodies only send information to the school', () => {
    expect(plainTitled('recipients', 'Outside agencies sometimes send us reports about a pupil.')).toBe('fail');
  });
});

describe('biometrics: consent that is only a legal label or the pupil’s alone', () => {
  it('passes when parents are asked in writing and the pupil may refuse', () => {
    expect(
      plainTitled(
        'biometrics-consent',
        'The library scans fingerprints to lend books. We ask parents for written consent first, and any pupil who objects uses a card instead.',
      ),
    ).toBe('pass');
  });
  it('is partial when consent is only the named condition for the data', () => {
    expect(
      plainTitled(
        'biometrics-consent',
        'The library scans fingerprints to lend books; as special category data these are processed on the basis of explicit consent.',
      ),
    ).toBe('partial');
  });
  it('is partial when only the pupil is said to agree', () => {
    expect(
      plainTitled('biometrics-consent', 'The library scans fingerprints to lend books, with the agreement of the pupil concerned.'),
    ).toBe('partial');
  });
});

describe('notice date: a law’s start is not the notice’s date', () => {
  it('fails when the only date is when the law began to apply', () => {
    expect(plainTitled('last-updated-date', 'The UK GDPR took effect on 1 January 2021, and we follow it.')).toBe('fail');
    expect(plainTitled('last-updated-date', 'Data protection rules stayed the same after the UK left the EU on 31 January 2020.')).toBe(
      'fail',
    );
  });
  it('passes a notice date beside a mention of the law', () => {
    expect(plainTitled('last-updated-date', 'Last updated: 3 October 2025, to follow the UK GDPR.')).toBe('pass');
  });
});
