// Reads a local file (or downloaded bytes) into a DocumentInput through src/documents/read-document.ts, turning
// its refusals (too big, binary, damaged) into one-line input errors.
import { readFile, stat } from 'node:fs/promises';
import type { DocumentInput } from '../core/artifacts';
import { LIMITS } from '../core/artifacts';
import { InputError } from './input-error';
import { DocumentError, formatMegabytes } from '../documents/document-error';
import { readDocument, type DocumentSource } from '../documents/read-document';

export { InputError };

export async function loadDocumentFile(path: string): Promise<DocumentInput> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(`${path} is not a file`);
    size = s.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  // Checked before reading, so a huge file is never loaded into memory.
  if (size === 0) throw new InputError(`${path} is empty`);
  if (size > LIMITS.documentBytes)
    throw new InputError(`${path} is ${formatMegabytes(size)}; the limit is ${formatMegabytes(LIMITS.documentBytes)}`);
  const bytes = new Uint8Array(await readFile(path));
  return documentFromBytes(bytes, { name: path, contentType: '' });
}

/** Read downloaded or local bytes; a document that cannot be read is an InputError naming it. */
export async function documentFromBytes(bytes: Uint8Array, from: DocumentSource): Promise<DocumentInput> {
  try {
    return await readDocument(bytes, from);
  } catch (err) {
    if (err instanceof DocumentError) throw new InputError(`${from.name}: ${err.message}`);
    throw err;
  }
}
