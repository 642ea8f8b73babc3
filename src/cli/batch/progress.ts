// Batch progress on stderr: a redrawn bar with count, rate and ETA on a terminal, one plain line per site otherwise.
import { inert } from '../inert-text';

export interface ProgressEvent {
  url: string;
  status: 'done' | 'error' | 'skipped';
  detail: string;
}

export class Progress {
  private done = 0;
  private errors = 0;
  /** Sites really visited (not skipped by --resume): the rate and ETA are based on these. */
  private visited = 0;
  private readonly started: number;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): boolean },
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  private get tty(): boolean {
    return Boolean(this.stream.isTTY);
  }

  /** "3m05s", "42s". */
  static duration(ms: number): string {
    const s = Math.max(0, Math.round(ms / 1000));
    return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
  }

  line(): string {
    const elapsed = this.now() - this.started;
    const rate = elapsed > 0 ? (this.visited / elapsed) * 60_000 : 0;
    const left = this.total - this.done;
    const eta = left === 0 ? '0s' : this.visited > 0 ? Progress.duration((elapsed / this.visited) * left) : '?';
    return `${this.done}/${this.total}${this.errors ? ` (${this.errors} failed)` : ''} ${rate.toFixed(1)} sites/min ETA ${eta}`;
  }

  note(raw: string): void {
    const message = inert(raw);
    if (this.tty) this.stream.write(`\r\x1b[K${message}\n`);
    else this.stream.write(`${message}\n`);
    if (this.tty) this.draw(true);
  }

  tick(event: ProgressEvent): void {
    // The URL and reason come from the list and the sites: never let them drive the terminal.
    const e = { ...event, url: inert(event.url), detail: inert(event.detail).replace(/\n/g, ' ') };
    this.done++;
    if (e.status !== 'skipped') this.visited++;
    if (e.status === 'error') this.errors++;
    if (!this.tty) {
      this.stream.write(`[${this.done}/${this.total}] ${e.status} ${e.url}${e.detail ? `: ${e.detail}` : ''} | ${this.line()}\n`);
      return;
    }
    if (e.status === 'error') this.stream.write(`\r\x1b[Kfailed ${e.url}: ${e.detail}\n`);
    this.draw(this.done === this.total);
  }

  private draw(force: boolean): void {
    const t = this.now();
    if (!force && t - this.lastDraw < 200) return;
    this.lastDraw = t;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 60));
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.line()}`);
  }

  finish(): void {
    if (this.tty) this.stream.write('\n');
  }
}
