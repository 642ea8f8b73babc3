// Decodes file bytes as UTF-8 (with or without BOM), UTF-16 or Windows-1252, and refuses binary data.
import { InputError } from './input-error';

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32 && b !== 27)) control++;
  if (control > sample.length * 0.01 || sample.includes(0)) throw new InputError(`${name} looks like a binary file, not a text or HTML notice`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not valid UTF-8: older school sites save notices as Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
