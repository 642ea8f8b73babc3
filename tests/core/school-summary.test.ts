// The extension's summary export and the CLI's findings.summary.csv share one column list, in one order.
import { describe, expect, it } from 'vitest';
import { SCHOOL_SUMMARY_COLUMNS, schoolSummaryCsv, schoolSummaryRow } from '../../src/core/school-summary';
import { SUMMARY_COLUMNS as CLI_COLUMNS, summaryRow as cliSummaryRow } from '../../src/cli/site/site-rows';
import { SUMMARY_COLUMNS as EXTENSION_COLUMNS } from '../../src/extension/summary';

describe('school summary columns', () => {
  it('are the same list for the CLI and the extension', () => {
    expect(CLI_COLUMNS).toBe(SCHOOL_SUMMARY_COLUMNS);
    expect(EXTENSION_COLUMNS).toBe(SCHOOL_SUMMARY_COLUMNS);
    expect(new Set(SCHOOL_SUMMARY_COLUMNS).size).toBe(SCHOOL_SUMMARY_COLUMNS.length);
  });
  it('a CLI row has every column, in the shared order', () => {
    const row = cliSummaryRow({
      siteUrl: '',
      school: 'A School',
      la: 'Derby',
      urn: '1',
      status: 'error',
      error: 'no website listed',
      auditedAt: '2026-11-23T00:00:00.000Z',
      checklistVersion: '2026.11',
      capture: null,
      audits: [],
    });
    expect(Object.keys(row)).toEqual([...SCHOOL_SUMMARY_COLUMNS]);
    expect(row).toMatchObject({
      urn: '1',
      la: 'Derby',
      school: 'A School',
      status: 'error',
      error: 'no website listed',
      checklist_version: '2026.11',
    });
  });
  it('writes a BOM, the header and guarded cells', () => {
    const csv = schoolSummaryCsv([schoolSummaryRow({ school: '=cmd()' })]);
    expect(csv.startsWith(`\uFEFF${SCHOOL_SUMMARY_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain("'=cmd()");
  });
});
