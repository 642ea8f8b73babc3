// Decodes a school list's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (GIAS downloads are).
import iconv from 'iconv-lite';

export interface DecodedList {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Text that is valid UTF-8 is read as UTF-8; anything else is Windows-1252, which every byte decodes under.
 * iconv-lite, not TextDecoder: Node's TextDecoder('windows-1252') is Latin-1 for 0x80-0x9F, so a curly
 * apostrophe (0x92, "St Mary’s") would come out as a control character.
 */
export function decodeList(bytes: Uint8Array): DecodedList {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}
