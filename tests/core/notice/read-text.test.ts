// Tests for the plain-text notice reader's inference of lists, headings, wrapped lines and tab or pipe tables.
import { describe, expect, it } from 'vitest';
import { looksLikeHeading, readText } from '../../../src/core/notice/read-text';

const kinds = (text: string) => readText(text).blocks.map((b) => [b.kind, b.text]);

describe('readText: headings', () => {
  it('reads short unpunctuated lines as headings and sentences as paragraphs', () => {
    expect(kinds('Storing pupil data\nWe hold pupil data for 6 years.\nWhy do we collect data?')).toEqual([
      ['heading', 'Storing pupil data'],
      ['paragraph', 'We hold pupil data for 6 years.'],
      ['heading', 'Why do we collect data?'],
    ]);
  });

  it('does not take lead-ins, lower-case lines, URLs or long comma sentences for headings', () => {
    expect(looksLikeHeading('We routinely share pupil information with:')).toBe(false);
    expect(looksLikeHeading('schools that the pupils attend after leaving us')).toBe(false);
    expect(looksLikeHeading('https://www.gov.uk/contact-dfe')).toBe(false);
    expect(looksLikeHeading('The NPD is owned by the DfE, and contains information about pupils')).toBe(false);
    expect(looksLikeHeading('The National Pupil Database (NPD)')).toBe(true);
  });

  it('reads a bilingual title, Welsh then English, as a heading when each half is one', () => {
    expect(looksLikeHeading("Am faint rydyn ni'n ei chadw? / How long do we keep it?")).toBe(true);
    expect(looksLikeHeading("Sut rydyn ni'n ei chadw'n ddiogel? / How do we keep it safe?")).toBe(true);
    // a sentence that happens to hold a slash is still a sentence
    expect(looksLikeHeading('We share data with the council / the local authority when the law requires it.')).toBe(false);
  });

  it('gives every block its source line and section', () => {
    const doc = readText('Contact\n\nIf you would like to discuss anything, email office@school.example.');
    expect(doc.blocks[1]!.where).toBe('line 3');
    expect(doc.sections[doc.blocks[1]!.section]!.heading).toBe('Contact');
  });
});

describe('readText: rules drawn in text', () => {
  it('reads a rule line as a separator, never as a heading or text', () => {
    expect(kinds('We hold pupil data for 6 years.\n\n==========\n\nMore text follows here.')).toEqual([
      ['paragraph', 'We hold pupil data for 6 years.'],
      ['paragraph', 'More text follows here.'],
    ]);
  });

  it('reads a line boxed between rules, or underlined by one, as a heading even when it is numbered or a question', () => {
    const boxed = '-----------------\n4. "Do you share it with anyone?"\n-----------------\n\nOnly with the council.';
    expect(kinds(boxed)).toEqual([
      ['heading', '4. "Do you share it with anyone?"'],
      ['paragraph', 'Only with the council.'],
    ]);
    expect(kinds('Who sees your data, and why it matters to us all\n_____________\nOnly staff who need it.')).toEqual([
      ['heading', 'Who sees your data, and why it matters to us all'],
      ['paragraph', 'Only staff who need it.'],
    ]);
  });

  it('reads a line boxed between rules as a heading though it ends on a word a sentence goes on from', () => {
    const boxed = 'Some text here.\n\n--------------------\n7. WHO WE SHARE INFORMATION WITH\n--------------------\n  * the council\n';
    expect(kinds(boxed)).toEqual([
      ['paragraph', 'Some text here.'],
      ['heading', '7. WHO WE SHARE INFORMATION WITH'],
      ['list-item', 'the council'],
    ]);
  });

  it('does not carry a lower-case line on across a rule', () => {
    const texts = readText('We write to families about\n* * *\nanything in this notice.').blocks.map((b) => b.text);
    expect(texts).toEqual(['We write to families about', 'anything in this notice.']);
  });
});

describe('readText: boxes drawn in text', () => {
  const box = [
    '+----------------------------------------------------+',
    '| SCHOOL TO COMPLETE: OTHER ORGANISATIONS            |',
    '|                                                    |',
    '| We also share information with the Brightwater     |',
    '| Music Hub and the coaches who work in the school.  |',
    '|   - Brightwater Music Hub                          |',
    '+----------------------------------------------------+',
  ].join('\n');

  it('reads the text a box holds, its lines wrapped at the edge joined', () => {
    expect(kinds(box)).toEqual([
      ['heading', 'SCHOOL TO COMPLETE: OTHER ORGANISATIONS'],
      ['paragraph', 'We also share information with the Brightwater Music Hub and the coaches who work in the school.'],
      ['list-item', 'Brightwater Music Hub'],
    ]);
  });
});

describe('readText: numbered section headings', () => {
  it('reads a lone numbered short line over a paragraph as a heading, and a run of numbered lines as a list', () => {
    const doc = readText('Intro paragraph here.\n\n8. Your rights\nYou can ask for a copy.\n\n1. Name\n2. Address\n3. Date of birth\n');
    const kinds = doc.blocks.map((b) => `${b.kind}:${b.text}`);
    expect(kinds).toContain('heading:8. Your rights');
    expect(kinds).toContain('list-item:Name');
    expect(kinds).toContain('list-item:Address');
  });

  it("reads a lone numbered short line over a table as the table's heading", () => {
    for (const table of ['Record\tHow long\nPupil file\tUntil 25\n', 'Record | How long\nPupil file | Until 25\n']) {
      const doc = readText(`Intro paragraph here.\n\n11. How long we keep it\n\n${table}`);
      expect(doc.blocks.map((b) => `${b.kind}:${b.text}`)).toContain('heading:11. How long we keep it');
      expect(doc.blocks.find((b) => b.text.includes('Pupil file'))?.section).toBe(doc.blocks.find((b) => b.kind === 'heading')?.section);
    }
    // a short line over a short line is still no heading (guards the table reading)
    expect(readText('Intro paragraph here.\n\n11. Name\nAddress\n').blocks.find((b) => b.text.endsWith('Name'))?.kind).toBe('list-item');
  });

  it("reads a lone numbered short line over a bulleted list as the list's heading", () => {
    const doc = readText(
      'Intro paragraph here.\n\n10. How long we keep things\n\n- Registers: until the child is 21\n- Photographs: one term\n',
    );
    expect(doc.blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      'paragraph:Intro paragraph here.',
      'heading:10. How long we keep things',
      'list-item:Registers: until the child is 21',
      'list-item:Photographs: one term',
    ]);
  });

  it('reads a title with an aside naming whom the part is for as a heading, though it has a comma', () => {
    const doc = readText('Intro paragraph here.\n\nWhat we keep on file, as the parent of a pupil\n\nWe keep your phone number.\n');
    expect(doc.blocks[1]?.kind).toBe('heading');
    // a sentence that lost its full stop, with a comma, is still no heading
    expect(readText('Intro paragraph here.\n\nWe keep your number on file, and we ring you first\n\nMore.\n').blocks[1]?.kind).toBe(
      'paragraph',
    );
  });

  it('reads a lone numbered title with a comma in it as a heading, as an unnumbered line with one is not', () => {
    const doc = readText(
      'Intro paragraph here.\n\n7. Storing it, sharing it and when we delete it\n\nFiles stay in a locked room until the pupil turns 25.\n',
    );
    expect(doc.blocks.map((b) => `${b.kind}:${b.text}`)).toContain('heading:7. Storing it, sharing it and when we delete it');
    expect(readText('Intro paragraph here.\n\nWe store it, share it and then delete it\n\nMore.\n').blocks[1]?.kind).toBe('paragraph');
  });

  it('reads a question numbered "Q12." as a heading though it runs long and opens with a statement', () => {
    const doc = readText(
      'Intro paragraph here.\n\nQ7. Your child is nearly a teenager. What changes for them at thirteen?\n\nWe tell the council.\n',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    // Unnumbered, the same line is a paragraph.
    const plain = readText(
      'Intro paragraph here.\n\nYour child is nearly a teenager. What changes for them at thirteen then?\n\nWe tell the council.\n',
    );
    expect(plain.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('reads one question on its own line as a heading though it has a comma and runs past twelve words', () => {
    const doc = readText(
      'Intro paragraph here.\n\nWhen might we pass it on, and who might we pass it on to?\n\nThe council sees attendance figures.\n',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    // A statement with a comma that lost its stop is still a paragraph.
    expect(readText('Intro paragraph here.\n\nWe pass it on to the council, and to the health service\n\nMore.\n').blocks[1]?.kind).toBe(
      'paragraph',
    );
  });

  it('reads a line in capitals as a heading though it has a comma, as a sentence that lost its stop would not', () => {
    const doc = readText('Intro paragraph here.\n\nWHY WE KEEP IT, WHAT ALLOWS US TO, AND HOW LONG\n\nRegisters are kept.\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(readText('Intro paragraph here.\n\nWe keep it, as the law allows us to, for a long time\n\nMore.\n').blocks[1]?.kind).toBe(
      'paragraph',
    );
  });

  it('reads a question marked "Q." as a heading though it opens with a statement', () => {
    const doc = readText('Intro paragraph here.\n\nQ. I said yes to photos last year. Can I change my mind?\n\nYes, at any time.\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('reads a lone numbered section asked as a longer question as a heading, not a one-item list', () => {
    const doc = readText(
      'Intro paragraph here.\n\n6. Who else might see your child’s information, and why would they need to see it?\n\nThe council sees attendance figures.\n',
    );
    expect(doc.blocks.map((b) => `${b.kind}:${b.text}`)).toContain(
      "heading:6. Who else might see your child's information, and why would they need to see it?",
    );
    // as long, but not a question: still no heading
    const statement = readText(
      'Intro paragraph here.\n\n6. Other people may see what we know about your child when they need it for their work\n\nMore text.\n',
    );
    expect(statement.blocks[1]?.kind).not.toBe('heading');
  });

  it('keeps numbered items separated by blank lines in one list', () => {
    const doc = readText('We use it to:\n\n1. Support learning\n\n2. Keep pupils safe\n\nMore text follows here.\n');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['Support learning', 'Keep pupils safe']);
  });
});

describe('readText: lists', () => {
  it('reads bullet glyphs used in school notices as list items, one listId per list', () => {
    const doc = readText(
      'We use data to:\n- support learning\n\u2022 monitor progress\n\u00b7 provide pastoral care\n\nWe share with:\n  \u2022 the LA\n  \u2022 the DfE',
    );
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual(['support learning', 'monitor progress', 'provide pastoral care', 'the LA', 'the DfE']);
    expect(items[0]!.listId).toBe(items[2]!.listId);
    expect(items[3]!.listId).not.toBe(items[0]!.listId);
  });

  it('reads typed arrows and ticks as list markers, not a dash followed by text', () => {
    expect(kinds('Uses\n-> plan lessons\n\u2192 keep pupils safe\n\u2714 run trips\n->no space here is a sentence.')).toEqual([
      ['heading', 'Uses'],
      ['list-item', 'plan lessons'],
      ['list-item', 'keep pupils safe'],
      ['list-item', 'run trips'],
      ['paragraph', '->no space here is a sentence.'],
    ]);
  });

  it('keeps items separated by one blank line in one list, and starts a new list after a gap', () => {
    const items = readText('a) first item\nb) second item\n\nc) third after blank\n\n\n\nd) far away').blocks;
    expect(items.map((b) => b.listId)).toEqual([1, 1, 1, 2]);
  });

  it('does not mistake a marker with no text for an item', () => {
    expect(kinds('-\nText after a dash line.')).toEqual([
      ['paragraph', '-'],
      ['paragraph', 'Text after a dash line.'],
    ]);
  });

  it('does not read "e.g." or a decimal at the start of a line as a list marker', () => {
    expect(kinds('e.g. names and addresses are collected.\n1.5 million pupils are in the NPD.').map(([, t]) => t)).toEqual([
      'e.g. names and addresses are collected.',
      '1.5 million pupils are in the NPD.',
    ]);
  });

  it('joins a wrapped list item onto its item', () => {
    expect(kinds('- Fulfil our statutory obligations to safeguard\n  and protect children\n- Manage behaviour')).toEqual([
      ['list-item', 'Fulfil our statutory obligations to safeguard and protect children'],
      ['list-item', 'Manage behaviour'],
    ]);
  });

  it('joins lines set in under an item left open on a colon or a comma, whatever their case', () => {
    const text = [
      'We share information with:',
      '  - the school nursing team;',
      '  - companies that provide services to us:',
      '      Arbor (our pupil database), Google Workspace (school accounts),',
      '      CPOMS (safeguarding records) and ParentMail (messages).',
      'Apart from these, we pass information on only where the law allows.',
    ].join('\n');
    expect(kinds(text).slice(1)).toEqual([
      ['list-item', 'the school nursing team;'],
      [
        'list-item',
        'companies that provide services to us: Arbor (our pupil database), Google Workspace (school accounts), CPOMS (safeguarding records) and ParentMail (messages).',
      ],
      ['paragraph', 'Apart from these, we pass information on only where the law allows.'],
    ]);
    // An item that ends its sentence leaves a line set in under it standing alone.
    expect(kinds('- Names and addresses.\n    Photographs are kept for a year.').map(([k]) => k)).toEqual(['list-item', 'paragraph']);
  });
});

describe('readText: wrapped lines', () => {
  it('joins a line that did not end a sentence with a following lower-case line (seed 000 L14-15)', () => {
    const doc = readText(
      'We use data to manage and monitor pastoral needs and attendance/absences so that suitable\nstrategies can be planned if required.\nNext sentence.',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'We use data to manage and monitor pastoral needs and attendance/absences so that suitable strategies can be planned if required.',
      'Next sentence.',
    ]);
    expect(doc.blocks[0]!.where).toBe('lines 1-2');
  });

  it('joins a wrapped sentence whose first line is short enough to look like a heading', () => {
    expect(kinds('Some text here that wraps over\nthe line end.')).toEqual([['paragraph', 'Some text here that wraps over the line end.']]);
  });

  it('does not join after a colon or a full stop', () => {
    expect(kinds('The categories include:\nnames and addresses\nWe keep data.\nand more').map(([k]) => k)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('joins a line ending on "the" with a quoted lower-case line', () => {
    expect(kinds('The law calls this the\n"data controller".')).toEqual([['paragraph', 'The law calls this the "data controller".']]);
  });

  it('joins a capitalised line after "the" in text broken by hand into short lines, as large print is; elsewhere it is cut off', () => {
    const largePrint = [
      'This guide is printed in large type.',
      'You can ask the office for it',
      'in another language, on coloured paper,',
      'or read out to you.',
      'We keep information',
      'about your child',
      'so that we can teach them',
      'and keep them safe.',
      'We share it with',
      'the council and',
      'the school nurse.',
      'The DfE keeps this information',
      'in a big database called the',
      'National Pupil Database.',
      'You can read about it',
      'on the GOV.UK website,',
      'or ask the office',
      'for a printed copy.',
      'We check this guide',
      'every year.',
    ].join('\n');
    expect(readText(largePrint).blocks.map((b) => b.text)).toContain(
      'The DfE keeps this information in a big database called the National Pupil Database.',
    );
    // A paragraph set on its own lines, not broken by hand: the line ending "such as the" was cut off.
    expect(
      readText('We share information with other agencies such as the\nThis notice is reviewed every year.').blocks.map((b) => b.text),
    ).toEqual(['We share information with other agencies such as the', 'This notice is reviewed every year.']);
  });

  it('joins a lower-case line to the short title-like line above it in text broken by hand, as a poster is', () => {
    const poster = [
      'Larchfield Nursery School',
      'looks after the details',
      'on this sheet.',
      '',
      'We keep information',
      'about your child',
      'so that we can teach them',
      'and keep them safe.',
      'We share it with',
      'the council and',
      'the health visitor.',
      'You can ask to see it',
      'at any time',
      'by asking the office.',
    ].join('\n');
    expect(readText(poster).blocks[0]!.text).toBe('Larchfield Nursery School looks after the details on this sheet.');
    // Not broken by hand: a short title over a lower-case line stays a title (a cookie table's cell, say).
    expect(readText('Larchfield Nursery School\nlooks after the details on this sheet.').blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
    ]);
  });

  it('joins a sentence wrapped before a number instead of reading the fragment as a heading', () => {
    expect(kinds('We hold data for\n6 years after the pupil leaves.')).toEqual([
      ['paragraph', 'We hold data for 6 years after the pupil leaves.'],
    ]);
  });
});

/** Fills paragraphs to `width` characters, as an email or a text export does. */
const fill = (paragraph: string, width: number, indent = ''): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
};

describe('readText: text filled to a fixed width', () => {
  const opening = fill(
    'Brookmead Primary School collects and holds personal information about pupils and their families so that we can teach, care for and keep safe every child in our school. This notice explains what we hold, why we hold it, who we share it with, how long we keep it and what your rights are. Please read it alongside our other policies, which are on the school website and on paper from the school office. If anything in it is unclear, or you would like it in another format or language, the office will be glad to help, and we review the notice every year so that it stays accurate. The governing body agreed this version at its autumn meeting, after asking parents and staff what they found hard to follow in the last one.',
    72,
  );
  // Filled at 72: "Manager," would not have fitted after "Business".
  const access = [
    'You can ask for a copy of the information we hold about your child.',
    'Email office@brookmead.sch.example or write to our School Business',
    'Manager, Mrs Ann Lowe, at the school address, and we will reply within',
    'one month.',
  ];

  it('joins a line the next word would not have fitted on, even when the next line starts with a capital', () => {
    const doc = readText([...opening, '', 'Requesting access', '', ...access].join('\n'));
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(doc.blocks[3]!.text).toContain('write to our School Business Manager, Mrs Ann Lowe, at the school address');
  });

  it('joins a number that wrapped onto the start of a line instead of opening a list with it', () => {
    const about = fill('Larchmere Hall College is an independent college for students aged 16 to 19. We also offer a one-year course.', 72);
    expect(about[1]).toMatch(/^19\. We also/);
    const doc = readText([...opening, '', ...about].join('\n'));
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(doc.blocks[1]!.text).toContain('aged 16 to 19. We also offer');
  });

  it('joins a filled list item whose next line starts with a capital', () => {
    const item = ['- health: allergies, medical conditions, medicines and dietary needs, family', '  GP and health visitor'];
    const doc = readText([...opening, '', ...item, '- attendance and absence records'].join('\n'));
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual([
      'health: allergies, medical conditions, medicines and dietary needs, family GP and health visitor',
      'attendance and absence records',
    ]);
  });

  it('joins a line filled near a wide width and ending on "of the" to the capitalised line under it', () => {
    // Filled at 110 (too wide to read as large print), and broken by eye a little short: "Education" would have fitted.
    const wide = fill(opening.join(' '), 110);
    const census = [
      'We send some information to the Department for Education in the census, under section 537A of the',
      'Education Act 1996, so that the government can fund schools and check how well they are doing.',
    ];
    const doc = readText([...wide, '', ...wide, '', ...census].join('\n'));
    expect(doc.blocks.at(-1)!.text).toBe(census.join(' '));
    // A short line ending on "the" in the same text is still a sentence cut off.
    const cut = readText(
      [...wide, '', ...wide, '', 'Other organisations we share with include the', 'Department for Education.'].join('\n'),
    );
    expect(cut.blocks.at(-1)!.text).toBe('Department for Education.');
  });

  it('reads each line of a table laid out with dotted leaders as a row of its own', () => {
    const rows = [
      '  Learning journals ............ given to you when your child leaves; our copy deleted after 3 months',
      '  Registration records ......... 3 years after your child leaves',
      '  Accident records ............. until your child is 21 years and 3 months old',
    ];
    const doc = readText([...opening, '', 'How long do you keep it?', '', ...rows].join('\n'));
    expect(doc.blocks.slice(-3).map((b) => b.text)).toEqual(rows.map((r) => r.trim()));
  });

  it('keeps a short line that stops well before the width apart from the capitalised line under it', () => {
    const doc = readText([...opening, '', 'Who we share it with', 'The local authority, for admissions and funding.'].join('\n'));
    expect(doc.blocks.slice(-2).map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('finds a narrow width (large print, filled at 40) past the rules of dashes that divide its sections', () => {
    const narrow = fill(
      'We keep a record of every pupil who joins us, with their address, their family contacts and anything about their health that helps us look after them during the day. We also keep their reading levels, their attendance and notes from their teachers, and we pass the record on when they leave for their next school.',
      40,
    );
    const rule = '-'.repeat(50);
    const access = [
      'You can ask to see what we hold about',
      'Ella. Please write to the school office',
      'and we will answer within one month.',
    ];
    const doc = readText([...narrow, '', rule, '', ...narrow, '', rule, '', ...access].join('\n'));
    expect(doc.blocks.at(-1)!.text).toBe(access.join(' '));
  });

  it('reads text that is not filled to a width line by line, as before', () => {
    const doc = readText(['Our school business manager is', 'Mrs Ann Lowe, who answers requests.'].join('\n'));
    expect(doc.blocks).toHaveLength(2);
  });
});

describe('readText: lines set in Markdown bold', () => {
  it('reads a bold sentence as a sentence and a bold title as a heading, without the markers', () => {
    expect(kinds('**Your rights**\n\n**We keep each file until the pupil is 25.**\n\nAsk the office for the schedule.')).toEqual([
      ['heading', 'Your rights'],
      ['paragraph', 'We keep each file until the pupil is 25.'],
      ['paragraph', 'Ask the office for the schedule.'],
    ]);
  });
  it('reads a numbered title over a bold summary as a heading, not a list item', () => {
    const doc = readText('12. WHERE DATA IS STORED\n\n**Everything we hold stays in the UK.**\n\nOur systems use UK data centres.');
    expect(doc.blocks[0]!.kind).toBe('heading');
  });
});

describe('readText: tab-separated tables', () => {
  it('reads tab-separated lines as table rows with cells, the first as headers', () => {
    const doc = readText('Cookie Name\tWhat it does\n_ga\tCounts visits\nASPSESSID\tKeeps you logged in\n\nAfter the table.');
    expect(doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.cells)).toEqual([
      ['Cookie Name', 'What it does'],
      ['_ga', 'Counts visits'],
      ['ASPSESSID', 'Keeps you logged in'],
    ]);
    expect(doc.tables).toEqual([
      {
        index: 0,
        headers: ['Cookie Name', 'What it does'],
        rows: [
          ['_ga', 'Counts visits'],
          ['ASPSESSID', 'Keeps you logged in'],
        ],
        firstBlock: 0,
        where: 'line 1',
      },
    ]);
    expect(doc.blocks.at(-1)!.kind).toBe('paragraph');
  });

  it('keeps one table across a blank line and a continuation row with an empty first cell', () => {
    const doc = readText(
      'Description\tDetails\nSubject\tTransfer of data\n\nNature\tThe personal data\n\tFurther processing\nType\tPersonal information',
    );
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows).toHaveLength(4);
  });
});

describe('readText: tables typed with pipes', () => {
  it('reads pipe-separated lines as table rows, each data row labelled with its header', () => {
    const doc = readText(
      'Kind of record | Kept for\n|---|---|\nAttendance register | 3 years\n| Medical notes | until age 25 |\nAfter the table.',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['table-row', 'Kind of record | Kept for'],
      ['table-row', 'Kind of record: Attendance register | Kept for: 3 years'],
      ['table-row', 'Kind of record: Medical notes | Kept for: until age 25'],
      ['paragraph', 'After the table.'],
    ]);
    expect(doc.tables[0]!.headers).toEqual(['Kind of record', 'Kept for']);
    expect(doc.tables[0]!.rows).toHaveLength(2);
  });

  it('leaves a single line with a pipe in it as text', () => {
    expect(kinds('Home | About us | Contact\nWe hold pupil data for 6 years.')).toEqual([
      ['heading', 'Home | About us | Contact'],
      ['paragraph', 'We hold pupil data for 6 years.'],
    ]);
  });
});

describe('readText: grid tables drawn in text', () => {
  const rows = (text: string) =>
    readText(text)
      .blocks.filter((b) => b.kind === 'table-row')
      .map((b) => b.text);

  it('joins a row whose cells wrap over several lines, where borders part the rows', () => {
    const text = [
      'Your rights',
      '',
      '+----------------------+--------------------------------+',
      '| Right                | How to use it                  |',
      '+======================+================================+',
      '| To see a copy of     | Email the office at            |',
      '| your records         | office@larchfield.example and  |',
      '|                      | we reply within a month.       |',
      '+----------------------+--------------------------------+',
      '| To have mistakes     | Tell your class teacher.       |',
      '| put right            |                                |',
      '+----------------------+--------------------------------+',
      '',
      'The end.',
    ].join('\n');
    expect(rows(text)).toEqual([
      'Right | How to use it',
      'Right: To see a copy of your records | How to use it: Email the office at office@larchfield.example and we reply within a month.',
      'Right: To have mistakes put right | How to use it: Tell your class teacher.',
    ]);
  });

  it('starts a row at each filled first cell in a box with no borders between its rows, and reads labels and values as they stand', () => {
    const text = [
      '+--------------+---------------------------------------+',
      '| Controller   | Larch House, a unit run by the        |',
      '|              | council, is the data controller.      |',
      '| Telephone    | 01632 960 555                         |',
      '+--------------+---------------------------------------+',
    ].join('\n');
    expect(rows(text)).toEqual([
      'Controller | Larch House, a unit run by the council, is the data controller.',
      'Telephone | 01632 960 555',
    ]);
  });
});

describe('readText: tables typed with spaces', () => {
  it('reads three or more lines of space-set columns as table rows', () => {
    const doc = readText(
      'We share with:\n    Who                        Why\n    Anyshire Council           admissions and funding\n    Department for Education   the school census\nAfter the table.',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'We share with:'],
      ['table-row', 'Who | Why'],
      ['table-row', 'Anyshire Council | admissions and funding'],
      ['table-row', 'Department for Education | the school census'],
      ['paragraph', 'After the table.'],
    ]);
    expect(doc.tables[0]!.headers).toEqual(['Who', 'Why']);
  });

  it('leaves fewer than three such lines, and pipe rows padded with spaces, to the other readers', () => {
    expect(kinds('Name     Role\nJo Bell     Head\nWe hold pupil data for 6 years.').map(([k]) => k)).not.toContain('table-row');
    const doc = readText('Record        | Kept for\nAttendance    | 3 years\nMedical notes | until age 25');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Record | Kept for',
      'Record: Attendance | Kept for: 3 years',
      'Record: Medical notes | Kept for: until age 25',
    ]);
  });
});

describe('readText: web addresses printed in text', () => {
  it('joins an address broken after a slash or a hyphen, and reads a host with a path as an address without a scheme', () => {
    const doc = readText(
      'Read how the DfE uses them:\ngov.uk/government/publications/\nprivacy-information-early-years-\nfoundation-stage-to-key-stage-3\n',
    );
    expect(doc.links.map((l) => l.href)).toEqual([
      'http://gov.uk/government/publications/privacy-information-early-years-foundation-stage-to-key-stage-3',
    ]);
    // An email address's host is no web address; a sentence going on after a hyphenated word keeps its space.
    const other = readText(
      'Email office@larchfield.sch.uk/ for help.\nWe pass your details to our catering supplier, which is a well-\nknown local company.\n',
    );
    expect(other.links).toEqual([]);
    expect(other.blocks.map((b) => b.text)).toContain(
      'We pass your details to our catering supplier, which is a well- known local company.',
    );
  });
});

describe('readText: links and empty input', () => {
  it('finds bare URLs, trimming closing punctuation and angle brackets', () => {
    const doc = readText('Go to <https://www.gov.uk/contact-dfe>.\nSee www.aboutcookies.org/.');
    expect(doc.links.map((l) => [l.text, l.href])).toEqual([
      ['https://www.gov.uk/contact-dfe', 'https://www.gov.uk/contact-dfe'],
      ['www.aboutcookies.org/', 'http://www.aboutcookies.org/'],
    ]);
  });

  it('marks an empty document unreadable', () => {
    expect(readText('  \n\n').unreadable).toEqual(['the document has no text']);
  });
});

describe('readText: running headers and footers of a printed document', () => {
  const pages = [
    'Larch Hill Academy: privacy notice for students',
    'Ref LHA-DP-02, issued 1 March 2026        Page 1 of 2',
    'Your rights',
    'You have the right to:',
    '- ask for a copy of your information;',
    '',
    'Ref LHA-DP-02, issued 1 March 2026        Page 2 of 2',
    '',
    '- have it corrected if it is wrong;',
    '- object to how we use it.',
  ].join('\n');

  it('reads the first once, as a line of its own, and skips its repeats so a list broken by a page end reads on', () => {
    const doc = readText(pages);
    const furniture = doc.blocks.filter((b) => /Page \d of 2/.test(b.text));
    expect(furniture.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'Ref LHA-DP-02, issued 1 March 2026 Page 1 of 2']]);
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items).toHaveLength(3);
    expect(new Set(items.map((b) => b.listId)).size).toBe(1);
  });

  it('leaves a sentence that mentions a page alone', () => {
    const doc = readText('The form is on page 3 of 4 of the admissions pack.\nWe keep it for a year.');
    expect(doc.blocks[0]!.text).toBe('The form is on page 3 of 4 of the admissions pack.');
  });
});
