// Politeness: at most one page or document request at a time per host, across every site in a run.
export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();

  /** Run fn when no other gated request to the same host is in flight. */
  async run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      return fn();
    }
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(host, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      // Forget idle hosts so a national run does not keep one entry per school for ever.
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }
}
