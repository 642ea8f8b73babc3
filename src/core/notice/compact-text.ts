// V8 keeps a string one byte per character only when every string it was cut from was so: text read from a page that
// holds one curly quote is all two-byte, even after normalisation has made it plain ASCII. One-byte text is matched,
// lower-cased and joined about twice as fast, and every check reads block text many times over, so blocks are copied
// into the compact form once, when the document is built.

/** Longest run handed to String.fromCharCode at once (arguments go on the stack). */
const CHUNK = 8_192;

/** The same text, stored one byte per character when every character fits in one (else the text itself). */
export function compactText(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  // A plain array: String.fromCharCode.apply reads one several times faster than a typed array.
  const codes: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    codes[i] = c;
  }
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let at = 0; at < n; at += CHUNK) out += String.fromCharCode.apply(null, codes.slice(at, at + CHUNK));
  return out;
}
