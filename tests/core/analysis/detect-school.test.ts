// Tests for finding the school's name: early-years settings, trusts named in full, Welsh names, and menus that are not the notice.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { detectSchool, findNames, nameWithoutKind } from '../../../src/core/analysis/detect-school';

const schoolOf = (text: string) => detectSchool(readText(text)).value;

describe('findNames', () => {
  it.each([
    ['Ladybird Lane Pre-school is a charity.', 'Ladybird Lane Pre-school'],
    ['Tadpoles Playgroup meets in the church hall.', 'Tadpoles Playgroup'],
    ['Welcome to Bramble Cottage Childminding, in Ashby.', 'Bramble Cottage Childminding'],
    ['Conkers Day Nursery Ltd runs two sites.', 'Conkers Day Nursery Ltd'],
    ['The Brookside Nursery Schools Federation is one employer.', 'Brookside Nursery Schools Federation'],
    ['Ysgol Bryn y Môr is the data controller.', 'Ysgol Bryn y Môr'],
    ['The Cylch Meithrin Nant y Felin committee is the data controller.', 'Cylch Meithrin Nant y Felin'],
    ['Meithrinfa Cwm Aderyn is run by the community council.', 'Meithrinfa Cwm Aderyn'],
    ['Foxglove Early Years Centre is a maintained nursery school.', 'Foxglove Early Years Centre'],
  ])('%s -> %s', (text, name) => {
    expect(findNames(text)[0]).toBe(name);
  });

  it('reads a trust whose name has no "Trust" by what the notice calls it', () => {
    expect(findNames('Kestrel Learning Partnership ("the trust", "we") is a multi-academy trust.')[0]).toBe('Kestrel Learning Partnership');
    expect(findNames('Harbourside Education Collective is an academy trust running four schools.')[0]).toBe(
      'Harbourside Education Collective',
    );
    // a trust mentioned without being called one names nothing (guards the setting kinds)
    expect(findNames('Kestrel Learning Partnership runs training days for staff.')).toEqual([]);
  });

  it('keeps "The" in a one-word provision named by what it is, but not in a generic noun', () => {
    expect(findNames('The Lantern is a pupil referral unit for primary-aged children.')[0]).toBe('The Lantern');
    expect(findNames('Welcome. The Beacon is a short stay school.')[0]).toBe('The Beacon');
    expect(findNames('The Unit is a pupil referral unit.')).toEqual([]);
    expect(findNames('The School is an independent school.')).toEqual([]);
  });

  it("reads a hospital school named as a service, but not the kind alone nor another body's service", () => {
    expect(findNames('Kestrel House Hospital Education Service teaches children on the wards.')[0]).toBe(
      'Kestrel House Hospital Education Service',
    );
    expect(findNames('Pupils are taught by Calder Wells Medical Tuition Service.')[0]).toBe('Calder Wells Medical Tuition Service');
    expect(findNames('The Hospital Education Service teaches children on the wards.')).toEqual([]);
    expect(findNames('Brookvale Council Education Service supports every school.')).toEqual([]);
  });

  it('reads a name that ends "Pupil Referral Unit", but not the kind alone', () => {
    expect(findNames('Harrowmere Pupil Referral Unit (PRU) teaches young people aged 11 to 16.')[0]).toBe('Harrowmere Pupil Referral Unit');
    expect(findNames('The Pupil Referral Unit is maintained by the council.')).toEqual([]);
  });

  it('keeps a trust named in full rather than the academy words inside it', () => {
    expect(findNames('Hillside Academy Trust is the data controller.')[0]).toBe('Hillside Academy Trust');
  });

  it('drops a question word opening a heading', () => {
    expect(findNames('How Marlow Primary School uses pupil information')[0]).toBe('Marlow Primary School');
    expect(findNames('Why Marlow Primary School collects data')[0]).toBe('Marlow Primary School');
  });

  it("does not take a quantifier or a pupil's possessive opening a capitalised run for a name", () => {
    expect(findNames('No Academy uses fingerprint readers in its canteen.')).toEqual([]);
    expect(findNames('Every Academy keeps its own admissions register.')).toEqual([]);
    expect(findNames("Records move to the Pupil's Academy when they transfer.")).toEqual([]);
    // a school whose name opens with a word of that kind is still named (guards the list)
    expect(findNames('All Saints Academy is the data controller.')[0]).toBe('All Saints Academy');
  });

  it('does not take roles or services for names (traps)', () => {
    expect(findNames('Ask the Nursery Manager or the School Nursing Service.')).toEqual([]);
    expect(findNames('Our Pre-school team will help.')).toEqual([]);
    expect(findNames('The Academy Trust is the data controller.')).toEqual([]);
    // the parents' association, a charity of its own
    expect(findNames('We only add you to the Friends of the School mailing list with consent.')).toEqual([]);
    expect(findNames('Friends of Oakfield School runs the summer fair.')).toEqual([]);
  });

  it('does not take a capitalised adverb opening the sentence as part of a name', () => {
    expect(findNames('Only Nursery staff and the leadership team can see the learning journal.')).toEqual([]);
    expect(findNames('Once Hollybank Primary School has your consent, it may publish photographs.')[0]).toBe('Hollybank Primary School');
  });

  it('does not take "School" inside the name of a census, a meals scheme or an improvement service for a school', () => {
    expect(findNames('5. Pupil Level Annual School Census (PLASC)')).toEqual([]);
    expect(findNames('We return the Autumn Term School Census to the council.')).toEqual([]);
    expect(findNames('Infants are offered Universal Infant Free School Meals.')).toEqual([]);
    // a council's school improvement or effectiveness service, named like a school
    expect(findNames('Who we share with: Teifi and Tywi School Improvement Partnership')).toEqual([]);
    expect(findNames('We share results with the Marsh Vale School Effectiveness Service.')).toEqual([]);
    // the school named before its own census return is still named
    expect(findNames('Brook Lane Primary School completes the census each term.')[0]).toBe('Brook Lane Primary School');
  });

  it('does not take a name made only of kinds of setting for a name', () => {
    expect(findNames("Nursery School and Children's Centre")).toEqual([]);
    expect(findNames('Infant and Nursery School: how we use information')).toEqual([]);
    expect(findNames('Our Early Years Centre is open all year.')).toEqual([]);
    expect(findNames("Larkhill Nursery School and Children's Centre")[0]).toBe("Larkhill Nursery School and Children's Centre");
  });

  it('does not take a class of a school for a school', () => {
    expect(findNames('Acorn Tree Nursery Class at Elmbank Primary School')).toEqual(['Elmbank Primary School']);
  });

  it('keeps "&" and a bracketed church designation inside a name', () => {
    expect(findNames('Oakfield Primary & Nursery School is the data controller.')[0]).toBe('Oakfield Primary & Nursery School');
    expect(findNames("The governing body of St Peter's C of E (VA) Primary School")[0]).toBe("St Peter's C of E (VA) Primary School");
    expect(findNames("St Cuthbert's Church of England (Voluntary Aided) Junior School is the data controller.")[0]).toBe(
      "St Cuthbert's Church of England (Voluntary Aided) Junior School",
    );
    expect(findNames('The governors of St Non’s Church in Wales Primary School decide how data is used.')[0]).toBe(
      'St Non’s Church in Wales Primary School',
    );
  });
});

describe('nameWithoutKind', () => {
  it('drops a Church in Wales designation as a whole, and keeps "Wales" that belongs to the name', () => {
    expect(nameWithoutKind('St Non’s Church in Wales Primary School')).toBe('St Non’s');
    expect(nameWithoutKind('Prince of Wales School')).toBe('Prince of Wales');
  });
});

describe('detectSchool', () => {
  it('reads a letterhead name in capitals with its apostrophe, small words and bracketed designation', () => {
    const text = [
      "ST CUTHBERT'S CHURCH OF ENGLAND (VC) JUNIOR SCHOOL",
      'Church Lane, Ambleford',
      'How we use your child’s information',
      'Our Data Protection Officer is Ms Jo Reed of Harbour School Support Services.',
    ].join('\n');
    expect(schoolOf(text)).toBe("St Cuthbert's Church of England (VC) Junior School");
  });

  it('prefers the name in the notice text over a menu of other schools inside the page', () => {
    const html =
      '<html><body><main><ul><li><a href="/a">Oakfield Primary School</a></li><li><a href="/b">Riverside Academy</a></li></ul><h1>Privacy notice</h1><p>Elm Park School is the data controller for pupil information.</p></main></body></html>';
    expect(detectSchool(readHtml(html, 'https://elmpark.example.sch.uk/privacy')).value).toBe('Elm Park School');
  });

  it('still uses a linked name when it is the only one', () => {
    const html =
      '<html><body><main><p><a href="/">Elm Park School</a></p><h1>Privacy notice</h1><p>We hold pupil information.</p></main></body></html>';
    expect(detectSchool(readHtml(html, 'https://elmpark.example.sch.uk/privacy')).value).toBe('Elm Park School');
  });

  it('reads an early-years setting named in its own heading', () => {
    expect(schoolOf('Hedgehogs Pre-School\n\nPrivacy notice for families\n\nWe keep records about your child.')).toBe(
      'Hedgehogs Pre-School',
    );
  });
});

describe('a letterhead naming a setting with no school noun', () => {
  it('reads the name line over a line saying what kind of setting it is', () => {
    expect(
      schoolOf(
        'Heronsgate Learning Base\nEastmoor Pupil Referral Unit for pupils aged 5 to 11\n\nWhat we keep about you\n\nWe keep your name.',
      ),
    ).toBe('Heronsgate Learning Base');
  });
  it('does not read a name line over any other line (guards the kind line)', () => {
    expect(schoolOf('Heronsgate Learning Base\nHelping every pupil to shine\n\nWhat we keep about you\n\nWe keep your name.')).toBeNull();
  });
});

describe('detectSchool: a school named as where the data comes from, or where pupils go, is another school', () => {
  it('takes the page title over a feeder school that sends the records', () => {
    const page =
      '<html><head><title>Privacy | Larchmere Junior School</title></head><body><main><h1>Pupil records</h1><p>We, the school, hold these records.</p><p>Larchmere Infant School passes on its records for the children moving up each September, and further details come from Westshire Council.</p></main></body></html>';
    expect(detectSchool(readHtml(page, 'https://larchmere.example/privacy')).value).toBe('Larchmere Junior School');
  });
  it('takes the page title over the school pupils move on to', () => {
    const page =
      '<html><head><title>Privacy | Ashby Lane First School</title></head><body><main><h1>Sharing</h1><p>We, the school, hold these records.</p><ul><li>The middle school your child goes to after Year 4, normally Ashby Hill Middle School</li></ul></main></body></html>';
    expect(detectSchool(readHtml(page, 'https://ashbylane.example/privacy')).value).toBe('Ashby Lane First School');
  });
  it('takes the page title over each school of a list pupils move on to', () => {
    const page =
      "<html><head><title>Privacy | Ashby Lane First School</title></head><body><main><h1>Sharing</h1><p>We, the school, hold these records.</p><ul><li>the middle school your child moves to after Year 4 (usually Ashby Hill Middle School or St Edmund's CE Middle School), which receives their file</li></ul></main></body></html>";
    expect(detectSchool(readHtml(page, 'https://ashbylane.example/privacy')).value).toBe('Ashby Lane First School');
  });
  it('still takes a school the text names as itself', () => {
    expect(schoolOf('Larchmere Junior School holds records that come from the families who join us.')).toBe('Larchmere Junior School');
  });
});

describe('controller-identity beside a feeder school that sends the records', () => {
  it('is partial: the notice names its controller only in the page title', async () => {
    const { runAudit } = await import('../../../src/core/run-audit');
    const page =
      '<html><head><title>Privacy | Larchmere Junior School</title></head><body><main><h1>Pupil records</h1><p>We, the school, are the data controller for these records.</p><p>Larchmere Infant School sends us the records of the children moving up each September.</p></main></body></html>';
    const report = runAudit({ notice: { format: 'html', html: page, url: 'https://larchmere.example/privacy' } }, { asOf: '2026-12-04' });
    expect(report.items.find((i) => i.id === 'controller-identity')?.status).toBe('partial');
  });
});
