// Fetches a document URL with a size cap, a time limit and the private-address policy checked on every redirect,
// and reads the bytes through src/documents/read-document.ts.
import { LIMITS, type DocumentInput } from '../core/artifacts';
import { withoutCredentials } from '../core/url-credentials';
import { readCappedBody } from '../documents/read-capped-body';
import { formatMegabytes } from '../documents/document-error';
import { PUBLIC_ONLY, PrivateAddressError, checkAddress, type AddressPolicy } from './address-policy';
import { checkedDispatcher, http } from './checked-connection';
import { InputError, documentFromBytes } from './load-document';
import { plainFetchReason } from './plain-reason';

export const USER_AGENT = 'SchoolPrivacyAudit/0.1 (+privacy notice audit; contact: see README)';
export const FETCH_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 10;
const ACCEPT =
  'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5';

/**
 * Follow redirects by hand, so each hop's host is checked against the policy before it is requested. The check gives
 * a clear refusal up front; the connection itself then resolves through the same policy, so a name that answers
 * differently the second time (DNS rebinding) is refused at connect time rather than reached.
 */
async function fetchChecked(start: string, signal: AbortSignal, policy: AddressPolicy): Promise<{ res: Response; url: string }> {
  const dispatcher = checkedDispatcher(policy);
  let url = start;
  for (let hop = 0; ; hop++) {
    await checkAddress(url, policy);
    const res = await http.fetch(url, { redirect: 'manual', signal, dispatcher, headers: { 'user-agent': USER_AGENT, accept: ACCEPT } });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (location === null) return { res, url };
    await res.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) throw new InputError(`${start}: more than ${MAX_REDIRECTS} redirects`);
    url = withoutCredentials(new URL(location, url).href);
  }
}

/**
 * GET a document; refuses non-2xx, oversized or slow responses and non-public hosts (unless the policy allows
 * them) with a one-line reason. Credentials in the URL are dropped before anything is sent or recorded.
 */
export async function fetchDocument(
  rawUrl: string,
  timeoutMs = FETCH_TIMEOUT_MS,
  read: typeof documentFromBytes = documentFromBytes,
  policy: AddressPolicy = PUBLIC_ONLY,
): Promise<DocumentInput> {
  const url = withoutCredentials(rawUrl);
  const signal = AbortSignal.timeout(timeoutMs);
  let fetched: { res: Response; url: string };
  try {
    fetched = await fetchChecked(url, signal, policy);
  } catch (err) {
    if (err instanceof InputError) throw err;
    // A refusal at connect time arrives wrapped in fetch's TypeError: give the same one-line reason as the check.
    const cause = (err as { cause?: unknown } | null)?.cause;
    if (cause instanceof PrivateAddressError) throw cause;
    throw new InputError(`cannot fetch ${url}: ${plainFetchReason(err, timeoutMs)}`);
  }
  const { res } = fetched;
  if (!res.ok) throw new InputError(`${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  let body: Awaited<ReturnType<typeof readCappedBody>>;
  try {
    body = await readCappedBody(res, LIMITS.documentBytes);
  } catch (err) {
    // The time limit also covers the body: a server that stalls mid-download is a timeout, not a crash.
    throw new InputError(`cannot fetch ${url}: ${plainFetchReason(err, timeoutMs)}`);
  }
  if (!(body instanceof Uint8Array)) {
    const limit = formatMegabytes(LIMITS.documentBytes);
    throw new InputError(
      body.declaredBytes !== null
        ? `${url} is ${formatMegabytes(body.declaredBytes)}; the limit is ${limit}`
        : `${url} is over the ${limit} limit`,
    );
  }
  if (body.byteLength === 0) throw new InputError(`${url} returned an empty body`);
  const doc = await read(body, { name: fetched.url, contentType: res.headers.get('content-type') ?? '', url: fetched.url });
  doc.url = fetched.url;
  return doc;
}
