// Picks the extractor for a downloaded or local binary document (PDF, DOCX, legacy DOC) by its bytes first, then its name.
import type { DocumentInput } from '../core/artifacts';
import { DocumentError } from './document-error';
import { extractDocx, type ExtractDocxOptions } from './extract-docx';
import { extractPdf, type ExtractPdfOptions } from './extract-pdf';
import { sniffFormat, type BinaryHint } from './sniff-format';

/** Extract a PDF or Word document; the bytes decide, because names and Content-Type headers are often wrong. */
export async function extractDocument(
  bytes: Uint8Array,
  hint: BinaryHint = {},
  opts: ExtractPdfOptions & ExtractDocxOptions = {},
): Promise<DocumentInput & { warnings?: string[] }> {
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'pdf') return extractPdf(bytes, opts);
  if (sniffed === 'zip' || sniffed === 'ole2') return extractDocx(bytes, opts);
  const name = (hint.name ?? '').toLowerCase();
  if (/\.pdf$/.test(name) || /application\/pdf/.test(hint.contentType ?? '')) {
    throw new DocumentError('corrupt', 'the PDF is damaged and cannot be read (no PDF header)');
  }
  if (/\.doc$/.test(name)) throw new DocumentError('corrupt', 'the Word document is damaged or is not a Word document');
  throw new DocumentError('corrupt', 'the DOCX file is damaged or is not a Word document (no zip signature)');
}
