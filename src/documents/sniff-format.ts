// Tells a document's real format from its first bytes, because file names and Content-Type headers lie.
export type SniffedFormat = 'pdf' | 'zip' | 'ole2' | 'unknown';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** PDF may have junk before "%PDF-" (the spec tolerates it within the first 1024 bytes). */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05) &&
    (bytes[3] === 0x04 || bytes[3] === 0x06)
  )
    return 'zip';
  if (bytes.length >= 8 && OLE2.every((b, i) => bytes[i] === b)) return 'ole2';
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return 'pdf';
  }
  return 'unknown';
}

export interface BinaryHint {
  /** File name or URL path, for its extension. */
  name?: string;
  contentType?: string;
}

/** True when the bytes or hints say PDF or Word, i.e. something the text readers must not decode. */
export function isBinaryDocument(bytes: Uint8Array, hint: BinaryHint = {}): boolean {
  const ext = /\.(pdf|docx|doc)$/i.exec((hint.name ?? '').split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
  const type = (hint.contentType ?? '').toLowerCase();
  return sniffFormat(bytes) !== 'unknown' || ext !== undefined || /application\/pdf|wordprocessingml|msword/.test(type);
}

/**
 * Office wraps a password-protected .docx in an OLE2 container holding an "EncryptedPackage" stream,
 * so an OLE2 file is either a legacy .doc or an encrypted modern document; the stream name tells them apart.
 */
export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  const needle = 'EncryptedPackage';
  const limit = Math.min(bytes.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
