// Tests for phase detection: what marks a secondary, a primary or an early-years setting (nursery), and the mentions that only look like it.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { detectPhase } from '../../../src/core/analysis/detect-phase';
import { detectSchool } from '../../../src/core/analysis/detect-school';

const phaseOf = (text: string) => {
  const doc = readText(text);
  return detectPhase(doc, detectSchool(doc).value, new Set()).value;
};

describe("detectPhase: secondary wording outweighs a mention of the pupils' previous primary school", () => {
  it.each([
    'Your teachers use your GCSE predictions to plan lessons. We also get records about you from the primary school you went to.',
    "Students in Year 7 join us with records sent by their old primary. Information from a child's primary school arrives on the Common Transfer File.",
    "We receive records from each pupil's primary school. Students in the sixth form may apply to university through UCAS.",
    'Data comes from the primary schools our pupils attended. Results of Key Stage 4 assessments are sent to the Department.',
    "We are an 11 to 18 comprehensive. We obtain transfer records from pupils' primary schools.",
    'Post-16 students apply for bursaries through the school office. Records also come from the primary school your child attended.',
  ])('secondary: %s', (text) => {
    expect(phaseOf(text)).toBe('secondary');
  });

  it('takes its own key stages over a list of the primary schools records come from', () => {
    expect(
      phaseOf(
        'Hollowfield Academy\n(Key Stage 3 and Key Stage 4)\nWe receive information from:\n- primary schools (Common Transfer File)\n- other secondary schools (in-year transfers)',
      ),
    ).toBe('secondary');
  });

  it('takes its own ages before its kind over a list of the primary schools records come from', () => {
    expect(
      phaseOf(
        'Hollowfield Academy\n\nThis notice covers Hollowfield Academy, an 11 to 16 academy in the town.\n\nWe receive information from:\n- primary schools and other secondary schools, through the Common Transfer File',
      ),
    ).toBe('secondary');
  });

  it("takes its own year groups over the pupil's previous primary school and a trust of primary academies", () => {
    expect(
      phaseOf(
        "Hollowfield Academy\nThis notice covers students in Years 7 to 13. Our trust runs both secondary and primary academies.\nRecords come from the student's primary school through the Common Transfer File.",
      ),
    ).toBe('secondary');
  });

  it('reads weaker secondary hints together when nothing points the other way', () => {
    // Records arriving from the primary school, exam boards and the colleges pupils move on to: only a school after primary.
    expect(
      phaseOf(
        "We receive information from a pupil's primary school. We share results with examination boards and with the colleges that students move on to.",
      ),
    ).toBe('secondary');
  });

  it('does not take the primary school that sends records, or a web address naming key stages, for this school', () => {
    expect(
      phaseOf(
        'Students in the sixth form have learner numbers. The primary school passes on each new pupil’s file, and marks come from primary school too. See https://www.gov.uk/guidance/early-years-foundation-stage-to-key-stage-3 for more.',
      ),
    ).toBe('secondary');
    // Near miss: the words themselves, outside an address, still count.
    expect(phaseOf('Students in the sixth form have learner numbers. Our nursery children are in the Early Years Foundation Stage.')).toBe(
      'unknown',
    );
  });

  it("does not take the title of the Department's privacy page, named in words, for the school's own key stages", () => {
    const primaries = 'Saltby Schools Trust runs six primary academies in the county.';
    expect(
      phaseOf(
        `${primaries} The Department sets out its own use of census data in its privacy information for early years foundation stage to key stage 3.`,
      ),
    ).toBe('primary');
    expect(phaseOf(`${primaries} The DfE's page for key stage 4 and 5 and adult education says more.`)).toBe('primary');
    // Near miss: the school's own key stage 3 still counts.
    expect(phaseOf('Saltby Academy teaches key stage 3 and key stage 4.')).toBe('secondary');
  });

  it('leaves one weak hint alone as unknown', () => {
    expect(phaseOf('We share results with examination boards.')).toBe('unknown');
  });

  it('keeps a primary that mentions where its pupils go next as primary', () => {
    expect(phaseOf('Our primary school shares records with the secondary school your child moves on to.')).toBe('primary');
    // The destination named with other schools before the mover: "the secondary school or other school a child moves on to".
    expect(phaseOf('Our infant class records go to the secondary school or other setting each pupil transfers to.')).toBe('primary');
    expect(phaseOf('Our junior school sends the file to whichever secondary school the children progress to.')).toBe('primary');
  });

  it('still reads a secondary school that moves or where pupils go as this school', () => {
    expect(phaseOf('Our secondary school moves to its new site in 2027.')).toBe('secondary');
    expect(
      phaseOf('Reception class and Key Stage 1 records are kept by the school. When pupils leave we send their file to their next school.'),
    ).toBe('primary');
  });

  it('still settles nothing when strong primary and strong secondary words are mixed', () => {
    expect(phaseOf('We are a primary school. Our GCSE results are published each August.')).toBe('unknown');
  });
});

describe('detectPhase: early-years settings are the nursery phase', () => {
  it.each([
    'Sunny Days Playgroup collects information about the children in its care and their parents.',
    'As a childminder I keep records about the children I look after.',
    "We follow the Early Years Foundation Stage and record each child's progress in a learning journal.",
    'We claim funded hours for eligible two, three and four year olds from the local authority.',
    "The pre-school keeps a record of each child's attendance and development.",
    'Our day nursery cares for babies and toddlers from six weeks old.',
  ])('nursery: %s', (text) => {
    expect(phaseOf(text)).toBe('nursery');
  });

  it('reads a setting by its name: a nursery school, a pre-school, a cylch meithrin, a meithrinfa', () => {
    expect(phaseOf('Hollybush Nursery School\nPrivacy notice for parents and carers')).toBe('nursery');
    expect(phaseOf('Busy Days Pre-school\nPrivacy notice for families')).toBe('nursery');
    expect(phaseOf('Cylch Meithrin Bro Alaw\nRydym yn defnyddio gwybodaeth am blant.')).toBe('nursery');
    expect(phaseOf('Meithrinfa Cwm Aderyn\nPrivacy notice. Children usually move on to the local primary school.')).toBe('nursery');
  });

  it('reads a childminding business by its name, though it walks children to a primary school', () => {
    const text = 'Tadpoles Childminding\n\nI care for children under five and collect older ones from Elmgrove Primary each afternoon.';
    expect(phaseOf(text)).toBe('nursery');
  });

  it('keeps a primary or infant school with a nursery class primary, by its name or by its text', () => {
    expect(phaseOf("St Mary's Catholic Primary School and Nursery\nPrivacy notice for pupils")).toBe('primary');
    expect(phaseOf('Oakfield Nursery and Infant School\nPrivacy notice for pupils')).toBe('primary');
    expect(phaseOf('Larchmoor First and Nursery School\nPrivacy notice for families')).toBe('primary');
    expect(phaseOf('Children join our nursery class at three. Reception class and Key Stage 1 records are kept by the school.')).toBe(
      'primary',
    );
  });

  it('reads a notice titled for a school’s nursery class as the early-years setting’s own', () => {
    expect(phaseOf('Hatherley Green Primary School\nLittle Owls Nursery Class\nYour child’s information\n\nWe are a primary school.')).toBe(
      'nursery',
    );
    expect(phaseOf('St Wulfric’s Primary School\nWren Class (Nursery): Privacy Notice for Families\n\nDear families,')).toBe('nursery');
  });

  it('does not take a menu line or a title for pupils too as a nursery class’s title', () => {
    expect(phaseOf('Bramblegate Primary School\nHome | Our Nursery Class | Contact\n\nWe are a primary school.')).toBe('primary');
    expect(phaseOf('Bramblegate Primary School\nPrivacy notice for pupils and nursery families\n\nWe are a primary school.')).toBe(
      'primary',
    );
  });

  it('settles nothing when early-years and secondary words are mixed, as before', () => {
    expect(phaseOf('Our nursery shares a site with the sixth form.')).toBe('unknown');
  });

  it("does not take a nurse or the school's nursing service for a nursery", () => {
    expect(phaseOf('The school nurse and the school nursing service receive health information.')).toBe('unknown');
  });
});

describe('detectPhase: Welsh names of phases', () => {
  it.each([
    ['Ysgol Gyfun Bro Alaw\nMae disgyblion yn sefyll arholiadau TGAU.', 'secondary'],
    ['Ysgol Gynradd Llwyn Bedw\nRydym yn defnyddio gwybodaeth am ddisgyblion.', 'primary'],
    ['Ysgol Arbennig Glan Menai\nRydym yn defnyddio gwybodaeth am ddisgyblion.', 'special'],
  ])('%s', (text, phase) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it("does not take the pupils' previous primary or next secondary school for the school's own phase", () => {
    expect(phaseOf('Ysgol Gyfun Bro Alaw\nRydym yn cael ffeil gan ysgol gynradd flaenorol y disgybl.')).toBe('secondary');
    expect(phaseOf('Ysgol Glan Cleddau\nMae ysgol uwchradd nesaf y disgybl yn cadw ei ffeil.')).toBe('unknown');
  });
});

describe('detectPhase: the school describing the ages it teaches', () => {
  it.each([
    ['Moorfield Academy\nMoorfield Academy is an 11 to 16 academy. Primary schools send us records when pupils join.', 'secondary'],
    [
      'Larchwood House\nLarchwood House is an independent day school for children aged 3 to 11. Records come from nurseries children attended.',
      'primary',
    ],
    ['Hill View\nHill View is a through school for pupils aged 4 to 18, with a nursery class.', 'all-through'],
    [
      'Ysgol Tŷ Gwyn\nYsgol Tŷ Gwyn is an 11-18 school. Information is received from early years settings and primary schools.',
      'secondary',
    ],
  ])('%s', (text, phase) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('does not read year groups, periods or a special school as an age range for a phase', () => {
    expect(phaseOf('Northgate Academy\nNorthgate Academy is a secondary academy for students in Years 7 to 11.')).toBe('secondary');
    expect(phaseOf('Brook Lane\nBrook Lane is a school where records are kept for 6 to 7 years. Our pupils sit GCSEs.')).toBe('secondary');
    expect(phaseOf('Oak Tree\nOak Tree is a special school for pupils aged 4 to 19.')).toBe('special');
  });
});

describe('detectPhase: ranges of year groups, and middle schools', () => {
  it.each([
    ['Ysgol Pen y Bryn\nWe have 60 children from Meithrin to Year 6 in three classes.', 'primary'],
    ['Elm Row\nOur pupils are in Reception to Year 2; most move on to the juniors next door.', 'primary'],
    ['Cross Lanes\nCross Lanes teaches Years 1 and 2 and has a small nursery.', 'primary'],
    ['Sandhill\nSandhill teaches about 300 children in Years 5 to 8.', 'secondary'],
    [
      'Ysgol y Felin\nWe teach children from Reception to Year 6. We send records to the secondary school your child moves on to in Year 7, usually Ysgol Uwchradd y Dref.',
      'primary',
    ],
  ])('%s', (text, phase) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('reads ages given far into the sentence that describes the school', () => {
    expect(
      phaseOf(
        'Brackenfield Middle\nBrackenfield Middle is a community school run by the county council on the edge of the market town, teaching around 400 pupils aged 9 to 13.',
      ),
    ).toBe('secondary');
  });

  it('does not take the first schools pupils come from for this school', () => {
    expect(phaseOf('Ridgeway\nChildren join us from their first school at nine. Year 8 pupils sit school tests.')).toBe('secondary');
  });

  it('does not read a retention period in years as year groups', () => {
    expect(phaseOf('Fenwick\nRecords are kept for 3 to 6 years. Our students sit GCSEs.')).toBe('secondary');
  });
});

describe('detectPhase: the ages of the pupils near the top, and names of the kinds of secondary school', () => {
  it.each([
    ['Privacy notice for pupils aged 9 to 13 and their families. We hold names and attendance.', 'secondary'],
    ['A free school serving young people aged 5 to 18. We hold names and attendance.', 'all-through'],
    ['This page is for children aged 7 to 11 and their parents. We hold names and attendance.', 'primary'],
    // the ages in words, with "from" alone
    ['Brindle Hey is a small independent school for pupils from four to eleven years old. We hold names and attendance.', 'primary'],
    ['Our families: we teach boys and girls from 3 to 16. We hold names and attendance.', 'all-through'],
    // the ages in an aside after the pupils, with nursery and sixth-form years that settle nothing alone
    [
      'Oakwood Vale Academy teaches children from its Nursery class to the end of Year 13.\nThis notice explains what we hold about pupils (from age 3 to 18) and their families.',
      'all-through',
    ],
    ['Kenmoor University Technical College\nPrivacy notice for students', 'secondary'],
    ['Northgate Studio School\nPrivacy notice', 'secondary'],
  ])('%s -> %s', (text, phase) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('does not read a pupils-aged range that is not a school range (months, or an age the pupils are not)', () => {
    expect(phaseOf('Babies and children aged 6 to 36 months attend our setting rooms.')).not.toBe('secondary');
    expect(phaseOf('We hold names and attendance. Records about pupils aged 3 to 25 months are not kept.')).toBe('unknown');
  });
});

describe('detectPhase: year groups from the first years to GCSE or beyond are all-through', () => {
  it.each(['Our pupils are in Reception to Year 11.', 'We teach children from Nursery to Year 13.'])('%s', (text) => {
    expect(phaseOf(text)).toBe('all-through');
  });

  it('keeps "Reception to Year 6" primary and "Years 7 to 11" secondary', () => {
    expect(phaseOf('Our pupils are in Reception to Year 6.')).toBe('primary');
    expect(phaseOf('Our pupils are in Years 7 to 11.')).toBe('secondary');
  });
});

describe('detectPhase: special schools described by the needs they serve, and hospital schools', () => {
  it.each([
    'Brambles House\n\nBrambles House is a school for learners aged 3 to 19 with severe and complex learning difficulties.',
    'Tidewater Academy\n\nTidewater Academy is an academy for young people with autism spectrum conditions, aged 8 to 16.',
    'Lantern House\n\nLantern House is a school for pupils with social, emotional and mental health needs.',
    'Northmoor Hospital School\n\nWe teach children on the wards and at home while they are too ill to attend their own school.',
  ])('special: %s', (text) => {
    expect(phaseOf(text)).toBe('special');
  });

  it("reads a trust that runs special academies by number as special, whatever one academy's ages", () => {
    const text =
      'Meridian Learning Trust\n\nMeridian Learning Trust runs three special academies:\n- Brackenfield Academy: pupils aged 2 to 11 with learning difficulties;\n- Oakhurst Academy: pupils aged 11 to 19 with autism;\n- The Willows Academy: pupils aged 7 to 16.';
    expect(phaseOf(text)).toBe('special');
    // A secondary school whose pupils may move on to special schools is no special school.
    expect(phaseOf('Ridgeway\n\nRidgeway is an 11 to 16 school. A few pupils move on to special schools each year.')).toBe('secondary');
  });

  it('keeps a mainstream school that mentions its pupils with needs, or a resourced base, in its own phase', () => {
    expect(
      phaseOf(
        'Juniper Lane\n\nJuniper Lane is a friendly school for children aged 4 to 11, and it has a resourced provision for pupils with hearing impairments.',
      ),
    ).toBe('primary');
    expect(phaseOf('Ridgeway\n\nRidgeway is an 11 to 16 school. Some of our students have complex needs and support plans.')).toBe(
      'secondary',
    );
  });
});

describe('detectPhase: other ways of saying the kind of school', () => {
  it.each([
    ['primary', 'Harrowby Junior Academy\n\nWe are part of a small trust.'],
    ['primary', 'Dunmore Lower School\n\nWelcome to our school.'],
    ['primary', 'This privacy notice is used by all the council’s community primaries; your school is named on the front.'],
    ['primary', 'Our teachers in Key Stages 1 and 2 keep records of progress.'],
    ['secondary', 'Sefton Vale Middle School\n\nWelcome.'],
    ['primary', 'Sefton Vale Middle School\n\nSefton Vale is a middle school for children aged 8 to 12.'],
    ['secondary', 'We are a co-educational comprehensive serving the valley.'],
    ['secondary', 'Students in KS4 choose their options at the end of Year 9.'],
    ['secondary', 'Pupils study across Key Stages 3, 4 and 5.'],
    ['all-through', 'We teach children from Nursery right through to Year 13.'],
    ['all-through', 'Our school takes children from the age of 4 through to 18.'],
  ])('%s: %s', (phase, text) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('does not read "comprehensive" about records, or "the lower school" of a secondary, as a phase', () => {
    expect(phaseOf('We keep a comprehensive record of attendance and behaviour.')).toBe('unknown');
    expect(phaseOf('Greyhill Academy\n\nGreyhill is an 11 to 16 academy; our lower school has its own entrance.')).toBe('secondary');
  });
});

describe('detectPhase: a school naming its own parts, younger to older', () => {
  it('reads a nursery, prep and senior school and sixth form listed as one school as all-through', () => {
    const text =
      'Elmcote Hall School\n\nThis notice applies to the whole School: the Nursery (ages 3 to 4), the Prep School (Reception to Year 6), the Senior School (Years 7 to 11) and the Sixth Form.';
    expect(phaseOf(text)).toBe('all-through');
  });

  it('reads a span from the nursery part to the sixth form, across the phases between, as all-through', () => {
    expect(
      phaseOf('Elmcote Hall School\n\nWe teach children from the Nursery through the primary and secondary years to the Sixth Form.'),
    ).toBe('all-through');
    expect(
      phaseOf('Elmcote Hall School\n\nWe teach girls from the age of four, in our Pre-Prep, through the Junior School to the Sixth Form.'),
    ).toBe('all-through');
    expect(phaseOf('Elmcote Hall School\n\nOur nursery shares a site with the sixth form college next door.')).not.toBe('all-through');
  });

  it('does not read the ages beside the nursery part as the school’s, nor one part alone as a span', () => {
    expect(phaseOf('Elmcote Hall School\n\nThe School has a nursery class. Our nursery (ages 3 to 4) opens at 8am.')).toBe('primary');
    expect(phaseOf('Elmcote Hall School\n\nThe Sixth Form has its own common room. Students in Years 12 and 13 study A levels.')).toBe(
      'secondary',
    );
  });
});

describe('detectPhase: the school’s parts each with their ages in one line', () => {
  it('spans the parts, not the first part’s ages alone', () => {
    expect(phaseOf('Elmcote School\nPre-Prep (ages 3-7) | Prep (ages 7-13) | Senior School (ages 13-18)\n\nPrivacy notice.')).toBe(
      'all-through',
    );
    expect(phaseOf('Elmcote School\nJunior School (ages 7-11) | Senior School (ages 11-18)\n\nPrivacy notice.')).not.toBe('primary');
  });

  it('reads the other parts’ year groups as their ages, not the one part’s ages given', () => {
    const school = (parts: string) => `Elmcote School\n\nPrivacy notice for families.\n\nThe School comprises ${parts}.\n\nMore.`;
    expect(phaseOf(school('Acorns Nursery (ages 2-4), the Prep School (Reception to Year 6) and the Senior School (Years 7-11)'))).toBe(
      'all-through',
    );
    // A nursery beside the infant years alone is still a primary's.
    expect(phaseOf(school('Acorns Nursery (ages 2-4) and the Infant School (Reception to Year 2)'))).toBe('primary');
  });

  it('reads a junior part beside a senior part as all-through, though the youngest are 7', () => {
    expect(phaseOf('Elmcote School\nLower School (ages 7-11) · Upper School and Sixth Form (ages 11-18)\n\nPrivacy notice.')).toBe(
      'all-through',
    );
    // Two secondary parts are not two phases.
    expect(phaseOf('Elmcote School\nMain School (ages 11-16) | Sixth Form (ages 16-18)\n\nPrivacy notice.')).toBe('secondary');
  });

  it('reads a sixth form listed beside a junior part with its ages as a part of the school', () => {
    const school = (parts: string) => `Elmcote School\n\nPrivacy notice for families.\n\n${parts}\n\nMore.`;
    expect(
      phaseOf(school('This notice applies to pupils in the Junior Department (ages 7 to 11), the Senior School and the Sixth Form.')),
    ).toBe('all-through');
    // A prep school whose pupils go on to another school's sixth form is not all-through.
    expect(phaseOf(school('We teach pupils aged 7 to 11, most of whom go on to senior schools with a sixth form.'))).toBe('primary');
  });

  it('reads the later parts’ ages without the word "ages" once the first part has it', () => {
    expect(
      phaseOf(
        'Elmcote School\nThis policy covers the whole school: the Pre-Prep and Prep (ages 4 to 11), the Senior School (11 to 16) and the Sixth Form.',
      ),
    ).toBe('all-through');
  });
});

describe('detectPhase: a school that calls itself special, under a strapline giving its ages', () => {
  it('reads the school as special, not by the strapline’s ages', () => {
    expect(
      phaseOf(
        'Fernhill Park School\nProvision for young people aged 11 to 19\n\nFernhill Park School is a community special school maintained by the council. We teach pupils with severe learning difficulties.',
      ),
    ).toBe('special');
    // Without that word the ages decide.
    expect(phaseOf('Fernhill Park School\nProvision for young people aged 11 to 19\n\nWe teach pupils across the town.')).toBe('secondary');
  });
});

describe('detectPhase: hints of a primary school, none enough alone', () => {
  it('reads pupils moving on to secondary school with a test only primary pupils sit as a primary', () => {
    expect(
      phaseOf(
        'St Hild’s School\n\nWhen your child moves on to secondary school we send their file there. We record the results of the phonics screening check.',
      ),
    ).toBe('primary');
  });

  it('does not decide from one hint, nor when hints of a later school are there too', () => {
    expect(phaseOf('St Hild’s School\n\nWhen your child moves on to secondary school we send their file there.')).toBe('unknown');
    expect(
      phaseOf(
        'St Hild’s School\n\nWhen a pupil moves on to secondary school we send their file. We record the phonics screening check. We share results with examination boards and with colleges that students move on to.',
      ),
    ).toBe('unknown');
  });
});

describe('detectPhase: the ages or phases given as a line under the name', () => {
  it.each([
    ['all-through', 'Holy Cross Academy\nNursery to Sixth Form\n\nPrivacy notice for pupils and families.'],
    // An independent school's Year 13 by its own name.
    ['all-through', 'Holy Cross College\n\nThis notice covers every child here, from the Nursery to the Upper Sixth.'],
    ['all-through', 'Holy Cross Academy\nA Church of England school (ages 3 to 18)\n\nPrivacy notice for pupils and families.'],
    ['primary', 'Holy Cross Academy (ages 4 to 11)\n\nPrivacy notice for pupils and families.'],
  ])('%s: %s', (phase, text) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('does not read ages that are not in brackets, or a retention period, as the school’s', () => {
    expect(phaseOf('Holy Cross Academy\n\nRecords of children who attended between the ages 3 to 18 months are kept for 6 years.')).toBe(
      'unknown',
    );
  });
});

describe('detectPhase: the stages a body teaches, from its youngest class to its oldest year', () => {
  it.each([
    [
      'primary',
      'Oakridge Learning Partnership\n\nWe run five academies, teaching children from nursery (age 3) to the end of Year 6 (age 11).',
    ],
    ['primary', 'Oakridge Learning Partnership\n\nOur academies teach pupils from Reception (age 4) to the end of Year 2.'],
    ['all-through', 'Oakridge Learning Partnership\n\nOur academies teach pupils from the nursery class (age 3) right through to Year 11.'],
  ])('%s: %s', (phase, text) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('lets a special school’s own words decide over the years it spans', () => {
    expect(
      phaseOf(
        'Oakridge Learning Partnership\n\nWe teach pupils from Reception (age 4) to Year 6.\n\nThe partnership runs a special school for pupils with complex needs.',
      ),
    ).toBe('special');
  });

  it('does not read one part’s years in brackets, or a defined word, as the whole school’s', () => {
    expect(
      phaseOf('Elmcote Hall School\n\nThe Prep School (from Reception (age 4) to Year 6) shares a site with the Senior School.'),
    ).not.toBe('primary');
    expect(phaseOf('Oakridge School\n\nIn this notice "pupils" means children in Reception (age 4) to Year 11.')).not.toBe('all-through');
  });
});

describe('detectPhase: the school a child moves on to, and a body’s schools listed as its own', () => {
  it('reads the school a child moves on to, and the name after it, as another school', () => {
    expect(
      phaseOf(
        'Bryn Celyn Federation\n\nOur two schools teach Key Stage 1 and Key Stage 2.\n\nWe share information with:\n\n- the school your child moves on to, usually Ysgol Uwchradd Glan Taf\n- the local authority',
      ),
    ).toBe('primary');
  });

  it('reads the kinds in the names of the schools a body lists after saying it runs them', () => {
    expect(
      phaseOf(
        "Holy Family Catholic Academy Trust\n\nThe Trust runs the following Catholic academies in the Diocese of Westmere:\n\n- St Anne's Catholic Primary Academy, Lowbridge\n- St Luke's Catholic Primary Academy, Hartwell\n- Bishop Ullathorne Catholic High School (11-18), Lowbridge\n\nThe Trust is the data controller.",
      ),
    ).toBe('all-through');
  });
});

describe('detectPhase: all-age schools and special academies', () => {
  it.each([
    ['all-through', 'Ysgol Bro Haf\nAll-age school (3-16), Aberwen\n\nPrivacy notice for learners.'],
    ['special', 'Skylark Academy\n\nSkylark Academy is a special academy for pupils aged 4 to 19 with complex needs.'],
    ['special', 'Larkfield School\nA specialist school for blind and partially sighted pupils aged 3 to 19\n\nPrivacy notice.'],
    ['special', 'Larkfield School\n\nLarkfield is a day school for boys and girls aged 8 to 16 with dyslexia and related difficulties.'],
    ['special', 'Larkfield School\nA specialist day school for girls with autism\n\nPrivacy notice for Years 7 to 11.'],
  ])('%s: %s', (phase, text) => {
    expect(phaseOf(text)).toBe(phase);
  });
});

describe('detectPhase: the schools a federation or trust notice names in its header', () => {
  it('reads the member schools named under the federation as its phase, over a destination school named later', () => {
    const text =
      'The Millbrook and Thorne Federation\nMillbrook St Peter’s CE Primary School · Thorne Lane Infant School\n\nHow we look after pupil information\n\n' +
      'We send records on when a child leaves, usually to Castlegate High School or to the secondary school of the family’s choice.';
    expect(phaseOf(text)).toBe('primary');
  });

  it('decides nothing from a header naming schools of two phases', () => {
    const text =
      'Rowan Learning Trust\nRowan Primary Academy · Rowan High School\n\nHow we look after pupil information\n\nWe keep records safe.';
    expect(phaseOf(text)).toBe('unknown');
  });

  it('does not take a school named in running text below the header for the notice’s own', () => {
    const text = 'Castlegate Academy\n\nStudents join Year 7 at Castlegate Academy after Millbrook Primary School.';
    expect(phaseOf(text)).toBe('unknown');
  });
});

describe('detectPhase: alternative provision takes the phase of the ages it teaches', () => {
  it.each([
    [
      'secondary',
      'Millstream Pupil Referral Unit\n\nMillstream is a pupil referral unit for students aged 11 to 16 who have been excluded.',
    ],
    ['all-through', 'Bankside Hospital School\n\nBankside Hospital School teaches pupils aged 5 to 16 on the children’s ward and at home.'],
    ['primary', 'The Acorn PRU\n\nThe Acorn PRU is a short-stay centre for children aged 5 to 11.'],
  ])('%s: %s', (phase, text) => {
    expect(phaseOf(text)).toBe(phase);
  });

  it('is read as special when it gives no ages, and a special school giving its ages stays special', () => {
    expect(phaseOf('Millstream Pupil Referral Unit\n\nWe work with young people who cannot attend their own school for a time.')).toBe(
      'special',
    );
    expect(phaseOf('Oakfield Special School\n\nOakfield Special School is a school for pupils aged 11 to 16.')).toBe('special');
  });

  it('takes the secondary stages it teaches when it gives no ages, by its name or in its text', () => {
    expect(phaseOf('Millstream Pupil Referral Unit\n\nMost of our students join us in Key Stage 4 and sit GCSEs here.')).toBe('secondary');
    expect(
      phaseOf('Privacy notice\n\nWe are the pupil referral unit for the borough. Students in Years 10 and 11 follow a core timetable.'),
    ).toBe('secondary');
  });

  it('stays special when a special school is named as its own, or when primary stages are spoken of too', () => {
    expect(phaseOf('Millstream Pupil Referral Unit\n\nMillstream is part of Oakfield Special School. Students sit GCSEs.')).toBe('special');
    expect(phaseOf('Millstream Pupil Referral Unit\n\nWe teach children in Years 3 to 6 and students sitting GCSEs.')).toBe('special');
  });
});

describe('detectPhase: a school from the early years to 13 or 14', () => {
  it('is all-through: its oldest pupils turn 13 in its care', () => {
    expect(phaseOf('Hartmoor Hall is a day school for boys and girls aged 3 to 13.')).toBe('all-through');
  });

  it('reads each part’s ages in the line, bracketed or not', () => {
    const text = 'This policy covers pupils in our Kindergarten (ages 3 to 6) and Lower School (Classes 1 to 8, ages 6 to 14).';
    expect(phaseOf(text)).toBe('all-through');
  });

  it('does not read "Nursery to 11" as Year 11 when the 11 is an age placed in Year 6', () => {
    expect(phaseOf('Larkmoor House School\n\nWe teach children from the age of 3 in our Nursery to 11 in Year 6.')).toBe('primary');
  });
});

describe('detectPhase: an all-age school described with words between', () => {
  it.each([
    'Ysgol Cwm Gwyn\n\nYsgol Cwm Gwyn is a bilingual all-age community school serving the upper valley.',
    'Harbourside School\n\nWe teach children from the nursery class (age 3) right through to the sixth form.',
  ])('all-through: %s', (text) => {
    expect(phaseOf(text)).toBe('all-through');
  });
});

describe('detectPhase: the school saying what kind of school it is', () => {
  it('takes "X is a community primary school" over a secondary school named later as where pupils go', () => {
    const text = [
      'Ysgol Bryn Melyn',
      'Ysgol Bryn Melyn is a small community primary school in the hills.',
      'Records are sent to Ysgol Uwchradd Dyffryn when pupils move on.',
    ].join('\n\n');
    expect(phaseOf(text)).toBe('primary');
  });
  it('does not take another school described so', () => {
    const text = [
      'Ysgol Bryn Melyn',
      'Our partner, Ysgol Uwchradd Dyffryn, is a large secondary school in the town.',
      'Records are sent on when pupils move.',
    ].join('\n\n');
    expect(phaseOf(text)).not.toBe('primary');
  });
});

describe('detectPhase: the opening is counted in running text', () => {
  it('reads the ages the school gives under a long contents list', () => {
    const contents = Array.from({ length: 14 }, (_, i) => ` ${i + 1}. Section ${i + 1}`);
    const text = [
      'HARTWELL ACADEMY',
      'Privacy notice for students and parents',
      'Contents',
      ...contents,
      '',
      '1. About us',
      'Hartwell Academy is a secondary school for students aged 11 to 18.',
      'We work closely with Hartwell Primary School, which shares our site.',
    ].join('\n');
    expect(phaseOf(text)).toBe('secondary');
  });
});

describe('detectPhase: a school with a nursery class', () => {
  it('reads a school by name whose only early-years word is its nursery class as a primary school', () => {
    expect(phaseOf('Ysgol Bryn Derw\nPrivacy notice\nChildren join our nursery class in the term after they turn three.')).toBe('primary');
    expect(phaseOf('Eastcote Lane School\nPrivacy notice\nChildren join our nursery class in the term after they turn three.')).toBe(
      'primary',
    );
  });
  it('does not read the nursery a child came from as the setting, but as a sign of a primary school', () => {
    const letter =
      'Privacy notice for families\nWe receive records from your child’s nursery or previous school. Pupils sit the phonics screening check in Year 1 and move on to secondary school at 11.';
    expect(phaseOf(letter)).toBe('primary');
    expect(phaseOf('Ysgol Bryn Derw\nPrivacy notice\nSome records come from their previous nursery or playgroup.')).toBe('primary');
    // This school's own nursery class is no previous setting.
    expect(phaseOf('Harbourside School\n\nWe teach children from the nursery class (age 3) right through to the sixth form.')).toBe(
      'all-through',
    );
  });
  it('does not read the primary school a child moves on to as the setting', () => {
    const nursery =
      'Privacy notice for families\nChildren attend our nursery classes from two. When they leave, we send a summary of their learning journal to the primary school your child moves on to.';
    expect(phaseOf(nursery)).toBe('nursery');
    expect(phaseOf('Privacy notice\nOur nursery shares transition notes with your child’s new primary school.')).toBe('nursery');
  });
  it('keeps a setting named as one a nursery', () => {
    expect(phaseOf('Ysgol Feithrin Bryn Derw\nPrivacy notice\nChildren join our nursery in the term after they turn two.')).toBe('nursery');
    expect(phaseOf('Little Owls Nursery School\nPrivacy notice\nChildren join our nursery in the term after they turn two.')).toBe(
      'nursery',
    );
  });
});

describe('detectPhase: a trust whose own schools are primary and secondary is all-through', () => {
  const trust = (...lines: string[]) =>
    phaseOf(['Brackenmoor Learning Trust', 'Privacy notice for pupils and parents', ...lines].join('\n'));

  it('reads its schools said by kind', () => {
    expect(
      trust(
        'Brackenmoor Learning Trust runs eleven academies in the county: seven primary academies and four secondary academies.',
        'We collect information about pupils when they join us.',
      ),
    ).toBe('all-through');
  });

  it('reads its schools named after a colon', () => {
    expect(
      trust(
        'The Trust is made up of five academies: Elmfield Primary Academy, Linthorpe Primary Academy, Ravensworth Primary Academy, Holmside Academy and Tarnbrook High School.',
      ),
    ).toBe('all-through');
  });

  it('is primary when every school it lists as its own is primary, infant or junior', () => {
    expect(
      trust(
        'This notice covers the following academies:',
        '- Meadowgate Primary Academy, Cresswell: primary with nursery class, ages 3 to 11',
        '- Brackenhurst Infant Academy, Brackenhurst: infant, ages 4 to 7',
        '- Oakfield Academy, Tennington: primary, ages 4 to 11',
      ),
    ).toBe('primary');
    expect(
      trust('This notice covers the following academies:', '- Meadowgate Academy, Cresswell: primary', '- Castlegate Academy: secondary'),
    ).toBe('all-through');
  });

  it("does not read a nursery class's ages as the schools' own", () => {
    expect(trust('The Trust runs four primary academies, each with a nursery class for children aged 3 and 4.')).toBe('primary');
  });

  it('reads the schools a trust says it operates, each with its ages', () => {
    expect(trust('The Trust operates these academies: Larkfield Primary Academy (ages 4 to 11); Moorside Academy (ages 11 to 16).')).toBe(
      'all-through',
    );
  });

  it('reads a paragraph of its schools named after a lead-in that introduces them as its own', () => {
    const lead = 'This privacy notice applies to each of the six schools in the federation:';
    const names = 'Oakridge Primary School, Lowfield Infant School, Hawthorn Junior School and Castlemere School (ages 11 to 16).';
    expect(trust(lead, names)).toBe('all-through');
    // the same names after a lead-in about where pupils go next are not its own
    expect(phaseOf(['Privacy notice for pupils', 'Many of our pupils move on to these local schools:', names].join('\n'))).not.toBe(
      'all-through',
    );
  });

  it('reads its schools named by kind alone, and one by its ages in brackets, in the sentence naming them as its own', () => {
    expect(trust('Our three schools are Fenwick Primary, Oldbury Infant and Millbrook Academy (11-16).')).toBe('all-through');
    expect(phaseOf(['Fenwick Primary School', 'Privacy notice', 'Many pupils move on to Millbrook Academy (11-16).'].join('\n'))).toBe(
      'primary',
    );
  });

  it('reads its schools said by kind in the sentence saying it runs them, one of them in the singular', () => {
    expect(
      trust(
        'The Trust runs three schools: two primary academies, Millbrook Primary Academy and Cotesfield Primary Academy, and one secondary academy, Harrowden Vale Academy.',
      ),
    ).toBe('all-through');
  });

  it('reads its schools listed with their ages', () => {
    expect(
      trust(
        'Our academies are:',
        '- Elmfield Primary Academy (ages 4 to 11);',
        '- Tarnbrook Academy (ages 11 to 18, with its sixth form).',
      ),
    ).toBe('all-through');
  });

  it('reads its schools listed with their towns before their ages', () => {
    expect(
      trust(
        'This notice applies to the following academies of the Trust:',
        '- Ashwell Primary Academy, Lydbury (ages 3\u201311)',
        "- St Ina's Church of England Academy, Clunford (ages 4\u201311)",
        '- Brockmoor Academy and Sixth Form, Tenwell (ages 11\u201318)',
      ),
    ).toBe('all-through');
  });

  it('reads its schools named in running text with their ages, but not a school it only sends pupils on to', () => {
    expect(
      trust(
        'The Trust runs four academies in and around Holmbridge: Meadowcroft Infant School (ages 4 to 7), St Barnabas Primary Academy (ages 3 to 11) and Harrowgate Academy (ages 11 to 18), which has a sixth form.',
      ),
    ).toBe('all-through');
    expect(
      trust(
        'Our family of schools is Cobb Lane Primary School (ages 4-11), Heronsgate Infant School (ages 4-7) and Saltmarsh Academy (ages 11-16).',
      ),
    ).toBe('all-through');
    expect(
      phaseOf(
        [
          'Tarnbrook High School',
          'Privacy notice for pupils',
          'Our feeder schools are Elmfield Primary School (ages 4-11) and Ashby Junior School (ages 7-11); pupils join Tarnbrook High School (ages 11-16) in Year 7.',
        ].join('\n'),
      ),
    ).toBe('secondary');
    expect(
      phaseOf(
        [
          'Meadowcroft Infant School',
          'Privacy notice for pupils',
          'Meadowcroft Infant School (ages 4 to 7) shares records with Harrowgate Academy (ages 11 to 18) when siblings move on.',
        ].join('\n'),
      ),
    ).not.toBe('all-through');
  });

  it('reads its schools listed with their phases under "Our academies are:", but not a list of other schools', () => {
    expect(
      trust(
        'Our academies are:',
        '- Fernhill Primary Academy - primary',
        '- Ousebridge Infant Academy - infant',
        '- Longmoor Academy - secondary',
      ),
    ).toBe('all-through');
    expect(
      trust('This notice applies to every academy in the Trust:', '- Brackenfield Academy - primary', '- Castlegate Academy - secondary'),
    ).toBe('all-through');
    expect(
      phaseOf(
        [
          'Longmoor Primary School',
          'Privacy notice for pupils',
          'Pupils usually move on to one of these schools:',
          '- Longmoor Academy - secondary',
          '- Kestrel Brook Academy - secondary',
        ].join('\n'),
      ),
    ).toBe('primary');
  });

  it('reads its schools in a table with an ages column, the first of them a primary academy', () => {
    const doc = readHtml(
      `<main><h1>Privacy notice for pupils and parents</h1>
      <p>This notice explains how Brackenmoor Learning Partnership (the "Trust") uses information about pupils at its academies.</p>
      <table><tr><th>Academy</th><th>Ages</th><th>Town</th></tr>
      <tr><td>Elmfield Primary Academy</td><td>4-11</td><td>Ambleford</td></tr>
      <tr><td>Linthorpe Infant Academy</td><td>4-7</td><td>Ambleford</td></tr>
      <tr><td>Tarnbrook Academy</td><td>11-18</td><td>Kirkby</td></tr></table></main>`,
      'https://brackenmoor.example/privacy',
    );
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).toBe('all-through');
  });

  it('reads its schools in a table with a phase column and no ages', () => {
    const doc = readHtml(
      `<main><h1>Privacy notice for pupils and parents</h1>
      <p>This notice explains how Brackenmoor Learning Partnership (the "Trust") uses information about pupils at its academies.</p>
      <table><tr><th>Academy</th><th>Phase</th><th>Town</th></tr>
      <tr><td>Elmfield Academy</td><td>Primary</td><td>Ambleford</td></tr>
      <tr><td>Tarnbrook Academy</td><td>Secondary with sixth form</td><td>Kirkby</td></tr></table></main>`,
      'https://brackenmoor.example/privacy',
    );
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).toBe('all-through');
  });

  it('is primary, by its schools, when the table of the schools the notice covers lists only primary and infant academies', () => {
    const detection = (lead: string) => {
      const doc = readHtml(
        `<main><h1>Privacy notice for pupils and parents</h1>
        <p>This notice explains how Brackenfold Learning Trust (the "Trust") uses information about pupils.</p>
        <p>${lead}</p>
        <table><tr><th>Academy</th><th>Phase</th></tr>
        <tr><td>Ashcombe Academy</td><td>Primary</td></tr>
        <tr><td>Holloway Lane Academy</td><td>Infant</td></tr></table></main>`,
        'https://brackenfold.example/privacy',
      );
      return detectPhase(doc, detectSchool(doc).value, new Set());
    };
    const covered = detection('This notice covers the following academies:');
    expect(covered.value).toBe('primary');
    expect(covered.evidence[0]!.text).toMatch(/Ashcombe Academy \| Phase: Primary/);
    // a table of other schools is not the body's own: only the word decides there
    expect(detection('Most of our pupils come to us from these schools:').evidence[0]!.text).not.toMatch(/Ashcombe Academy/);
  });

  it('does not read feeder primary schools and one secondary school as its own', () => {
    expect(
      phaseOf(
        [
          'Tarnbrook High School',
          'Privacy notice for pupils',
          'We receive information from our feeder primary schools when pupils join us in Year 7.',
        ].join('\n'),
      ),
    ).toBe('secondary');
  });
});

describe('detectPhase: a school describing its sites, each with its ages', () => {
  it('spans the ages of all its sites', () => {
    expect(
      phaseOf(
        'Brynteg Community School\n\nBrynteg is a community school on two sites: the lower site (ages 3 to 11) and the upper site (ages 11 to 18).',
      ),
    ).toBe('all-through');
  });
  it('still reads one range with a class size beside it', () => {
    expect(phaseOf('Brynteg Community School\n\nBrynteg is a community school for ages 4 to 11, in classes of 25-30.')).toBe('primary');
  });
});

describe('detectPhase: the school named with its kind beside it', () => {
  it('reads "Name, a community primary school" against mixed words elsewhere', () => {
    expect(
      phaseOf(
        [
          'Ysgol Glan Morfa',
          'This notice is for the families of Ysgol Glan Morfa, a small community primary school run by the county council.',
          'We share records with:',
          "- your child's next school, usually a secondary school in the county.",
        ].join('\n\n'),
      ),
    ).toBe('primary');
  });
});

describe('detectPhase: the school described in its site header', () => {
  const page = (strip: string) =>
    readHtml(
      `<div class="topbar"><p>Ashdene School · ${strip}</p></div>
      <header><h1>Ashdene School</h1></header>
      <main><h1>Your information</h1>
      <p>Ashdene School is the data controller for what we keep about our learners.</p>
      <p>Information comes from families, from the nursery or school a child attended before, and from the council.</p></main>`,
      'https://ashdene.example/privacy',
    );
  it("reads the header's kind of school before an early-years word in the text", () => {
    const doc = page('A community special school for young people aged 2 to 19');
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).toBe('special');
  });
  it('reads the kind with the school\'s type after it ("a special free school")', () => {
    const doc = page('A special free school for children aged 4 to 16 with speech and language needs');
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).toBe('special');
  });
  it('is no help when the header does not say what kind of school it is', () => {
    const doc = page('Tel 01632 960222');
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).not.toBe('special');
  });
});

describe("detectPhase: the notice's own label of the schools it covers", () => {
  it('reads "Applies to:" with each school and its ages as the body\'s own schools', () => {
    expect(
      phaseOf(
        [
          'Privacy notice for families',
          'Applies to: Oakridge Infant and Nursery Academy (ages 3-7), Fernlea Primary Academy (4-11) and Bexley Vale Academy (11-18).',
          'Last updated: 2 September 2026',
          'The Oakridge Trust is the controller of this information.',
        ].join('\n\n'),
      ),
    ).toBe('all-through');
  });

  it('reads the schools named there by kind, some without ages, as a line or as a row of the document-control table', () => {
    const schools =
      'Every school in the Harrow Beck Trust: Beckside Primary Academy; Wrenfold Infant Academy; Harrow Beck High School (ages 11 to 18)';
    expect(
      phaseOf(['Privacy notice for families', `Applies to: ${schools}`, 'The Trust is the controller of this information.'].join('\n\n')),
    ).toBe('all-through');
    const doc = readHtml(
      '<html><body><main><h1>Privacy notice for families</h1><table><tr><th scope="row">Version</th><td>4.1</td></tr>' +
        `<tr><th scope="row">Applies to</th><td>${schools}</td></tr></table>` +
        '<p>The Trust is the controller of this information.</p></main></body></html>',
      null,
    );
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).toBe('all-through');
  });
});

describe("detectPhase: the school's stages spanned from nursery or reception to the sixth form", () => {
  it('reads the span in the opening as all-through, whatever early-years and sixth-form words come later', () => {
    expect(
      phaseOf(
        [
          'Privacy notice for families',
          'This notice covers every pupil at Hollow Lane Academy, from Reception right through to the sixth form.',
          'We hold names and attendance, and the nursery or school a child came from sends us records.',
        ].join('\n\n'),
      ),
    ).toBe('all-through');
  });
  it('reads it in the site header', () => {
    const doc = readHtml(
      '<header><p>Hollow Lane Academy \u2013 Nursery to Sixth Form</p></header><main><h1>Your information</h1><p>We hold names and attendance, and the nursery a child came from sends us records.</p></main>',
      'https://hollowlane.example/privacy',
    );
    expect(detectPhase(doc, detectSchool(doc).value, new Set()).value).toBe('all-through');
  });
});

describe('detectPhase: the ages the site header gives', () => {
  const phaseOfPage = (strapline: string) => {
    const doc = readHtml(
      `<header><a href="/">Fernley Academy</a><p>${strapline}</p></header><main><h1>Privacy notice</h1><p>Children in the Early Years Foundation Stage have learning journals. Students in the sixth form have a learner number.</p></main>`,
      'https://fernley.example/privacy',
    );
    return detectPhase(doc, detectSchool(doc).value, new Set()).value;
  };

  it('reads the banner’s ages as the school’s, over mixed early-years and sixth-form words', () => {
    expect(phaseOfPage('Ages 4 to 18 \u00b7 part of the Fenway Trust')).toBe('all-through');
    expect(phaseOfPage('Open to children aged 3 to 11')).toBe('primary');
  });

  it('reads a special school in the banner as special, whatever ages it gives', () => {
    expect(phaseOfPage('Special school for learners aged 3 to 19')).toBe('special');
  });

  it('does not read a length of time as ages', () => {
    expect(phaseOfPage('Ages 4 to 18 months in our baby room')).not.toBe('all-through');
  });
});

describe('detectPhase: a header line of the body’s schools, one of no named kind', () => {
  it('does not take the primary academies named for the whole body when another academy names no kind', () => {
    const text = (last: string) =>
      [
        'ELMSTONE ACADEMIES TRUST',
        'Privacy notice for pupils and families',
        `Elm Primary Academy | Oakfield Primary Academy | ${last}`,
        'This notice covers every academy in our trust.',
        'Q11. What happens when a secondary pupil turns 13?',
        'We pass some details to the council for youth support services.',
      ].join('\n\n');
    expect(phaseOf(text('Castle Vale Academy'))).not.toBe('primary');
    // every name giving its kind, the header still decides
    expect(phaseOf(text('Castle Vale Primary Academy'))).toBe('primary');
  });
});
