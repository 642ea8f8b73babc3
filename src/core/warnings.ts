// Reading notes kept within a cap: each note cut to a line, and any beyond the cap summarised in one last note.

export const MAX_WARNINGS = 50;
export const MAX_WARNING_CHARS = 500;

/** At most MAX_WARNINGS notes, duplicates dropped; the rest are counted in the last one, never an error. */
export function capWarnings(list: readonly string[]): string[] {
  const unique = [...new Set(list.map((w) => (w.length > MAX_WARNING_CHARS ? `${w.slice(0, MAX_WARNING_CHARS - 3)}...` : w)))];
  if (unique.length <= MAX_WARNINGS) return unique;
  const kept = unique.slice(0, MAX_WARNINGS - 1);
  return [...kept, `and ${unique.length - kept.length} more reading notes like these`];
}
