// Unit tests for the government checks: census sharing and its legal gateway, NPD, government signposts, youth support services.
import { describe, expect, it } from 'vitest';
import { run } from './content-harness';
import { runAudit } from '../../../src/core/run-audit';

const NPD_LINK = 'https://www.gov.uk/government/publications/national-pupil-database-user-guide-and-supporting-information';

describe('census-sharing-statutory', () => {
  it('passes for the DfE statutory sharing in England and the Welsh Government / PLASC in Wales', () => {
    expect(
      run('census-sharing-statutory', "We share pupils' data with the Department for Education (DfE) on a statutory basis.").status,
    ).toBe('pass');
    const wales = run(
      'census-sharing-statutory',
      'We submit the Pupil Level Annual School Census (PLASC) to the Welsh Government under the Education (Information About Individual Pupils) (Wales) Regulations 2007.',
      { nation: 'wales' },
    );
    expect(wales.status).toBe('pass');
    expect(wales.message).toMatch(/gateway is cited/);
  });
  it('is partial for a Welsh school citing the (England) Regulations 2013', () => {
    const v = run(
      'census-sharing-statutory',
      'We are required by law to provide information about our pupils to the Welsh Government as part of statutory data collections. The law that allows this is the Education (Information About Individual Pupils) (England) Regulations 2013.',
      { nation: 'wales' },
    );
    expect(v.status).toBe('partial');
    expect(v.evidence.some((e) => /\(England\) Regulations/.test(e.text))).toBe(true);
  });
  it('reads the collection named in the heading the sharing sits under, one sentence to a line', () => {
    const v = run(
      'census-sharing-statutory',
      'THE TERMLY HEADCOUNT: OUR CENSUS RETURN\n\nEach term we pass a few facts about your child to Ashworth Council.\nThe council sends them on to the Department for Education.\nFunded hours depend on it.',
    );
    expect(v.status).toBe('pass');
    expect(v.evidence.some((e) => /CENSUS RETURN/.test(e.text))).toBe(true);
    // Under a heading that names no collection, the same lines say nothing of a statutory return.
    const plain = run(
      'census-sharing-statutory',
      'WHO ELSE SEES IT\n\nEach term we pass a few facts about your child to Ashworth Council.\nThe council sends them on to the Department for Education.\nFunded hours depend on it.',
    );
    expect(plain.status).toBe('partial');
  });
  it("reads a college's Individualised Learner Record as its statutory collection", () => {
    const v = run(
      'census-sharing-statutory',
      'The Department for Education: each term we send details of every student through the Individualised Learner Record (ILR).',
    );
    expect(v.status).toBe('pass');
  });
  it('is partial when government is named with no collection or law, fail when absent', () => {
    expect(run('census-sharing-statutory', 'We send some information to the Department for Education.').status).toBe('partial');
    expect(run('census-sharing-statutory', 'We share information with the local authority.').status).toBe('fail');
  });
});

describe('national-pupil-database', () => {
  it('passes for NPD text with the DfE guidance link', () => {
    expect(
      run(
        'national-pupil-database',
        `The National Pupil Database (NPD)\nThe NPD is owned and managed by the Department for Education.\nTo find out more, go to ${NPD_LINK}`,
      ).status,
    ).toBe('pass');
  });
  it('is partial when the link text "here" lost its address', () => {
    const v = run(
      'national-pupil-database',
      'The National Pupil Database (NPD)\nThe NPD is owned and managed by the Department for Education.\nTo find out more about the NPD, visit the government page here',
    );
    expect(v.status).toBe('partial');
    expect(v.message).toMatch(/lost/);
  });
  it('counts an HTML anchor reading "here" when it carries the address', () => {
    const html = `<h2>The National Pupil Database (NPD)</h2><p>The NPD is owned and managed by the Department for Education. Read more <a href="${NPD_LINK}">here</a>.</p>`;
    expect(run('national-pupil-database', html, { html: true }).status).toBe('pass');
  });
  it('is partial in Wales when the DfE text keeps "the department" or the England link', () => {
    const text = `The National Pupil Database (NPD)\nThe NPD is owned and managed by the Welsh Government. The department may share information about our pupils from the NPD.\nTo find out more, go to ${NPD_LINK}`;
    expect(run('national-pupil-database', text, { nation: 'wales' }).status).toBe('partial');
  });
  it('reads the national pupil-level datasets named as what they are as the database', () => {
    const text =
      'The Welsh Government stores these returns in its national pupil-level data sets, from which researchers may later be given extracts. See https://gov.wales/pupil-level-annual-school-census';
    expect(run('national-pupil-database', text, { nation: 'wales' }).status).toBe('pass');
  });
  it('passes in Wales for a consistently adapted section with a gov.wales link; fails with no NPD at all', () => {
    const text =
      'The National Pupil Database (NPD)\nThe NPD for Wales is owned and managed by the Welsh Government.\nFor education statistics go to https://gov.wales/statistics-and-research/';
    expect(run('national-pupil-database', text, { nation: 'wales' }).status).toBe('pass');
    expect(run('national-pupil-database', 'We share data with the local authority.').status).toBe('fail');
  });
  it('reads the Welsh database described with the returns as "them", in a long sentence', () => {
    const text =
      'The Welsh Government keeps the census returns in its national records of pupils in Wales and uses them to plan and fund education and to produce official statistics. See https://gov.wales/statistics-and-research';
    expect(run('national-pupil-database', text, { nation: 'wales' }).status).not.toBe('fail');
  });
});

describe('national-pupil-database: the Welsh database said by what is done with it', () => {
  it('reads the returns built into a database the government uses for statistics', () => {
    const text =
      'The Welsh Government puts the census returns into a national store of learner records. It uses the database to publish statistics and to plan funding. See https://gov.wales/statistics-and-research';
    expect(run('national-pupil-database', text, { nation: 'wales' }).status).toBe('pass');
  });
});

describe('how-government-uses-data', () => {
  it('passes for a gov.uk data-collection or contact-DfE address', () => {
    expect(run('how-government-uses-data', 'To contact DfE: https://www.gov.uk/contact-dfe').status).toBe('pass');
  });
  it('is partial for a long sentence about what the department does with the data that ends "click here"', () => {
    const v = run(
      'how-government-uses-data',
      'If you would like to know what the Department for Education does with the details we send, and how to ask it for a copy of them, click here.',
    );
    expect(v.status).toBe('partial');
  });
  it('is partial for "here" links with no address and for a malformed address', () => {
    expect(
      run(
        'how-government-uses-data',
        "For more information about the department's data sharing process, please visit the government site here",
      ).status,
    ).toBe('partial');
    expect(run('how-government-uses-data', 'See https://www.gov.uk/education/data-collectionand-censuses-for-schools').status).toBe(
      'partial',
    );
  });
  it('does not count the NPD user guide alone as the signpost', () => {
    expect(run('how-government-uses-data', `To find out more about the NPD, go to ${NPD_LINK}`).status).toBe('fail');
  });
});

describe('government checks: a childcare club named in the title', () => {
  const club = (first: string, more = '') =>
    [
      first,
      'Information for families who book a place with us',
      'We are run by the governing body of Larchfield Primary School, which is the data controller. We keep booking forms, emergency contacts and allergy notes so that we can care for your child.',
      more,
    ].join('\n\n');
  const ids = ['census-sharing-statutory', 'national-pupil-database', 'how-government-uses-data'];

  it('does not apply the census, the NPD or the government signpost to a holiday or after-school club', () => {
    for (const id of ids) {
      const v = run(id, club('FIELDFARE HOLIDAY CLUB'));
      expect(v.status, id).toBe('not-applicable');
      expect(v.evidence[0]?.text).toBe('FIELDFARE HOLIDAY CLUB');
    }
    expect(run('census-sharing-statutory', club('Kestrels Club: how we use your information')).status).toBe('not-applicable');
    // a company running clubs at several schools names them in the plural
    expect(run('census-sharing-statutory', club('SKYLARK BREAKFAST CLUBS')).status).toBe('not-applicable');
  });

  it('does not ask a club for older children for the youth support sharing, a school’s duty', () => {
    const older = club('BRIGHTWATER HOLIDAY CLUB', 'We welcome disabled children and young people aged 5 to 18.');
    const v = run('youth-support-services', older);
    expect(v.status).toBe('not-applicable');
    expect(v.evidence[0]?.text).toBe('BRIGHTWATER HOLIDAY CLUB');
  });

  it('reads the club’s name from the second title line, under the school’s name', () => {
    const v = run('census-sharing-statutory', club('LARCHFIELD PRIMARY SCHOOL\n\nKESTRELS BREAKFAST AND AFTER-SCHOOL CLUB'));
    expect(v.status).toBe('not-applicable');
    expect(v.evidence[0]?.text).toBe('KESTRELS BREAKFAST AND AFTER-SCHOOL CLUB');
  });

  it('reads the club’s name from the notice’s own title, under a site header and a menu', () => {
    const page = (title: string) =>
      club(
        'Brackenhill Community Association\n\nHome | Room Hire | Kids Club | Contact\n\nKids Club > Privacy notice',
        `${title}\n\nWe look after children aged 4 to 11.`,
      );
    const v = run('census-sharing-statutory', page('BRACKENHILL KIDS CLUB - PRIVACY NOTICE FOR FAMILIES'));
    expect(v.status).toBe('not-applicable');
    expect(v.evidence[0]?.text).toMatch(/KIDS CLUB/i);
    // A school's notice under the same header is still the school's.
    const school = (title: string) =>
      `Brackenhill Primary School\n\nHome | About us | Parents | Contact\n\nParents\n\n${title}\n\nWe look after children aged 4 to 11.`;
    expect(run('census-sharing-statutory', school('Privacy notice for parents and pupils')).status).toBe('fail');
  });

  it('reads the club’s name from the end of a page title, as a site names itself there', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>Privacy notice for parents</h1><p>We keep booking forms, emergency contacts and allergy notes so that we can care for your child.</p></body></html>`;
    expect(run('census-sharing-statutory', page('Privacy notice | Larkspur Holiday Camps'), { html: true }).status).toBe('not-applicable');
    expect(run('census-sharing-statutory', page('Privacy notice | Larkspur Primary School'), { html: true }).status).toBe('fail');
  });

  it('reads a club whose name says no "club" from its subtitle or from the opening sentence saying what it is', () => {
    const named = (lines: string[]) =>
      [...lines, 'What we collect', 'We keep booking forms, emergency contacts and allergy notes so that we can care for your child.'].join(
        '\n\n',
      );
    const opening = named([
      'Otter Kids: how we use your information',
      'Otter Kids is the after-school and holiday club at Brookside Community Centre. We look after children aged 4 to 11.',
    ]);
    const subtitle = named(['Otter Kids: how we use your information', 'Breakfast club and after-school club for children aged 4 to 11']);
    for (const page of [opening, subtitle]) {
      const v = run('census-sharing-statutory', page);
      expect(v.status).toBe('not-applicable');
      expect(v.evidence[0]?.text).toMatch(/club/);
    }
    expect(
      run(
        'census-sharing-statutory',
        named([
          'Otter Kids: how we use your information',
          'Otter Kids is the out-of-school childcare service run by Brookside Leisure Trust.',
        ]),
      ).status,
    ).toBe('not-applicable');
    // A school that says it runs a club is still a school.
    const school = named([
      'Brookside Primary: how we use your information',
      'Brookside Primary is a community primary school with a breakfast club and an after-school club.',
    ]);
    expect(run('census-sharing-statutory', school).status).toBe('fail');
  });

  it('applies them again to a club that takes funded early education, or to a school notice that mentions its club', () => {
    const funded = club('Kestrels Club', 'Some of our three-year-olds take their funded early education hours with us.');
    for (const id of ids) expect(run(id, funded).status, id).toBe('fail');
    const school = ['Larchfield Primary School: privacy notice', 'Our breakfast club opens at 7.45am.', 'We keep attendance records.'].join(
      '\n\n',
    );
    for (const id of ids) expect(run(id, school).status, id).toBe('fail');
  });
});

describe('youth-support-services', () => {
  const SECTION = [
    'Youth support services',
    'Once our pupils reach the age of 13, we pass pupil information to our local authority as it has responsibilities for 13-19 year olds under section 507B of the Education Act 1996.',
    "A parent can ask that only their child's name, address and date of birth is passed on. This right is transferred to the pupil once they reach the age 16.",
  ].join('\n');

  it("reads the council's participation work with young people as the service named, with no choice given (partial)", () => {
    for (const text of [
      "Because you are under 19, we let Stanbridge Borough Council's Participation Team know when you start with us and if you leave your course early.",
      "When a pupil under 18 leaves us, we tell the local authority where they live, so that it can carry out its duty to support young people's participation in education or training.",
    ]) {
      const v = run('youth-support-services', text, { phase: 'secondary' });
      expect(v.status, text).toBe('partial');
      expect(v.evidence[0]?.text).toMatch(/participation/i);
    }
    expect(run('youth-support-services', 'Pupil participation in lessons is recorded by teachers.', { phase: 'secondary' }).status).toBe(
      'fail',
    );
  });

  it("reads the pupil's own choice under a follow-up question about the next age", () => {
    const qa = [
      'Q: What happens once my child is 13?',
      "A: From 13 we send each pupil's details to the county's youth support service under section 507B of the Education Act 1996. A parent can ask us to send only the name, address and date of birth.",
      'Q: What about at 16?',
      'A: From 16 the pupil decides for themselves and can ask us to limit it to those three details.',
    ].join('\n');
    expect(run('youth-support-services', qa, { phase: 'secondary' }).status).toBe('pass');
  });

  it('is not applicable for a primary school, even with leftover text', () => {
    expect(
      run('youth-support-services', 'For more information about services for young people, please visit our local authority website.', {
        phase: 'primary',
      }).status,
    ).toBe('not-applicable');
  });
  it('is not applicable for a nursery or other early-years setting, in England and in Wales, and says it is an early-years setting', () => {
    for (const nation of ['england', 'wales'] as const) {
      const v = run('youth-support-services', 'We share information with the local authority early years team.', {
        nation,
        phase: 'nursery',
      });
      expect(v.status).toBe('not-applicable');
      expect(v.message).toBe('An early-years setting has no children aged 13 or over.');
    }
    expect(run('youth-support-services', 'We share data with the DfE.', { phase: 'primary' }).message).toBe(
      'A primary school has no pupils aged 13 or over.',
    );
  });
  it('passes for an English secondary with the 13+/16+ section, partial for a bare mention', () => {
    expect(run('youth-support-services', SECTION, { phase: 'secondary' }).status).toBe('pass');
    expect(run('youth-support-services', 'We share some information with youth support services.', { phase: 'secondary' }).status).toBe(
      'partial',
    );
  });
  it('fails for a secondary without the section, ignoring consent-based careers sharing', () => {
    const v = run('youth-support-services', 'Careers services are people we will share information with, so long as we have consent.', {
      phase: 'secondary',
    });
    expect(v.status).toBe('fail');
  });
  it('needs review when the phase is unknown and nothing is found', () => {
    expect(run('youth-support-services', 'We share data with the DfE.', { phase: 'unknown' }).status).toBe('needs-review');
  });
  it('uses the Careers Wales variant in Wales', () => {
    expect(
      run('youth-support-services', 'We share learner details with Careers Wales for careers guidance.', {
        nation: 'wales',
        phase: 'secondary',
      }).status,
    ).toBe('pass');
    expect(run('youth-support-services', SECTION, { nation: 'wales', phase: 'secondary' }).status).toBe('partial');
    expect(run('youth-support-services', 'We share data with the Welsh Government.', { nation: 'wales', phase: 'secondary' }).status).toBe(
      'fail',
    );
    expect(run('youth-support-services', 'We share data with the Welsh Government.', { nation: 'wales', phase: 'unknown' }).status).toBe(
      'needs-review',
    );
  });
});

describe('government checks: an early-years setting that is no school and makes no return', () => {
  const setting = (name: string, more = '') =>
    [
      `${name}: how we use your family's information`,
      `${name} is a day nursery for children aged from six months to five years. We are the data controller for the information we keep about the children in our care and their families.`,
      'We keep booking forms, emergency contacts, allergy notes and the daily care diary so that we can look after your child.',
      more,
      'You can ask to see the information we hold, ask us to correct it, and complain to the Information Commissioner’s Office.',
    ].join('\n\n');
  const ids = ['census-sharing-statutory', 'national-pupil-database', 'how-government-uses-data'];
  const statusesOf = (text: string) => {
    const report = runAudit({ notice: { format: 'text', text, url: 'https://example.org/privacy' } }, { asOf: '2026-12-05' });
    return { phase: report.phase, items: ids.map((id) => report.items.find((i) => i.id === id)!) };
  };

  it('does not apply the census, the NPD or the government signpost to a day nursery that names no funding and no government', () => {
    const { phase, items } = statusesOf(setting('Little Otters Day Nursery'));
    expect(phase).toBe('nursery');
    for (const v of items) {
      expect(v.status, v.id).toBe('not-applicable');
      expect(v.message).toMatch(/not a school/);
    }
  });

  it('reads funding the setting says it does not offer as no funding', () => {
    const unfunded = statusesOf(
      setting('Little Otters Day Nursery', 'Sessions are paid for by parents; we do not offer funded early education places.'),
    );
    for (const v of unfunded.items) expect(v.status, v.id).toBe('not-applicable');
    // Funding denied for one age and offered for another is still funding.
    const mixed = statusesOf(
      setting(
        'Little Otters Day Nursery',
        'We do not offer funded places for two-year-olds, but three-year-olds can take 15 hours of funded early education with us.',
      ),
    );
    expect(mixed.items.map((v) => v.status)).not.toContain('not-applicable');
  });

  it('applies them to a setting that takes funded hours, or names the census, or is a nursery school', () => {
    const funded = statusesOf(
      setting('Little Otters Day Nursery', 'Many of our three-year-olds take their 15 hours of funded early education with us.'),
    );
    expect(funded.items.map((v) => v.status)).not.toContain('not-applicable');
    const census = statusesOf(
      setting('Little Otters Day Nursery', 'Each January we send details of the children to the council for the census.'),
    );
    expect(census.items[0]!.status).not.toBe('not-applicable');
    const school = statusesOf(setting('Little Otters Nursery School'));
    expect(school.items.map((v) => v.status)).not.toContain('not-applicable');
  });
});

describe('youth-support-services: a special school whose ages are given in its opening', () => {
  const notice = (ages: string) =>
    [
      'LARKFIELD HOUSE SCHOOL',
      'A maintained special school',
      'Privacy notice for pupils and parents',
      `Larkfield House School is a maintained special school for pupils ${ages} whose main need is a sensory impairment.`,
      'Larkfield House School is the data controller for the information in this notice.',
      'We share information with the local authority and the Department for Education through the school census.',
    ].join('\n\n');
  const youthOf = (text: string) => {
    const report = runAudit({ notice: { format: 'text', text, url: 'https://example.org/privacy' } }, { asOf: '2026-12-05' });
    return { phase: report.phase, item: report.items.find((i) => i.id === 'youth-support-services')! };
  };

  it('does not apply the 13+ sharing when every pupil is 11 or under, though the phase was read from the heading', () => {
    const { phase, item } = youthOf(notice('aged 2 to 11'));
    expect(phase).toBe('special');
    expect(item.status).toBe('not-applicable');
    expect(item.message).toMatch(/up to age 11/);
  });

  it('applies it when the ages reach 13', () => {
    expect(youthOf(notice('aged 2 to 19')).item.status).toBe('fail');
  });
});
