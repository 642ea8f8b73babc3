// The one error type document extraction throws: a reason code for callers and a one-line message for people.
export type DocumentErrorReason = 'too-large' | 'encrypted' | 'corrupt' | 'timeout' | 'legacy-doc' | 'zip-bomb' | 'unsupported' | 'empty';

/** A document that cannot be read. `message` is one line, fit to show a governor or print on stderr. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly reason: DocumentErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Format a byte count the way the messages quote limits ("20 MB"). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}
