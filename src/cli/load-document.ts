// Reads a local file into a DocumentInput, refusing what cannot be a notice (too big, binary, unknown format).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DocumentInput } from '../core/artifacts';
import { LIMITS } from '../core/artifacts';
import { decodeText } from './decode-text';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A user-facing failure: the CLI prints the message on one line and exits 1. */
export class InputError extends Error {}

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
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf' || ext === '.docx' || ext === '.doc') {
    throw new InputError(`${ext.slice(1).toUpperCase()} files are not supported yet: save the notice as HTML or text`);
  }
  const text = decodeText(bytes, path);
  const url = null;
  if (ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 2000))) {
    return { format: 'html', url, html: text.slice(0, LIMITS.documentChars) };
  }
  return { format: 'text', url, text: text.slice(0, LIMITS.documentChars) };
}
