// Per-document memoisation: a check and its flag read the same findings, so a whole-document scan runs once per audit.

/**
 * Wraps `fn(subject, ...args)` so repeated calls with the same subject object and equal arguments reuse the result.
 * Subjects are documents or their derived text (held weakly); arguments are small option objects or strings.
 */
export function memoPerDocument<S extends object, A extends unknown[], R>(fn: (subject: S, ...args: A) => R): (subject: S, ...args: A) => R {
  const cache = new WeakMap<S, Map<string, R>>();
  return (subject, ...args) => {
    let byArgs = cache.get(subject);
    if (!byArgs) cache.set(subject, (byArgs = new Map()));
    const key = JSON.stringify(args);
    if (byArgs.has(key)) return byArgs.get(key)!;
    const result = fn(subject, ...args);
    byArgs.set(key, result);
    return result;
  };
}
