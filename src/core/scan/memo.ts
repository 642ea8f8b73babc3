// Per-document memoisation: a check and its flag read the same findings, so a whole-document scan runs once per audit.

const objectIds = new WeakMap<object, number>();
let nextId = 0;

/** Objects (option records) are keyed by identity: they come from the loaded checklist and live as long as it. */
function argKey(arg: unknown): string {
  if (arg !== null && typeof arg === 'object') {
    let id = objectIds.get(arg);
    if (id === undefined) objectIds.set(arg, (id = nextId++));
    return `#${id}`;
  }
  return JSON.stringify(arg) ?? 'undefined';
}

/**
 * Wraps `fn(subject, ...args)` so repeated calls with the same subject object and equal arguments reuse the result.
 * Subjects are documents or their derived text (held weakly); arguments are option objects (by identity) or primitives.
 */
export function memoPerDocument<S extends object, A extends unknown[], R>(fn: (subject: S, ...args: A) => R): (subject: S, ...args: A) => R {
  const cache = new WeakMap<S, Map<string, R>>();
  return (subject, ...args) => {
    let byArgs = cache.get(subject);
    if (!byArgs) cache.set(subject, (byArgs = new Map()));
    const key = args.map(argKey).join('\u0000');
    if (byArgs.has(key)) return byArgs.get(key)!;
    const result = fn(subject, ...args);
    byArgs.set(key, result);
    return result;
  };
}
