// A dense PDF is read within a text budget, with its reading notes summarised: never a schema failure.
import { describe, expect, it } from 'vitest';
import { DocumentInputSchema } from '../../src/core/artifacts';
import { runAudit } from '../../src/core/run-audit';
import { loadChecklist } from '../../src/core/checklist';
import { extractPdf } from '../../src/documents/extract-pdf';
import { buildDensePdf } from './dense-pdf';

describe('dense PDFs', () => {
  it('55 pages over the per-page cap give one summarised note and a report, not a schema failure', async () => {
    const bytes = buildDensePdf(55, 600);
    const input = await extractPdf(bytes, { maxRunsPerPage: 500, maxRunsTotal: 30_000 });
    expect(() => DocumentInputSchema.parse(input)).not.toThrow();
    expect(input.warnings).toEqual([
      'pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 45 more have more text than is read (first 500 pieces of each kept)',
    ]);
    const report = runAudit({ notice: input }, { asOf: '2026-11-23' }, loadChecklist());
    expect(report.warnings).toEqual(input.warnings);
  }, 120_000);

  it('stops reading at the whole-document budget and says so in the report', async () => {
    const input = await extractPdf(buildDensePdf(55, 600), { maxRunsPerPage: 500, maxRunsTotal: 10_000 });
    expect(input.pages).toHaveLength(20);
    const report = runAudit({ notice: input }, { asOf: '2026-11-23' }, loadChecklist());
    expect(report.warnings.some((w) => /^text read up to page 20 of 55: .*later pages are not audited$/.test(w))).toBe(true);
  }, 120_000);

  it('accepts 500 reading notes as 50, the last counting the rest', () => {
    const input = {
      format: 'pdf',
      url: null,
      pages: [],
      warnings: Array.from({ length: 500 }, (_, i) => `page ${i + 1} could not be read`),
    };
    const parsed = DocumentInputSchema.parse(input);
    expect(parsed.format === 'pdf' && parsed.warnings).toHaveLength(50);
    expect(parsed.format === 'pdf' && parsed.warnings?.at(-1)).toBe('and 451 more reading notes like these');
  });
});
