// The report's line about how a document's bytes were decoded, when a reader should know: a guess, a legacy
// charset, or bytes that had to be replaced.
import type { TextEncoding } from '../artifacts';

export function encodingNote(e: TextEncoding): string | null {
  const n = e.replacedBytes;
  const replaced = n ? `; ${n} byte${n === 1 ? '' : 's'} not valid in it ${n === 1 ? 'was' : 'were'} replaced with "\uFFFD"` : '';
  if (e.name === 'windows-1252' && e.how === 'detected') return `text read as Windows-1252 because it is not UTF-8${replaced}`;
  if (e.name !== 'utf-8' && !e.name.startsWith('utf-16'))
    return `text read as ${e.name}, as ${e.how === 'declared' ? 'the page declares' : 'its bytes suggest'}${replaced}`;
  return replaced ? `text read as ${e.name.toUpperCase()}${replaced}` : null;
}
