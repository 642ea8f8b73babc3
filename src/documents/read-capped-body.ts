// Reads a fetch Response body up to a byte cap, in the browser or Node, so no caller audits half a document.

/** Why a body was refused: the declared Content-Length or the bytes actually received passed the cap. */
export interface OverCap {
  over: true;
  /** Declared size in bytes, when the server said it up front; null when the stream ran past the cap. */
  declaredBytes: number | null;
}

/**
 * The whole body as bytes, or `{ over: true }` once it exceeds `maxBytes` (the stream is cancelled then,
 * so a hostile server cannot make the reader buffer more than the cap).
 */
export async function readCappedBody(res: Response, maxBytes: number): Promise<Uint8Array | OverCap> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return { over: true, declaredBytes: declared };
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { over: true, declaredBytes: null };
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
