/** A literal string as a regular-expression source that matches exactly it (names, roles and aliases read from data). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
