// Derived data of one audit: a check and its flag often read the same whole-document scan, so it runs once per
// audit. The memo belongs to the audit's context and is dropped with it; nothing is shared between audits.

interface Node {
  next: Map<unknown, Node>;
  done: boolean;
  value: unknown;
}

const node = (): Node => ({ next: new Map(), done: false, value: undefined });

export class AuditMemo {
  private readonly root = node();

  /** `fn(...args)`, computed on the first call with this function and these arguments (compared by identity). */
  once<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): R {
    let at = this.root;
    for (const key of [fn, ...args]) {
      let next = at.next.get(key);
      if (!next) at.next.set(key, (next = node()));
      at = next;
    }
    if (!at.done) {
      at.value = fn(...args);
      at.done = true;
    }
    return at.value as R;
  }
}
