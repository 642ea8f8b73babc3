// Case-insensitive patterns rewritten for text that is already lower-cased: V8 matches far faster without the i flag.

/**
 * The source of a pattern that, used without the i flag on lower-cased text, finds exactly what `source` finds with
 * the i flag on that text; null when that cannot be promised (non-ASCII characters, characters named by code,
 * Unicode properties, backreferences, or a class range from a letter to a non-letter).
 */
export function lowerCasePattern(source: string): string | null {
  let out = '';
  let inClass = false;
  // The class member before the current character: null at a class's start or after an escape (a dash there is literal).
  let prevMember: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c.charCodeAt(0) > 0x7f) return null;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || /[xucpPk1-9]/.test(next)) return null;
      out += c + next;
      i++;
      prevMember = null;
      continue;
    }
    if (inClass) {
      // In JavaScript a ] always ends the class ("[]" is an empty class).
      if (c === ']') inClass = false;
      else if (c === '-' && prevMember !== null) {
        const next = source[i + 1] ?? ']';
        // A range between a letter and a non-letter ([0-Z]), or across cases ([A-z]), covers other characters once lower-cased.
        if (next !== ']' && (next === '\\' || caseOf(prevMember) !== caseOf(next))) return null;
      }
      prevMember = c;
    } else if (c === '[') {
      inClass = true;
      prevMember = null;
      if (source[i + 1] === '^') {
        out += '[^';
        i++;
        continue;
      }
    }
    out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }
  try {
    new RegExp(out);
  } catch {
    return null;
  }
  return out;
}

function caseOf(c: string): 'upper' | 'lower' | 'none' {
  return c >= 'A' && c <= 'Z' ? 'upper' : c >= 'a' && c <= 'z' ? 'lower' : 'none';
}
