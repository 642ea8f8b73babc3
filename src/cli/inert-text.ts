// Text from websites made inert before it reaches a terminal: no control sequences, no bidi overrides.

// C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the bidi embeddings,
// overrides and isolates that can reorder what a reader sees (Trojan Source).
const UNSAFE = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every terminal control and bidi override removed; a lone carriage return becomes a space (CRLF line ends stay). */
export function inert(s: string): string {
  return s.replace(UNSAFE, (c) => (c === '\r' ? ' ' : ''));
}
