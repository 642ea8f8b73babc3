// Reads a local file (or downloaded bytes) into a DocumentInput, refusing what cannot be a notice (too big, binary, unknown format).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DocumentInput } from '../core/artifacts';
import { LIMITS } from '../core/artifacts';
import { decodeText } from './decode-text';
import { InputError } from './input-error';
import { DocumentError } from '../documents/document-error';
import { extractDocument } from '../documents/extract-document';

/** The documented input size cap: 20 MB for files and downloads. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export { InputError };

export async function loadDocumentFile(path: string): Promise<DocumentInput> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(`${path} is not a file`);
    size = s.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  if (size === 0) throw new InputError(`${path} is empty`);
  if (size > MAX_FILE_BYTES) throw new InputError(`${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
  const bytes = new Uint8Array(await readFile(path));
  return documentFromBytes(bytes, { name: path, contentType: '' });
}

/** Decide the format from the name, content type and magic bytes, then read it. */
export async function documentFromBytes(bytes: Uint8Array, from: { name: string; contentType: string }): Promise<DocumentInput> {
  const ext = extname(from.name.split(/[?#]/)[0] ?? '').toLowerCase();
  const type = from.contentType.toLowerCase();
  const isPdf = ext === '.pdf' || type.includes('application/pdf') || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isPdf || ext === '.docx' || ext === '.doc' || type.includes('wordprocessingml') || type.includes('msword') || (isZip && ext !== '.txt') || isOle) {
    try {
      return await extractDocument(bytes, { name: from.name, contentType: from.contentType });
    } catch (err) {
      if (err instanceof DocumentError) throw new InputError(`${from.name}: ${err.message}`);
      throw err;
    }
  }
  const text = decodeText(bytes, from.name);
  // Cutting the text would turn everything after the cut into false "Missing" verdicts: refuse it instead.
  if (text.length > LIMITS.documentChars) {
    throw new InputError(`${from.name}: the text is ${(text.length / 1e6).toFixed(1)} million characters; the limit is ${LIMITS.documentChars / 1e6} million, and a cut notice would be judged on part of its text`);
  }
  if (ext === '.html' || ext === '.htm' || type.includes('html') || /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 2000))) {
    return { format: 'html', url: null, html: text };
  }
  return { format: 'text', url: null, text };
}
