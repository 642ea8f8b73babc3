// Network failures in plain words: "DNS failure", "connection refused", "timed out after 20 s", never "fetch failed".

const CODES: [RegExp, string][] = [
  [/^(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/, 'DNS failure: the host name does not resolve'],
  [/^ECONNREFUSED$/, 'connection refused'],
  [/^(?:ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, 'the connection was dropped'],
  [/^(?:EHOSTUNREACH|ENETUNREACH)$/, 'the host cannot be reached'],
  [/^(?:ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/, 'the connection timed out'],
  [/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/, 'TLS certificate problem'],
];

/** A one-line reason for a failed request; `timeoutMs` is the limit that was set. */
export function plainFetchReason(err: unknown, timeoutMs: number): string {
  const e = err as (Error & { cause?: { code?: string; message?: string } }) | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || /aborted due to timeout/i.test(e?.message ?? ''))
    return `timed out after ${timeoutMs % 1000 === 0 ? timeoutMs / 1000 : (timeoutMs / 1000).toFixed(1)} s`;
  const code = e?.cause?.code ?? (e as { code?: string } | undefined)?.code ?? '';
  for (const [re, words] of CODES) if (re.test(code)) return `${words} (${code})`;
  const detail = (e?.cause?.message ?? e?.message ?? String(err)).split('\n')[0]!.slice(0, 200);
  return detail && detail !== 'fetch failed' ? detail : 'the request failed';
}
