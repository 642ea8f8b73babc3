// Fetches a linked notice from the extension (no cookies sent, size cap, timeout) and turns it into a DocumentInput.
import type { DocumentInput } from '../core/artifacts';
import { readCappedBody } from '../documents/read-capped-body';

export const FETCH_LIMITS = { maxBytes: 20 * 1024 * 1024, maxHtmlBytes: 5 * 1024 * 1024, timeoutMs: 15_000 } as const;

export interface FetchedDocument {
  input: DocumentInput;
  finalUrl: string;
  /** Pages in a PDF, for the progress line. */
  pageCount?: number;
  warnings: string[];
}

export class FetchError extends Error {
  override readonly name = 'FetchError';
}

/** Read a response body up to `maxBytes`, refusing anything larger rather than auditing half a document. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const body = await readCappedBody(res, maxBytes);
  if (body instanceof Uint8Array) return body;
  const limit = Math.round(maxBytes / 1048576);
  throw new FetchError(body.declaredBytes !== null ? `the document is ${Math.round(body.declaredBytes / 1048576)} MB, over the ${limit} MB limit` : `the document is over the ${limit} MB limit`);
}

function charsetOf(contentType: string): string {
  const m = /charset=["']?([\w-]+)/i.exec(contentType);
  return m?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(contentType)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function looksBinary(bytes: Uint8Array, url: string, contentType: string): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  return head.startsWith('%PDF') || head.startsWith('PK') || /application\/(pdf|msword|vnd\.openxmlformats)/i.test(contentType) || /\.(pdf|docx?)(?:[?#]|$)/i.test(url);
}

/** pdfjs in an extension page: the browser build with its worker served from the extension's own files. */
async function loadPdfjs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** Convert fetched bytes into the document input the core audits. PDF and Word go through src/documents (lazily loaded). */
export async function bytesToDocument(bytes: Uint8Array, url: string, contentType: string): Promise<Omit<FetchedDocument, 'finalUrl'>> {
  if (looksBinary(bytes, url, contentType)) {
    const { extractDocument } = await import('../documents/extract-document');
    const doc = await extractDocument(bytes, { name: new URL(url).pathname, contentType }, { url, pdfjs: loadPdfjs });
    const { warnings = [], ...input } = doc as DocumentInput & { warnings?: string[] };
    return { input: input as DocumentInput, warnings, ...(input.format === 'pdf' ? { pageCount: input.pages.length } : {}) };
  }
  const text = decode(bytes.length > FETCH_LIMITS.maxHtmlBytes ? bytes.subarray(0, FETCH_LIMITS.maxHtmlBytes) : bytes, contentType);
  const warnings = bytes.length > FETCH_LIMITS.maxHtmlBytes ? ['the page was cut at 5 MB'] : [];
  if (/text\/plain/i.test(contentType)) return { input: { format: 'text', url, text }, warnings };
  return { input: { format: 'html', url, html: text }, warnings };
}

/** Fetch a same-site document without credentials (the audit must see what any visitor sees, and send nothing). */
export async function fetchDocument(url: string, fetchImpl: typeof fetch = fetch, limits = FETCH_LIMITS): Promise<FetchedDocument> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(limits.timeoutMs), cache: 'no-store' });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new FetchError(timedOut ? `the school's server did not answer within ${limits.timeoutMs / 1000} seconds` : 'the document could not be downloaded (network error or access not allowed)');
  }
  if (!res.ok) throw new FetchError(`the school's server answered ${res.status} ${res.statusText}`.trim());
  const finalUrl = res.url || url;
  const contentType = res.headers.get('content-type') ?? '';
  const bytes = await readCapped(res, limits.maxBytes);
  return { ...(await bytesToDocument(bytes, finalUrl, contentType)), finalUrl };
}
