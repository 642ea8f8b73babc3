// PDF extraction: seed renderings read into pages of blocks, evidence carries page numbers, hostile PDFs fail cleanly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf, NO_TEXT_LAYER, cleanPdfTitle } from '../../src/documents/extract-pdf';
import { DocumentError } from '../../src/documents/document-error';
import { readNotice } from '../../src/core/notice/read-notice';
import { readText } from '../../src/core/notice/read-text';
import { runAudit } from '../../src/core/run-audit';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const documents = join(import.meta.dirname, '..', 'fixtures', 'documents');
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** A one-page PDF whose content stream shows `runs` separate words, each positioned on its own. */
function buildPdf(runs: number): Uint8Array {
  const ops: string[] = ['BT /F1 9 Tf'];
  for (let i = 0; i < runs; i++) ops.push(`1 0 0 1 ${40 + (i % 10) * 50} ${800 - (Math.floor(i / 10) % 90) * 8} Tm (word${i % 97}) Tj`);
  ops.push('ET');
  const stream = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function failureOf(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return err as DocumentError;
  }
  throw new Error('expected the extraction to fail');
}

describe('extractPdf on a seed rendering', () => {
  it('reads every page, finds headings and list items, and drops the running header and footer', async () => {
    const input = await extractPdf(bytesOf(join(corpus, 'seed-001.pdf')));
    expect(input.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    const blocks = input.pages.flatMap((p) => p.blocks);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('The National Pupil Database (NPD)');
    const items = blocks.filter((b) => b.kind === 'list-item').map((b) => b.text);
    expect(items).toContain('producing statistics');
    // The bullet glyph is gone from the item text.
    expect(items.every((t) => !/^[\u2022\-*]/.test(t))).toBe(true);
    // Chromium prints the file URL and "n/5" in the footer of every page: none of it is notice text.
    expect(blocks.some((b) => /file:\/\/|^\d+\/5$/.test(b.text))).toBe(false);
    expect(input.title).toBe('Allestree Woodlands School');
    expect(input.unreadable).toBeUndefined();
  });

  it('quotes evidence with the page the sentence is printed on', async () => {
    const doc = readNotice(await extractPdf(bytesOf(join(corpus, 'seed-001.pdf'))));
    const where = (start: string) => doc.blocks.find((b) => b.text.startsWith(start))?.where;
    // Pages checked against pdftotext -f N -l N.
    expect(where('We must keep up to date information about parents and carers')).toBe('page 1');
    expect(where('The NPD is owned and managed by the Department for Education')).toBe('page 4');
    expect(where('claim compensation for damages')).toBe('page 5');
    expect(doc.pageCount).toBe(5);

    const report = runAudit({ notice: await extractPdf(bytesOf(join(corpus, 'seed-001.pdf'))) }, { asOf: '2026-11-23' });
    const evidence = report.items.flatMap((i) => i.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const m = /^page (\d+)$/.exec(e.where);
      expect(m, e.where).not.toBeNull();
      const page = Number(m![1]);
      // The quote stands in a block of that page.
      const onPage = doc.blocks
        .filter((b) => b.page === page)
        .map((b) => b.text)
        .join('\n');
      expect(onPage).toContain(e.text.replace(/\.\.\.$/, '').slice(0, 40));
    }
  });

  it.each(['seed-000', 'seed-001', 'seed-002', 'seed-003'])(
    '%s: every heading, paragraph and list item of the text rendering comes back whole',
    async (stem) => {
      const pdf = readNotice(await extractPdf(bytesOf(join(corpus, `${stem}.pdf`))));
      const text = readText(readFileSync(join(corpus, `${stem}.txt`), 'utf8'));
      const have = new Set(pdf.blocks.map((b) => `${b.kind}|${b.text}`));
      // Tables have no cell structure in a PDF's text layer; everything else must match kind and text exactly.
      const missing = text.blocks
        .filter((b) => b.kind !== 'table-row' && !have.has(`${b.kind}|${b.text}`))
        .map((b) => `${b.kind} line ${b.line}: ${b.text}`);
      expect(missing).toEqual([]);
    },
  );

  it('finds the lists when the bullets were drawn as shapes, not text', async () => {
    const pdf = readNotice(await extractPdf(bytesOf(join(documents, 'seed-001-drawn-bullets.pdf'))));
    const text = readText(readFileSync(join(corpus, 'seed-001.txt'), 'utf8'));
    const have = new Set(pdf.blocks.map((b) => `${b.kind}|${b.text}`));
    const missing = text.blocks
      .filter((b) => b.kind !== 'table-row' && !have.has(`${b.kind}|${b.text}`))
      .map((b) => `${b.kind} line ${b.line}: ${b.text}`);
    expect(missing).toEqual([]);
  });

  it('joins paragraphs that page breaks cut in two (28 pages)', async () => {
    const pdf = readNotice(await extractPdf(bytesOf(join(documents, 'long-28-pages.pdf'))));
    const text = readText(readFileSync(join(corpus, 'seed-001.txt'), 'utf8'));
    const counts = new Map<string, number>();
    for (const b of pdf.blocks) counts.set(`${b.kind}|${b.text}`, (counts.get(`${b.kind}|${b.text}`) ?? 0) + 1);
    // The fixture repeats seed 001 six times, so every block must come back whole six times, wherever the page breaks fell.
    const lines = readFileSync(join(corpus, 'seed-001.txt'), 'utf8').split('\n');
    // Cells of the seed's tab-separated table come out of a PDF interleaved, so they are left out.
    const short = text.blocks
      .filter((b) => b.kind !== 'table-row' && !lines[(b.line ?? 0) - 1]?.includes('\t') && (counts.get(`${b.kind}|${b.text}`) ?? 0) < 6)
      .map((b) => `line ${b.line}: ${b.text.slice(0, 60)}`);
    expect(short).toEqual([]);
  });

  it('says so when only the first pages were read', async () => {
    const input = await extractPdf(bytesOf(join(documents, 'long-28-pages.pdf')), { maxPages: 3 });
    expect(input.pages).toHaveLength(3);
    expect(input.warnings).toContain('first 3 pages read of 28');
  });
});

describe('extractPdf on hostile or unreadable PDFs', () => {
  it('marks a scanned PDF unreadable, so every notice check needs review', async () => {
    const input = await extractPdf(bytesOf(join(documents, 'scanned.pdf')));
    expect(input.unreadable).toBe(NO_TEXT_LAYER);
    const report = runAudit({ notice: input }, { asOf: '2026-11-23' });
    expect(report.items.filter((i) => i.area !== 'cookies').every((i) => i.status === 'needs-review')).toBe(true);
    expect(report.items[0]?.message).toContain('no text layer (scanned document)');
  });

  it('refuses a password-protected PDF with a clear message', async () => {
    const err = await failureOf(extractPdf(bytesOf(join(documents, 'encrypted.pdf'))));
    expect(err.reason).toBe('encrypted');
    expect(err.message).toBe('the PDF is password-protected');
  });

  it.each(['corrupt.pdf', 'truncated.pdf'])('refuses %s as damaged', async (name) => {
    const err = await failureOf(extractPdf(bytesOf(join(documents, name))));
    expect(err.reason).toBe('corrupt');
    expect(err.message).toMatch(/^the PDF is damaged and cannot be read/);
    expect(err.message).not.toContain('\n');
  });

  it('refuses bytes that are not a PDF, and files over the byte cap', async () => {
    expect((await failureOf(extractPdf(new TextEncoder().encode('<html>not a pdf</html>')))).reason).toBe('corrupt');
    const err = await failureOf(extractPdf(bytesOf(join(corpus, 'seed-000.pdf')), { maxBytes: 1024 }));
    expect(err.reason).toBe('too-large');
    expect(err.message).toMatch(/the limit is/);
  });

  it('stops at the time limit instead of hanging', async () => {
    const err = await failureOf(extractPdf(bytesOf(join(documents, 'long-28-pages.pdf')), { timeoutMs: 1 }));
    expect(err.reason).toBe('timeout');
  });

  it('reads only the first pieces of a page stuffed with text runs, and says so', async () => {
    const input = await extractPdf(buildPdf(30_000));
    expect(input.warnings.some((w) => /page 1 has more text than is read/.test(w))).toBe(true);
    expect(input.pages[0]!.blocks.length).toBeGreaterThan(0);
  });

  it('leaves the caller’s bytes usable (pdfjs detaches the buffer it is given)', async () => {
    const bytes = bytesOf(join(corpus, 'seed-000.pdf'));
    await extractPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe('cleanPdfTitle', () => {
  it('keeps real titles and drops authoring-tool file names', () => {
    expect(cleanPdfTitle('Privacy Notice for Pupils')).toBe('Privacy Notice for Pupils');
    expect(cleanPdfTitle('Microsoft Word - Pupil Privacy Notice 2024')).toBe('Pupil Privacy Notice 2024');
    expect(cleanPdfTitle('Microsoft Word - GDPR notice v3.docx')).toBeNull();
    expect(cleanPdfTitle('Untitled document')).toBeNull();
    expect(cleanPdfTitle(42)).toBeNull();
  });
});
