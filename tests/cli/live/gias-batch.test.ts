// Live batches over the fixture farm: a GIAS download as-is (Windows-1252, closed, no website, a shared website),
// exit codes, and shards merged back into what one unsharded run writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { main } from '../../../src/cli/main';
import { findBrowser } from '../../../src/cli/browser/find-browser';
import { generatedSchools, startFarm, type Farm } from '../../fixtures/farm/farm-server';

const tmp = mkdtempSync(join(tmpdir(), 'spa-gias-'));
let farm: Farm;
let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
}

async function run(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), setExit: () => {}, env });
  return { code, out, err };
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
}

beforeAll(async () => {
  farm = await startFarm(generatedSchools(6));
});

afterAll(async () => {
  await farm?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasBrowser)('batch over a GIAS establishment download', () => {
  it('reads Windows-1252, skips the closed school, keeps the school with no website and both schools sharing one', async () => {
    const site = (n: string, path = '/') => farm.url(`school-${n}.localhost`, path);
    const csv = [
      'URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),SchoolWebsite,Postcode',
      `200001,202,Camden,2001,St Mary\u2019s Infant School,Voluntary aided school,Open,Primary,${site('01')},NW1 1AA`,
      // The same website written without the trailing slash: audited once, each school keeps its row.
      `200002,202,Camden,2002,St Mary\u2019s Junior School,Voluntary aided school,Open,Primary,${site('01').replace(/\/$/, '')},NW1 1AA`,
      `200003,202,Camden,2003,Old Closed School,Community school,Closed,Primary,${site('02')},NW1 1AB`,
      `200004,202,Camden,2004,Heath Nursery and Children\u2019s Centre,Local authority nursery school,Open,Nursery,,NW1 1AC`,
      `200005,202,Camden,4001,Bront\u00eb Academy,Academy converter,"Open, but proposed to close",Secondary,${site('03')},NW1 1AD`,
    ].join('\r\n');
    const list = join(tmp, 'edubasealldata.csv');
    writeFileSync(list, iconv.encode(`${csv}\r\n`, 'windows-1252'));
    expect(readFileSync(list).includes(0x92)).toBe(true);
    const out = join(tmp, 'gias', 'findings.csv');

    const r = await run(['batch', list, '--out', out, '--concurrency', '2', '--timeout', '60']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'columns (windows-1252): website "SchoolWebsite", name "EstablishmentName", URN "URN", LA "LA (name)", status "EstablishmentStatus (name)", phase "PhaseOfEducation (name)"',
    );
    expect(r.err).toContain('1 closed establishment left out');
    expect(r.out).toContain(
      '4 schools: 2 sites audited (0 could not be), 0 already done; 1 school shares a website with another; 1 with no website listed',
    );

    const summary = readCsv(out.replace(/\.csv$/, '.summary.csv'));
    expect(summary.map((s) => [s.urn, s.school, s.la])).toEqual([
      ['200001', 'St Mary\u2019s Infant School', 'Camden'],
      ['200002', 'St Mary\u2019s Junior School', 'Camden'],
      ['200004', 'Heath Nursery and Children\u2019s Centre', 'Camden'],
      ['200005', 'Bront\u00eb Academy', 'Camden'],
    ]);
    const byUrn = Object.fromEntries(summary.map((s) => [s.urn, s]));
    expect(byUrn['200004']).toMatchObject({ site_url: '', status: 'error', error: 'no website listed' });
    // The shared site: one audit, the same findings under each school.
    expect(byUrn['200001']).toMatchObject({ status: 'done', phase: 'primary' });
    expect(byUrn['200002']).toMatchObject({
      status: 'done',
      phase: 'primary',
      documents_found: byUrn['200001']!.documents_found,
      gaps_required: byUrn['200001']!.gaps_required,
    });
    // GIAS says secondary: the audit takes the list's phase, whatever the notice suggests.
    expect(byUrn['200005']).toMatchObject({ status: 'done', phase: 'secondary' });

    const rows = readCsv(out);
    expect(Object.keys(rows[0]!).slice(-6)).toEqual(['checklist_version', 'urn', 'la', 'row_type', 'status_word', 'cookie_category']);
    const junior = rows.filter((x) => x.urn === '200002');
    expect(junior.length).toBeGreaterThan(20);
    expect(junior.every((x) => x.school === 'St Mary\u2019s Junior School' && x.la === 'Camden')).toBe(true);
    expect(rows.filter((x) => x.urn === '200001').length).toBe(junior.length);
    expect(rows.find((x) => x.urn === '200004')).toMatchObject({ check_id: 'site-error', evidence: 'no website listed' });
    expect(rows.some((x) => x.urn === '200003')).toBe(false);
    for (const urn of ['200001', '200002', '200004', '200005'])
      expect(existsSync(join(tmp, 'gias', 'findings-sites', `urn-${urn}`, 'site.json'))).toBe(true);

    // --include-closed brings the closed school back; --resume reuses the audited ones.
    const withClosed = await run(['batch', list, '--out', out, '--include-closed', '--resume', '--timeout', '60']);
    expect(withClosed.code).toBe(0);
    expect(withClosed.out).toContain('5 schools: 1 site audited (0 could not be), 2 already done');
    expect(readCsv(out.replace(/\.csv$/, '.summary.csv')).map((s) => s.urn)).toEqual(['200001', '200002', '200003', '200004', '200005']);

    // --fail-on required: the fixture notices have required gaps.
    const failOn = await run(['batch', list, '--out', out, '--resume', '--fail-on', 'required']);
    expect(failOn.code).toBe(3);
    expect(failOn.err).toMatch(/\d schools? ha(s|ve) required gaps \(--fail-on required\)/);
  }, 300_000);

  it('exits 4 when every site failed, and 2 for a bad JOB_COMPLETION_INDEX', async () => {
    const list = join(tmp, 'broken.txt');
    writeFileSync(list, `${farm.url('school-500.localhost')}\n`);
    const r = await run(['batch', list, '--out', join(tmp, 'broken', 'findings.csv'), '--timeout', '20']);
    expect(r.code).toBe(4);
    expect(r.err).toContain('every site failed (1 of 1)');
    expect((await run(['batch', list, '--out', join(tmp, 'x.csv'), '--shards', '3'], { JOB_COMPLETION_INDEX: '3' })).code).toBe(2);
    expect((await run(['batch', list, '--out', join(tmp, 'x.csv'), '--shards', '3'], {})).code).toBe(2);
    expect(
      (await run(['batch', list, '--out', join(tmp, 'x.csv'), '--shards', '3', '--shard', '1/3'], { JOB_COMPLETION_INDEX: '0' })).code,
    ).toBe(2);
  }, 120_000);

  it('three shards (JOB_COMPLETION_INDEX 0..2) merged give what one unsharded run gives, row for row', async () => {
    const hosts = ['01', '02', '03', '04', '05', '06'];
    const list = join(tmp, 'farm.csv');
    writeFileSync(
      list,
      [
        'URN,EstablishmentName,LA (name),SchoolWebsite',
        ...hosts.map((h, i) => `30000${i},School ${h},Derby,${farm.url(`school-${h}.localhost`)}`),
        '300099,No Site School,Derby,',
      ].join('\n'),
    );
    const whole = await run(['batch', list, '--out', join(tmp, 'whole', 'findings.csv'), '--concurrency', '2', '--timeout', '60']);
    expect(whole.code).toBe(0);
    const shardDirs: string[] = [];
    let shardSchools = 0;
    for (const index of ['0', '1', '2']) {
      const dir = join(tmp, `shard-${index}`);
      const r = await run(['batch', list, '--out', join(dir, 'findings.csv'), '--shards', '3', '--concurrency', '2', '--timeout', '60'], {
        JOB_COMPLETION_INDEX: index,
      });
      expect(r.code).toBe(0);
      shardSchools += readCsv(join(dir, 'findings.summary.csv')).length;
      shardDirs.push(dir);
    }
    expect(shardSchools).toBe(7);
    const merged = await run(['merge', ...shardDirs, '--out', join(tmp, 'merged', 'findings.csv')]);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('merged 7 schools from 3 runs');

    const noDate = (rows: Record<string, string>[]) => rows.map((x) => ({ ...x, audited_at: '' }));
    const wholeRows = readCsv(join(tmp, 'whole', 'findings.csv'));
    const mergedRows = readCsv(join(tmp, 'merged', 'findings.csv'));
    expect(mergedRows.length).toBe(wholeRows.length);
    expect(noDate(mergedRows)).toEqual(noDate(wholeRows));
    expect(noDate(readCsv(join(tmp, 'merged', 'findings.summary.csv')))).toEqual(
      noDate(readCsv(join(tmp, 'whole', 'findings.summary.csv'))),
    );
    // Each school keeps the audit date of the shard that audited it.
    const shardDates = new Set(shardDirs.flatMap((d) => readCsv(join(d, 'findings.csv')).map((x) => `${x.urn}|${x.audited_at}`)));
    expect(mergedRows.every((x) => shardDates.has(`${x.urn}|${x.audited_at}`))).toBe(true);
  }, 600_000);
});
