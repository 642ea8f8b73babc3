// The one path from a document's bytes (a download or a local file) to the DocumentInput the core audits:
// size caps, format by magic bytes, PDF and Word through their extractors, text and HTML through decodeText.
import { LIMITS, type DocumentInput } from '../core/artifacts';
import { decodeText } from './decode-text';
import { DocumentError, formatMegabytes } from './document-error';
import type { ExtractDocxOptions } from './extract-docx';
import type { ExtractPdfOptions } from './extract-pdf';
import { isBinaryDocument } from './sniff-format';

export interface DocumentSource {
  /** File name or URL, for its extension. */
  name: string;
  /** The Content-Type header, or '' for a local file. */
  contentType: string;
  /** The document's address, recorded in the input; null for a local file. */
  url?: string | null;
}

export type ReadDocumentOptions = Omit<ExtractPdfOptions & ExtractDocxOptions, 'url' | 'maxBytes'>;

/** A document ready to audit; PDFs carry their reading notes in `warnings`. */
export type ReadDocument = DocumentInput & { warnings?: string[] };

// More than 1% control characters (or any NUL) in the first 8 KB of something that is not UTF-16: not text.
const SAMPLE_BYTES = 8_192;

function looksLikeBinaryData(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > sample.length * 0.01;
}

function mayBeUtf16(bytes: Uint8Array, contentType: string): boolean {
  return (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    /charset\s*=\s*["']?\s*utf-16/i.test(contentType)
  );
}

function looksLikeHtml(name: string, contentType: string, text: string): boolean {
  const type = contentType.toLowerCase();
  if (type.includes('html')) return true;
  if (/\.x?html?$/i.test(name.split(/[?#]/)[0] ?? '')) return true;
  if (type.includes('text/plain')) return false;
  return /^\s*(<!doctype html|<html|<head|<body|<meta\b)/i.test(text.slice(0, 2_000));
}

/**
 * Read a document from its bytes. Throws DocumentError with a one-line reason for anything that cannot be a
 * notice: empty, over the size caps (refused, never cut: a cut notice would be judged on part of its text),
 * binary data that is not PDF or Word, or a damaged PDF or Word file.
 */
export async function readDocument(bytes: Uint8Array, from: DocumentSource, opts: ReadDocumentOptions = {}): Promise<ReadDocument> {
  if (bytes.byteLength === 0) throw new DocumentError('empty', 'the document is empty');
  if (bytes.byteLength > LIMITS.documentBytes) {
    throw new DocumentError(
      'too-large',
      `the document is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(LIMITS.documentBytes)}`,
    );
  }
  const url = from.url ?? null;
  if (isBinaryDocument(bytes, from)) {
    // Loaded on demand: the extractors (pdfjs, mammoth) are most of the code, and most notices are web pages.
    const { extractDocument } = await import('./extract-document');
    return extractDocument(bytes, from, { ...opts, url });
  }
  if (!mayBeUtf16(bytes, from.contentType) && looksLikeBinaryData(bytes)) {
    throw new DocumentError('unsupported', 'it looks like a binary file, not a text or HTML notice');
  }
  const { text, encoding } = await decodeText(bytes, from.contentType, !from.contentType.toLowerCase().includes('text/plain'));
  if (text.length > LIMITS.documentChars) {
    throw new DocumentError(
      'too-large',
      `the text is ${(text.length / 1e6).toFixed(1)} million characters; the limit is ${LIMITS.documentChars / 1e6} million, and a cut notice would be judged on part of its text`,
    );
  }
  return looksLikeHtml(from.name, from.contentType, text)
    ? { format: 'html', url, html: text, encoding }
    : { format: 'text', url, text, encoding };
}
