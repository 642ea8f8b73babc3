// Fetches a notice URL with a size cap and a time limit, and turns the response into a DocumentInput.
import { readCappedBody } from '../documents/read-capped-body';
import type { DocumentInput } from '../core/artifacts';
import { InputError, MAX_FILE_BYTES, documentFromBytes } from './load-document';
import { plainFetchReason } from './plain-reason';

export const USER_AGENT = 'SchoolPrivacyAudit/0.1 (+privacy notice audit; contact: see README)';
export const FETCH_TIMEOUT_MS = 20_000;

/** GET a document; refuses non-2xx, oversized or slow responses with a one-line reason. */
export async function fetchDocument(url: string, timeoutMs = FETCH_TIMEOUT_MS, read: typeof documentFromBytes = documentFromBytes): Promise<DocumentInput> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5' } });
  } catch (err) {
    throw new InputError(`cannot fetch ${url}: ${plainFetchReason(err, timeoutMs)}`);
  }
  if (!res.ok) throw new InputError(`${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  let body: Awaited<ReturnType<typeof readCappedBody>>;
  try {
    body = await readCappedBody(res, MAX_FILE_BYTES);
  } catch (err) {
    // The time limit also covers the body: a server that stalls mid-download is a timeout, not a crash.
    throw new InputError(`cannot fetch ${url}: ${plainFetchReason(err, timeoutMs)}`);
  }
  if (!(body instanceof Uint8Array)) {
    const limit = MAX_FILE_BYTES / 1048576;
    throw new InputError(body.declaredBytes !== null ? `${url} is ${(body.declaredBytes / 1048576).toFixed(1)} MB; the limit is ${limit} MB` : `${url} is over the ${limit} MB limit`);
  }
  if (body.byteLength === 0) throw new InputError(`${url} returned an empty body`);
  const doc = await read(body, { name: url, contentType: res.headers.get('content-type') ?? '' });
  doc.url = res.url || url;
  return doc;
}
