// Fetches a linked notice from the extension (no cookies sent, size cap, timeout) and reads it through
// src/documents/read-document.ts, the same path the command line uses.
import { LIMITS, type DocumentInput } from '../core/artifacts';
import type { NoticeDocument } from '../core/notice/types';
import { withoutCredentials } from '../core/url-credentials';
import { readCappedBody } from '../documents/read-capped-body';
import { DocumentError, formatMegabytes } from '../documents/document-error';
import { readDocument } from '../documents/read-document';

export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchedDocument {
  input: DocumentInput;
  finalUrl: string;
  /** Pages in a PDF, for the progress line. */
  pageCount?: number;
  warnings: string[];
  /** The served HTML as read to decide it need not be rendered: the same reading the audit would make of it. */
  read?: NoticeDocument;
}

export class FetchError extends Error {
  override readonly name = 'FetchError';
}

/** pdfjs in an extension page: the browser build with its worker served from the extension's own files. */
async function loadPdfjs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** Read a response body up to the document cap, refusing anything larger rather than auditing half a document. */
async function readCapped(res: Response): Promise<Uint8Array> {
  const body = await readCappedBody(res, LIMITS.documentBytes);
  if (body instanceof Uint8Array) return body;
  const limit = formatMegabytes(LIMITS.documentBytes);
  throw new FetchError(
    body.declaredBytes !== null
      ? `the document is ${formatMegabytes(body.declaredBytes)}, over the ${limit} limit`
      : `the document is over the ${limit} limit`,
  );
}

/** Fetched bytes to the document input the core audits, with PDF reading notes split out. */
export async function bytesToDocument(bytes: Uint8Array, url: string, contentType: string): Promise<Omit<FetchedDocument, 'finalUrl'>> {
  try {
    const { warnings = [], ...input } = await readDocument(bytes, { name: url, contentType, url }, { pdfjs: loadPdfjs });
    return { input: input as DocumentInput, warnings, ...(input.format === 'pdf' ? { pageCount: input.pages.length } : {}) };
  } catch (err) {
    if (err instanceof DocumentError) throw new FetchError(err.message);
    throw err;
  }
}

/** Fetch a same-site document without credentials (the audit must see what any visitor sees, and send nothing). */
export async function fetchDocument(
  rawUrl: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<FetchedDocument> {
  const url = withoutCredentials(rawUrl);
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new FetchError(
      timedOut
        ? `the school's server did not answer within ${timeoutMs / 1000} seconds`
        : 'the document could not be downloaded (network error or access not allowed)',
    );
  }
  if (!res.ok) throw new FetchError(`the school's server answered ${res.status} ${res.statusText}`.trim());
  const finalUrl = withoutCredentials(res.url || url);
  const contentType = res.headers.get('content-type') ?? '';
  const bytes = await readCapped(res);
  return { ...(await bytesToDocument(bytes, finalUrl, contentType)), finalUrl };
}
