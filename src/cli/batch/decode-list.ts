// Decodes a school list's bytes with the documents' decoder (BOM, UTF-8 by validity, else Windows-1252, as GIAS
// downloads are), so a curly apostrophe (0x92, "St Mary’s") is an apostrophe, not a control character.
import { decodeText } from '../../documents/decode-text';

export interface DecodedList {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be" or "windows-1252". */
  encoding: string;
}

export async function decodeList(bytes: Uint8Array): Promise<DecodedList> {
  const { text, encoding } = await decodeText(bytes, '', false);
  return { text, encoding: encoding.name };
}
