// Fetches a document through the browser (its DNS, TLS, cookies and User-Agent), falling back to Node's fetch for cross-origin files.
import type { Page } from 'playwright-core';
import { LIMITS, type DocumentInput } from '../../core/artifacts';
import { formatMegabytes } from '../../documents/document-error';
import type { AddressPolicy } from '../address-policy';
import type { CheckedProxy } from '../browser/checked-proxy';
import { fetchDocument } from '../fetch-document';
import { InputError } from '../load-document';
import { plainFetchReason } from '../plain-reason';
import { sharedAuditPool } from '../work/worker-pool';

interface InPageResult {
  ok: boolean;
  status?: number;
  url?: string;
  type?: string;
  b64?: string;
  error?: string;
  tooBig?: boolean;
}

/**
 * Runs in the page: fetch with the page's cookies, read at most MAX bytes, return base64.
 * Source text rather than a function, so bundler helpers never leak into the page.
 */
const IN_PAGE_FETCH = `async ({ url, max, timeoutMs }) => {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const r = await fetch(url, { credentials: 'include', redirect: 'follow', signal: ctl.signal });
    if (!r.ok) return { ok: false, status: r.status, url: r.url };
    const reader = r.body ? r.body.getReader() : null;
    const parts = [];
    let total = 0;
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > max) { try { await reader.cancel(); } catch (e) {} return { ok: false, tooBig: true, url: r.url }; }
        parts.push(value);
      }
    }
    const bytes = new Uint8Array(total);
    let off = 0;
    for (const p of parts) { bytes.set(p, off); off += p.byteLength; }
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return { ok: true, status: r.status, url: r.url, type: r.headers.get('content-type') || '', b64: btoa(bin) };
  } catch (e) {
    return { ok: false, error: (e && e.name === 'AbortError') ? 'timeout' : String(e && e.message || e) };
  } finally {
    clearTimeout(timer);
  }
}`;

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Extracting a document's text gets the document's own time limit, at least 10 s. */
function readBudgetMs(timeoutMs: number): number {
  return Math.max(10_000, timeoutMs);
}

/**
 * Read a notice from the page's origin in the page itself; other origins (CORS) go through fetchDocument, which
 * applies the address policy to each host it is sent to. A page on another host than the audited site reaches it
 * through the context's checked proxy, whose refusal is the reason given when the in-page fetch fails.
 */
export async function fetchDocumentInPage(
  page: Page,
  url: string,
  timeoutMs: number,
  policy: AddressPolicy,
  proxy: CheckedProxy | null = null,
): Promise<DocumentInput> {
  const read = (bytes: Uint8Array, from: { name: string; contentType: string }) =>
    sharedAuditPool().readBytes({ bytes, name: from.name, contentType: from.contentType }, readBudgetMs(timeoutMs));
  if (!sameOrigin(page.url(), url)) return fetchDocument(url, timeoutMs, read, policy);
  const fn = `(${IN_PAGE_FETCH})(${JSON.stringify({ url, max: LIMITS.documentBytes, timeoutMs })})`;
  const r = (await Promise.race([
    page.evaluate(fn),
    new Promise<InPageResult>((resolve) => setTimeout(() => resolve({ ok: false, error: 'timeout' }), timeoutMs + 2_000).unref()),
  ])) as InPageResult;
  if (!r.ok) {
    const proxyFailure = r.tooBig ? null : proxy?.failureFor([r.url || url, url]);
    if (proxyFailure instanceof InputError) throw proxyFailure;
    if (proxyFailure) throw new InputError(`cannot fetch ${url}: ${plainFetchReason(proxyFailure, timeoutMs)}`);
    if (r.tooBig) throw new InputError(`${url} is over the ${formatMegabytes(LIMITS.documentBytes)} limit`);
    if (r.status) throw new InputError(`${url} answered HTTP ${r.status}`);
    if (r.error === 'timeout') throw new InputError(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    throw new InputError(`cannot fetch ${url}: ${(r.error ?? 'unknown error').slice(0, 200)}`);
  }
  const bytes = new Uint8Array(Buffer.from(r.b64 ?? '', 'base64'));
  if (bytes.length === 0) throw new InputError(`${url} returned an empty body`);
  // Extraction (pdfjs, mammoth) runs in a worker thread, off the thread driving the browser.
  const doc = await sharedAuditPool().readBytes({ bytes, name: r.url || url, contentType: r.type ?? '' }, readBudgetMs(timeoutMs));
  doc.url = r.url || url;
  return doc;
}
