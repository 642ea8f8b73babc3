// DOCX extraction: seed renderings become HTML with real lists; legacy .doc, zip bombs and damaged files are refused before unzipping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/documents/extract-docx';
import { DocumentError } from '../../src/documents/document-error';
import { checkDeclaredSizes, readZipDirectory } from '../../src/documents/inspect-zip';
import { readNotice } from '../../src/core/notice/read-notice';
import { readText } from '../../src/core/notice/read-text';
import { loadDocumentFile, InputError } from '../../src/cli/load-document';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const documents = join(import.meta.dirname, '..', 'fixtures', 'documents');
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

async function failureOf(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return err as DocumentError;
  }
  throw new Error('expected the extraction to fail');
}

describe('extractDocx on seed renderings', () => {
  it.each(['seed-002', 'seed-003'])('%s keeps every heading, paragraph and list item of the text rendering', async (stem) => {
    const input = await extractDocx(bytesOf(join(corpus, `${stem}.docx`)));
    expect(input.format).toBe('docx');
    if (input.format !== 'docx') return;
    expect(input.html).toContain('<ul>');
    const doc = readNotice(input);
    const have = new Set(doc.blocks.map((b) => b.text));
    const text = readText(readFileSync(join(corpus, `${stem}.txt`), 'utf8'));
    const missing = text.blocks.filter((b) => b.kind !== 'table-row' && !have.has(b.text)).map((b) => `line ${b.line}: ${b.text}`);
    expect(missing).toEqual([]);
  });
});

describe('extractDocx on hostile or unsupported files', () => {
  it('refuses a legacy Word .doc with the documented message', async () => {
    const err = await failureOf(extractDocx(bytesOf(join(documents, 'legacy.doc'))));
    expect(err.reason).toBe('legacy-doc');
    expect(err.message).toBe('legacy Word .doc files are not supported: save as .docx or PDF');
  });

  it('refuses a zip bomb from its central directory alone', async () => {
    const bytes = bytesOf(join(documents, 'zip-bomb.docx'));
    const entries = readZipDirectory(bytes);
    expect(entries.find((e) => e.name === 'word/document.xml')?.uncompressedSize).toBeGreaterThan(6_000_000);
    expect(() => checkDeclaredSizes(entries, bytes.length)).toThrow(/zip bomb/);
    const err = await failureOf(extractDocx(bytes));
    expect(err.reason).toBe('zip-bomb');
  });

  it('refuses a zip bomb whose directory under-declares what it inflates to', async () => {
    const bytes = bytesOf(join(documents, 'zip-bomb-lying.docx'));
    // The declared sizes look harmless...
    expect(() => checkDeclaredSizes(readZipDirectory(bytes), bytes.length)).not.toThrow();
    // ...so the streaming check has to catch it.
    const err = await failureOf(extractDocx(bytes));
    expect(err.reason).toBe('zip-bomb');
    expect(err.message).toContain('inflates beyond');
  });

  it('does not expand nested XML entities ("billion laughs")', async () => {
    // Expanded, the text would be about 15 GB and this would never return within the test's time.
    const err = await failureOf(extractDocx(bytesOf(join(documents, 'entity-expansion.docx'))));
    expect(err.reason).toBe('corrupt');
  });

  it('refuses damaged and non-Word files with one-line messages', async () => {
    const real = bytesOf(join(corpus, 'seed-003.docx'));
    const cut = real.slice(0, Math.floor(real.length / 2));
    for (const bytes of [cut, new TextEncoder().encode('just some text'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      const err = await failureOf(extractDocx(bytes));
      expect(err.reason).toBe('corrupt');
      expect(err.message).toMatch(/^the DOCX file is damaged or is not a Word document/);
      expect(err.message).not.toContain('\n');
    }
  });

  it('refuses a zip that holds no Word document', async () => {
    // The zip-bomb fixtures are zips; a plain zip with other content stands in via a tiny hand-made archive.
    const name = new TextEncoder().encode('a.txt');
    const data = new TextEncoder().encode('hello');
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    central.set(name, 46);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, 1, true);
    ev.setUint16(10, 1, true);
    ev.setUint32(12, central.length, true);
    ev.setUint32(16, local.length, true);
    const zip = new Uint8Array([...local, ...central, ...end]);
    const err = await failureOf(extractDocx(zip));
    expect(err.message).toContain('no word/document.xml');
  });
});

describe('the CLI loader reads PDF and DOCX through src/documents', () => {
  it('loads the renderings and turns document errors into one-line InputErrors', async () => {
    expect((await loadDocumentFile(join(corpus, 'seed-000.pdf'))).format).toBe('pdf');
    expect((await loadDocumentFile(join(corpus, 'seed-002.docx'))).format).toBe('docx');
    for (const [file, message] of [
      ['encrypted.pdf', 'the PDF is password-protected'],
      ['legacy.doc', 'legacy Word .doc files are not supported: save as .docx or PDF'],
      ['zip-bomb.docx', 'a possible zip bomb'],
      ['corrupt.pdf', 'the PDF is damaged'],
    ] as const) {
      const err = await loadDocumentFile(join(documents, file)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, file).toBeInstanceOf(InputError);
      expect((err as Error).message).toContain(message);
    }
  });
});
