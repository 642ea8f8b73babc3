// Bytes to text for HTML and plain-text documents, in the order browsers use: byte-order mark, then the declared
// charset (Content-Type header, then <meta charset>), then UTF-8 when the bytes are UTF-8, else Windows-1252.
import type { TextEncoding as TextEncodingUsed } from '../core/artifacts';

export interface DecodedText {
  text: string;
  encoding: TextEncodingUsed;
}

// The Encoding Standard reads all of these as Windows-1252 (0x80-0x9F are curly quotes and dashes, not C1 controls).
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968',
  'ascii',
  'cp1252',
  'cp819',
  'csisolatin1',
  'ibm819',
  'iso-8859-1',
  'iso-ir-100',
  'iso8859-1',
  'iso88591',
  'iso_8859-1',
  'iso_8859-1:1987',
  'l1',
  'latin1',
  'us-ascii',
  'windows-1252',
  'x-cp1252',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const UTF16_LABELS: Record<string, string> = {
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  unicode: 'utf-16le',
  unicodefffe: 'utf-16be',
};

// Only the first bytes are searched for <meta charset>, as browsers do (the Encoding Standard's prescan reads 1024).
const META_SCAN_BYTES = 4_096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** The charset a Content-Type header declares, lower case; null when none. */
export function headerCharset(contentType: string): string | null {
  return HEADER_CHARSET.exec(contentType.slice(0, 500))?.[1]?.toLowerCase() ?? null;
}

/** The charset an HTML page declares in a <meta> near its start, lower case; null when none. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, META_SCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Scan UTF-8: how many well-formed multi-byte characters and how many invalid byte runs (each maximal
 * invalid subpart counts once, as TextDecoder replaces it with one U+FFFD).
 */
export function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (j > need) {
      multiByte++;
      i += need + 1;
    } else {
      invalid++;
      i += j;
    }
  }
  return { multiByte, invalid };
}

/**
 * UTF-8 wins when its evidence outweighs the bad bytes: a notice with curly quotes in UTF-8 and one stray 0xFF
 * is UTF-8 with one byte replaced, not a whole page of mojibake; a Windows-1252 page has next to no valid
 * UTF-8 sequences, so its first 0x92 makes it Windows-1252.
 */
function looksUtf8(scan: { multiByte: number; invalid: number }): boolean {
  return scan.invalid === 0 || scan.multiByte >= scan.invalid;
}

function decodeUtf8(bytes: Uint8Array, how: TextEncodingUsed['how'], invalid: number): DecodedText {
  // The BOM, when there, is dropped by the decoder.
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: { name: 'utf-8', how, replacedBytes: invalid } };
}

function decodeUtf16(bytes: Uint8Array, name: 'utf-16le' | 'utf-16be', how: TextEncodingUsed['how']): DecodedText {
  const text = new TextDecoder(name).decode(bytes);
  return { text, encoding: { name, how, replacedBytes: countReplacements(text) } };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Legacy charsets through iconv-lite, loaded only when a page needs one. Not TextDecoder: Node's reads
 * windows-1252 as Latin-1, so a curly apostrophe (0x92) would become the control character U+0092.
 */
async function decodeLegacy(bytes: Uint8Array, name: string, how: TextEncodingUsed['how']): Promise<DecodedText | null> {
  const { default: iconv } = await import('iconv-lite');
  if (!iconv.encodingExists(name)) return null;
  const text = iconv.decode(bytes as Buffer, name);
  return { text, encoding: { name, how, replacedBytes: countReplacements(text) } };
}

/** Decode by a declared charset; null when the label is unknown or cannot apply (then the bytes decide). */
async function decodeDeclared(bytes: Uint8Array, label: string, fromMeta: boolean): Promise<DecodedText | null> {
  if (UTF8_LABELS.has(label)) return decodeUtf8(bytes, 'declared', scanUtf8(bytes).invalid);
  const utf16 = UTF16_LABELS[label];
  // A <meta> that says UTF-16 was itself read as ASCII, so it cannot be true; browsers then read UTF-8.
  if (utf16) return fromMeta ? null : decodeUtf16(bytes, utf16 as 'utf-16le' | 'utf-16be', 'declared');
  if (WINDOWS_1252_LABELS.has(label)) return decodeLegacy(bytes, 'windows-1252', 'declared');
  return decodeLegacy(bytes, label, 'declared');
}

/** Decode document bytes; `html` allows a <meta charset> to declare the encoding. */
export async function decodeText(bytes: Uint8Array, contentType: string, html: boolean): Promise<DecodedText> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, 'byte-order mark', scanUtf8(bytes).invalid);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 'byte-order mark');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 'byte-order mark');
  const fromHeader = headerCharset(contentType);
  const declared = (fromHeader && (await decodeDeclared(bytes, fromHeader, false))) || null;
  if (declared) return declared;
  const fromMeta = html ? metaCharset(bytes) : null;
  const declaredInPage = (fromMeta && (await decodeDeclared(bytes, fromMeta, true))) || null;
  if (declaredInPage) return declaredInPage;
  const scan = scanUtf8(bytes);
  if (looksUtf8(scan)) return decodeUtf8(bytes, 'detected', scan.invalid);
  return (await decodeLegacy(bytes, 'windows-1252', 'detected')) as DecodedText;
}
