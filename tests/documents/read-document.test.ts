// The one bytes-to-document path: caps, format by magic bytes, and text decoding (BOM, declared, UTF-8, Windows-1252).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, type DocumentInput } from '../../src/core/artifacts';
import { readNotice } from '../../src/core/notice/read-notice';
import { decodeText, scanUtf8 } from '../../src/documents/decode-text';
import { DocumentError } from '../../src/documents/document-error';
import { readDocument } from '../../src/documents/read-document';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const textOf = (d: DocumentInput) => (d.format === 'html' || d.format === 'docx' ? d.html : d.format === 'text' ? d.text : '');

async function refusal(p: Promise<unknown>): Promise<DocumentError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocumentError);
  return err as DocumentError;
}

describe('decoding text', () => {
  it('keeps a UTF-8 file UTF-8 when one stray byte is bad, replacing only that byte', async () => {
    const bytes = concat(utf8('The Information Commissioner’s Office – café; '), [0xff], utf8(' the school’s notice.'));
    const d = await readDocument(bytes, { name: 'notice.txt', contentType: '' });
    expect(textOf(d)).toBe('The Information Commissioner’s Office – café; \uFFFD the school’s notice.');
    expect(d).toMatchObject({ encoding: { name: 'utf-8', how: 'detected', replacedBytes: 1 } });
    expect(readNotice(d).warnings).toContain('text read as UTF-8; 1 byte not valid in it was replaced with "\uFFFD"');
  });
  it('reads Windows-1252 smart quotes and dashes as Unicode punctuation, not C1 controls', async () => {
    // "St Mary’s – “our” school" in Windows-1252: 0x92, 0x96, 0x93, 0x94.
    const bytes = concat(utf8('St Mary'), [0x92], utf8('s '), [0x96], utf8(' '), [0x93], utf8('our'), [0x94], utf8(' school'));
    const d = await readDocument(bytes, { name: 'notice.txt', contentType: 'text/plain' });
    expect(textOf(d)).toBe('St Mary’s – “our” school');
    expect(textOf(d)).not.toMatch(/[\u0080-\u009f]/);
    expect(d).toMatchObject({ encoding: { name: 'windows-1252', how: 'detected', replacedBytes: 0 } });
    expect(readNotice(d).warnings).toContain('text read as Windows-1252 because it is not UTF-8');
  });
  it('reads UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const text = 'Privacy notice – pupils’ data';
    const le = concat([0xff, 0xfe], new Uint8Array(Buffer.from(text, 'utf16le')));
    const be = concat([0xfe, 0xff], new Uint8Array(Buffer.from(text, 'utf16le').swap16()));
    expect(await decodeText(le, '', false)).toEqual({ text, encoding: { name: 'utf-16le', how: 'byte-order mark', replacedBytes: 0 } });
    expect(await decodeText(be, '', false)).toEqual({ text, encoding: { name: 'utf-16be', how: 'byte-order mark', replacedBytes: 0 } });
    expect(textOf(await readDocument(le, { name: 'notice.txt', contentType: '' }))).toBe(text);
  });
  it('follows the declared charset: the header first, then <meta charset>', async () => {
    const page = (meta: string) =>
      concat(utf8(`<html><head>${meta}</head><body><p>Caf`), [0xe9], utf8(' '), [0x96], utf8(' '), [0x92], utf8('</p></body></html>'));
    const fromMeta = await readDocument(page('<meta charset="iso-8859-1">'), { name: 'p.html', contentType: 'text/html' });
    // ISO-8859-1 is read as Windows-1252, as browsers do: 0x92 is an apostrophe.
    expect(fromMeta).toMatchObject({ format: 'html', encoding: { name: 'windows-1252', how: 'declared' } });
    expect(textOf(fromMeta)).toContain('Café – ’');
    const fromHeader = await readDocument(utf8('<p>Ärger</p>'), { name: 'p', contentType: 'text/html; charset=UTF-8' });
    expect(fromHeader).toMatchObject({ encoding: { name: 'utf-8', how: 'declared' } });
    const cyrillic = await readDocument(new Uint8Array([0xcf, 0xf0, 0xe8]), {
      name: 'p.txt',
      contentType: 'text/plain; charset=windows-1251',
    });
    expect(textOf(cyrillic)).toBe('При');
    expect(readNotice(cyrillic).warnings).toContain('text read as windows-1251, as the page declares');
  });
  it('takes the byte-order mark over a declaration', async () => {
    const d = await readDocument(concat([0xef, 0xbb, 0xbf], utf8('école')), {
      name: 'x.txt',
      contentType: 'text/plain; charset=windows-1252',
    });
    expect(d).toMatchObject({ text: 'école', encoding: { name: 'utf-8', how: 'byte-order mark' } });
  });
  it('says which encoding was used in the report source', async () => {
    const { runAudit } = await import('../../src/core/run-audit');
    const d = await readDocument(utf8('Privacy notice for pupils\n\nWe are the data controller.'), { name: 'n.txt', contentType: '' });
    expect(runAudit({ notice: d }, { asOf: '2026-11-23' }).source.encoding).toBe('utf-8');
  });
  it('counts valid and invalid UTF-8 as browsers replace it', () => {
    expect(scanUtf8(utf8('a’b€c😀'))).toEqual({ multiByte: 3, invalid: 0 });
    expect(scanUtf8(new Uint8Array([0xe2, 0x80, 0x41, 0xff, 0xc0, 0xaf]))).toEqual({ multiByte: 0, invalid: 4 });
    expect(new TextDecoder().decode(new Uint8Array([0xe2, 0x80, 0x41, 0xff, 0xc0, 0xaf])).match(/\uFFFD/g)).toHaveLength(4);
  });
});

describe('format and caps', () => {
  it('sniffs PDF and DOCX by their magic bytes whatever the name and type say', async () => {
    const pdf = await readDocument(new Uint8Array(readFileSync(join(corpus, 'seed-000.pdf'))), {
      name: 'download.aspx?id=3',
      contentType: 'text/html',
    });
    expect(pdf.format).toBe('pdf');
    const docx = await readDocument(new Uint8Array(readFileSync(join(corpus, 'seed-002.docx'))), {
      name: 'notice.txt',
      contentType: 'application/octet-stream',
    });
    expect(docx.format).toBe('docx');
  });
  it('reads HTML by its type, its name or its first tag; anything else is plain text', async () => {
    expect((await readDocument(utf8('<!doctype html><p>x</p>'), { name: 'n', contentType: '' })).format).toBe('html');
    expect((await readDocument(utf8('<p>x</p>'), { name: 'n.htm', contentType: '' })).format).toBe('html');
    expect((await readDocument(utf8('<p>x</p>'), { name: 'n', contentType: 'text/html' })).format).toBe('html');
    expect((await readDocument(utf8('<!doctype html>'), { name: 'n', contentType: 'text/plain' })).format).toBe('text');
  });
  it('refuses input over the byte cap in one line, before reading it', async () => {
    const err = await refusal(readDocument(new Uint8Array(LIMITS.documentBytes + 1), { name: 'big.txt', contentType: '' }));
    expect(err.reason).toBe('too-large');
    expect(err.message).toBe('the document is 20 MB; the limit is 20 MB');
    expect(err.message).not.toContain('\n');
  });
  it('refuses text over the character cap rather than cutting it', async () => {
    const err = await refusal(readDocument(new Uint8Array(LIMITS.documentChars + 10).fill(0x61), { name: 'long.txt', contentType: '' }));
    expect(err.message).toMatch(/^the text is 20\.0 million characters; the limit is 20 million/);
  });
  it('refuses empty and binary input', async () => {
    expect((await refusal(readDocument(new Uint8Array(0), { name: 'e', contentType: '' }))).reason).toBe('empty');
    expect(
      (await refusal(readDocument(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]), { name: 'a.out', contentType: '' }))).message,
    ).toMatch(/binary file/);
  });
});
