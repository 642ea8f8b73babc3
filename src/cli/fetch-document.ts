// Fetches a notice URL with a size cap and a time limit, and turns the response into a DocumentInput.
import type { DocumentInput } from '../core/artifacts';
import { InputError, MAX_FILE_BYTES, documentFromBytes } from './load-document';

export const USER_AGENT = 'SchoolPrivacyAudit/0.1 (+privacy notice audit; contact: see README)';
export const FETCH_TIMEOUT_MS = 20_000;

/** GET a document; refuses non-2xx, oversized or slow responses with a one-line reason. */
export async function fetchDocument(url: string, timeoutMs = FETCH_TIMEOUT_MS, read: typeof documentFromBytes = documentFromBytes): Promise<DocumentInput> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5' } });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new InputError(`${url} did not answer within ${timeoutMs / 1000} s`);
    throw new InputError(`cannot fetch ${url}: ${e.cause?.code ?? e.message}`);
  }
  if (!res.ok) throw new InputError(`${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) throw new InputError(`${url} is ${(declared / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_FILE_BYTES) {
        await reader.cancel();
        throw new InputError(`${url} is over the ${MAX_FILE_BYTES / 1048576} MB limit`);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  if (total === 0) throw new InputError(`${url} returned an empty body`);
  const doc = await read(bytes, { name: url, contentType: res.headers.get('content-type') ?? '' });
  doc.url = res.url || url;
  return doc;
}
