// Declared-table extraction: real tables in any column order, flattened tables, key/value runs, inline lines, headings.
import { describe, expect, it } from 'vitest';
import { buildDocument, type RawBlock } from '../../../src/core/notice/build-document';
import { readText } from '../../../src/core/notice/read-text';
import { readCookieNotice, hasCookieNotice } from '../../../src/core/cookies';
import { classifyHeader, durationInText } from '../../../src/core/cookies/declared';
import { parseDurationSeconds } from '../../../src/core/cookies/durations';
import { splitNameCell, compileNamePattern, editDistance } from '../../../src/core/cookies/names';

function tableDoc(headers: string[], rows: string[][], heading = 'Cookies we use') {
  const blocks: RawBlock[] = [
    { kind: 'heading', level: 1, text: 'Cookie policy' },
    { kind: 'heading', level: 2, text: heading },
    { kind: 'table-row', text: headers.join(' | '), cells: headers, table: 0 },
    ...rows.map((r) => ({ kind: 'table-row' as const, text: r.join(' | '), cells: r, table: 0 })),
  ];
  return buildDocument({ url: null, format: 'html', title: null, blocks, tables: [{ headers, rows }] });
}

describe('durations', () => {
  it.each([
    ['Session', 0],
    ['End of session', 0],
    ['until you close your browser', 0],
    ['2 years', 63_115_200],
    ['13 months', 34_187_400],
    ['24 hours', 86_400],
    ['1 minute', 60],
    ['365 days', 31_536_000],
    ['30 mins', 1_800],
    ['one year', 31_557_600],
    ['twenty-four hours', 86_400],
    ['twenty four hours', 86_400],
    ['half an hour', 1_800],
    ['half a day', 43_200],
    ['1 day to 2 years', 63_115_200],
    ['Persistent', null],
    ['', null],
    ['varies', null],
  ])('%s -> %s seconds', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBe(seconds);
  });

  it('finds a duration phrase inside a description', () => {
    expect(durationInText('Used to distinguish users. Expires after 2 years.')).toBe('Expires after 2 years');
    expect(durationInText('then the data is removed from the system')).toBeNull();
  });
});

describe('names', () => {
  it('splits several names in one cell and keeps vendors out', () => {
    expect(splitNameCell('_ga, _gid and _gat')).toEqual(['_ga', '_gid', '_gat']);
    expect(splitNameCell('__utma __utmb __utmc')).toEqual(['__utma', '__utmb', '__utmc']);
    expect(splitNameCell('Google Analytics (_ga, _ga_<container-id>)')).toEqual(['_ga', '_ga_<container-id>']);
    expect(splitNameCell('Traffic log cookies')).toEqual([]);
  });

  it('compiles wildcard placeholders', () => {
    for (const [declared, observed] of [
      ['_ga_*', '_ga_ABC123'],
      ['_ga_<container-id>', '_ga_ABC123'],
      ['ASPSESSIONID*', 'ASPSESSIONIDQACQTBCR'],
      ['ASPSESSIONIDxxxxxxxx', 'ASPSESSIONIDQACQTBCR'],
      ['_ga_XXXXXXX', '_ga_K7PQ2XY'],
      ['wp-settings-[UID]', 'wp-settings-1'],
      ['_pk_id.*', '_pk_id.1.ab12'],
    ] as const) {
      const p = compileNamePattern(declared);
      expect(p.wildcard?.test(observed), declared).toBe(true);
    }
    expect(compileNamePattern('_ga').exact).toBe('_ga');
  });

  it('bounds edit distance', () => {
    expect(editDistance('ASPSESSID', 'ASPSESSIONID', 3)).toBe(3);
    expect(editDistance('_gads', '__gads', 3)).toBe(1);
    expect(editDistance('abc', 'xyzxyzxyz', 3)).toBe(4);
  });
});

describe('declared tables', () => {
  it('classifies header wordings', () => {
    expect(classifyHeader('Cookie Name')).toBe('name');
    expect(classifyHeader('What it does')).toBe('purpose');
    expect(classifyHeader('Expiry')).toBe('duration');
    expect(classifyHeader('Set by')).toBe('provider');
    expect(classifyHeader('Category')).toBe('type');
    expect(classifyHeader('How long it lasts')).toBe('duration');
  });

  it.each([
    [
      ['Cookie', 'Purpose', 'Duration'],
      [0, 1, 2],
    ],
    [
      ['Purpose', 'Name', 'Expiry'],
      [1, 0, 2],
    ],
    [
      ['Retention', 'Description', 'Cookie name'],
      [2, 1, 0],
    ],
  ])('reads any column order: %j', (headers, order) => {
    const cells = ['_ga', 'Used to distinguish users', '2 years'];
    const row = order.map((i) => cells[i]!);
    const reordered = headers.map((_, col) => row[col]!);
    const facts = readCookieNotice(tableDoc(headers, [reordered]));
    expect(facts.rows).toHaveLength(1);
    expect(facts.rows[0]).toMatchObject({
      names: ['_ga'],
      purpose: 'Used to distinguish users',
      duration: '2 years',
      durationSeconds: 63_115_200,
    });
  });

  it('reads provider-only rows, several names per cell and a provider column', () => {
    const doc = tableDoc(
      ['Provider', 'Cookie', 'What it does', 'Expires', 'Type'],
      [
        ['Google', '_ga, _gid', 'Used to count visits', '2 years / 24 hours', 'Analytics'],
        ['YouTube', 'YouTube', 'May be set if we embed a video', '', 'Third party'],
      ],
    );
    const rows = readCookieNotice(doc).rows;
    expect(rows[0]).toMatchObject({ names: ['_ga', '_gid'], provider: 'Google', declaredCategory: 'Analytics' });
    expect(rows[0]!.vendor?.id).toBe('google-analytics');
    expect(rows[1]).toMatchObject({ names: [], providerOnly: true });
    expect(rows[1]!.vendor?.id).toBe('youtube');
  });

  it('ignores a non-cookie "Name | Purpose" table outside the cookie section', () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', level: 1, text: 'Privacy notice for pupils' },
      { kind: 'heading', level: 2, text: 'Who we share pupil data with' },
      { kind: 'table-row', text: 'Name | Purpose', cells: ['Name', 'Purpose'], table: 0 },
      { kind: 'table-row', text: 'Local Authority | Statutory returns', cells: ['Local Authority', 'Statutory returns'], table: 0 },
      { kind: 'table-row', text: 'School Nurse Service | Health checks', cells: ['School Nurse Service', 'Health checks'], table: 0 },
    ];
    const doc = buildDocument({
      url: null,
      format: 'html',
      title: null,
      blocks,
      tables: [
        {
          headers: ['Name', 'Purpose'],
          rows: [
            ['Local Authority', 'Statutory returns'],
            ['School Nurse Service', 'Health checks'],
          ],
        },
      ],
    });
    expect(hasCookieNotice(doc)).toBe(false);
  });

  it('reads a flattened three-column table', () => {
    const doc = readText(
      [
        'Cookies',
        '',
        'Cookie',
        'Purpose',
        'Expiry',
        '_ga',
        'Distinguishes users',
        '2 years',
        'PHPSESSID',
        'Keeps your session',
        'Session',
        '',
        'Contact us for questions about this page.',
      ].join('\n'),
    );
    const rows = readCookieNotice(doc).rows;
    expect(rows.map((r) => [r.names, r.duration, r.where])).toEqual([
      [['_ga'], '2 years', 'line 6'],
      [['PHPSESSID'], 'Session', 'line 9'],
    ]);
  });

  it('reads key/value runs and inline definitions', () => {
    const kv = readText(
      [
        'Cookie policy',
        '',
        'Cookie name: _gid',
        'Purpose: Google Analytics, used to distinguish users',
        'Expiry: 24 hours',
        'Cookie name: cookie_notice_accepted',
        'Purpose: remembers your choice',
        'Expiry: 1 month',
      ].join('\n'),
    );
    expect(readCookieNotice(kv).rows.map((r) => [r.names[0], r.durationSeconds])).toEqual([
      ['_gid', 86_400],
      ['cookie_notice_accepted', 2_629_800],
    ]);
    const inline = readText(
      [
        'Cookies',
        '',
        '_ga, _gid - used by Google Analytics to count visitors; expires after 2 years.',
        'PHPSESSID: keeps you logged in while you use the site.',
      ].join('\n'),
    );
    expect(readCookieNotice(inline).rows.map((r) => r.names)).toEqual([['_ga', '_gid'], ['PHPSESSID']]);
  });

  it('does not mistake a cookie section in a privacy notice for a table when it has none', () => {
    const doc = readText(
      [
        'Privacy notice',
        '',
        'Who we share pupil data with',
        '',
        'We share data with the local authority.',
        '',
        'Cookies',
        '',
        'Our website uses cookies to work properly. We do not use analytics cookies on this site.',
      ].join('\n'),
    );
    expect(hasCookieNotice(doc)).toBe(true);
    expect(readCookieNotice(doc).rows).toEqual([]);
  });
});
