// DOCX bytes -> DocumentInput (HTML via mammoth), refusing legacy .doc, encrypted packages and zip bombs before unzipping.
import mammoth from 'mammoth';
import type { DocumentInput } from '../core/artifacts';
import { LIMITS } from '../core/artifacts';
import { DocumentError, formatMegabytes } from './document-error';
import { checkZipSafety, DEFAULT_ZIP_LIMITS, type ZipLimits } from './inspect-zip';
import { isEncryptedOfficePackage, sniffFormat } from './sniff-format';

export interface ExtractDocxOptions {
  url?: string | null;
  maxBytes?: number;
  zipLimits?: ZipLimits;
}

// Word's title and subtitle styles are not headings to mammoth, but schools put the notice's name in them.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function extractDocx(bytes: Uint8Array, opts: ExtractDocxOptions = {}): Promise<DocumentInput> {
  const maxBytes = opts.maxBytes ?? LIMITS.documentBytes;
  if (bytes.length > maxBytes)
    throw new DocumentError('too-large', `the DOCX file is ${formatMegabytes(bytes.length)}; the limit is ${formatMegabytes(maxBytes)}`);
  const format = sniffFormat(bytes);
  if (format === 'ole2') {
    if (isEncryptedOfficePackage(bytes)) throw new DocumentError('encrypted', 'the Word document is password-protected');
    throw new DocumentError('legacy-doc', 'legacy Word .doc files are not supported: save as .docx or PDF');
  }
  if (format !== 'zip') throw new DocumentError('corrupt', 'the DOCX file is damaged or is not a Word document (no zip signature)');
  const { entries } = await checkZipSafety(bytes, opts.zipLimits ?? DEFAULT_ZIP_LIMITS);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new DocumentError('corrupt', 'the DOCX file is damaged or is not a Word document (no word/document.xml)');
  }

  let html: string;
  try {
    const copy = bytes.slice().buffer;
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip underneath takes an ArrayBuffer for either.
    const input = { arrayBuffer: copy, buffer: copy } as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      // A hostile document can link images by file path; never let it read the machine it is opened on.
      externalFileAccess: false,
      // Images carry no notice text, and inlining them as data URIs could blow past the document size cap.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (err) {
    throw new DocumentError('corrupt', `the DOCX file is damaged or is not a Word document (${oneLine(err)})`);
  }
  return { format: 'docx', url: opts.url ?? null, html: html.slice(0, LIMITS.documentChars) };
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').trim().slice(0, 160);
}
