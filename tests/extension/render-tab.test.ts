// Rendering a linked page in a background tab: when the DOM counts as settled, and the deadlines that end the wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyHasText, msSinceDomChange, watchDomChanges } from '../../src/extension/gather/dom-quiet';
import { renderInBackgroundTab } from '../../src/extension/adapters/render-tab';

/** A page as the tab shows it over time: when its DOM last changes, and from when its body shows text. */
interface PageModel {
  /** Whether the DOM changes at this time (ms after the tab loads); it is quiet after the last change. */
  changes: (t: number) => boolean;
  /** From this time on the body has text (Infinity: never). */
  textFrom: number;
  /** The watcher is lost (the tab navigated away): msSinceDomChange answers -1. */
  watcherLost?: boolean;
}

const fake = vi.hoisted(() => ({
  page: null as unknown as PageModel,
  loadedAt: 0,
  lastChange: 0,
  textChecks: 0,
}));

vi.mock('../../src/extension/adapters/browser-api', () => {
  /** Brings the model's last DOM change up to now, stepping in whole milliseconds. */
  const advance = () => {
    const t = Date.now() - fake.loadedAt;
    for (let s = Math.max(0, fake.lastChange - fake.loadedAt); s <= t; s++) if (fake.page.changes(s)) fake.lastChange = fake.loadedAt + s;
  };
  return {
    browser: {
      permissions: { contains: async () => true },
      tabs: {
        create: async () => {
          fake.loadedAt = Date.now();
          fake.lastChange = fake.loadedAt;
          return { id: 7 };
        },
        get: async () => ({ status: 'complete' }),
        remove: async () => undefined,
        onUpdated: { addListener: () => undefined, removeListener: () => undefined },
        onRemoved: { addListener: () => undefined, removeListener: () => undefined },
      },
      scripting: {
        executeScript: async (o: { func?: unknown; files?: string[] }) => {
          advance();
          if (o.files) return [{ result: { html: '<p>page</p>', url: 'https://school.example/notice' } }];
          if (o.func === watchDomChanges) return [{ result: undefined }];
          if (o.func === msSinceDomChange) return [{ result: fake.page.watcherLost ? -1 : Date.now() - fake.lastChange }];
          if (o.func === bodyHasText) {
            fake.textChecks++;
            return [{ result: Date.now() - fake.loadedAt >= fake.page.textFrom }];
          }
          throw new Error('unexpected script');
        },
      },
    },
  };
});

const LIMITS = { timeoutMs: 15_000, quietMs: 200, maxDomWaitMs: 3_000 } as const;

/** Renders a page shaped by `page` under fake timers: whether it counted as settled, and how long the wait took. */
async function render(page: PageModel): Promise<{ settled: boolean; tookMs: number; textChecks: number }> {
  fake.page = page;
  fake.textChecks = 0;
  const started = Date.now();
  const pending = renderInBackgroundTab('https://school.example/notice', LIMITS);
  await vi.runAllTimersAsync();
  const { settled } = await pending;
  return { settled, tookMs: Date.now() - started, textChecks: fake.textChecks };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('renderInBackgroundTab: waiting for the DOM', () => {
  it('text arrived and the DOM went quiet: settled, soon after the quiet period', async () => {
    const r = await render({ changes: (t) => t < 500, textFrom: 0 });
    expect(r.settled).toBe(true);
    expect(r.tookMs).toBeGreaterThanOrEqual(700);
    expect(r.tookMs).toBeLessThan(1_000);
  });

  it('still changing at the DOM deadline with text showing: read as it stands, not settled, without waiting longer', async () => {
    const r = await render({ changes: () => true, textFrom: 0 });
    expect(r.settled).toBe(false);
    expect(r.tookMs).toBeGreaterThanOrEqual(LIMITS.maxDomWaitMs);
    expect(r.tookMs).toBeLessThan(LIMITS.maxDomWaitMs + 200);
  });

  it('a shell whose script writes its text before the DOM deadline: settled once the DOM is quiet', async () => {
    const r = await render({ changes: (t) => t < 100 || (t >= 2_000 && t < 2_300), textFrom: 2_000 });
    expect(r.settled).toBe(true);
    expect(r.tookMs).toBeGreaterThanOrEqual(2_500);
    expect(r.tookMs).toBeLessThan(2_800);
  });

  it('a shell with no text is waited for past the DOM deadline, and read as soon as its text arrives, not settled', async () => {
    const r = await render({ changes: (t) => t < 100 || (t >= 6_000 && t < 6_300), textFrom: 6_000 });
    expect(r.settled).toBe(false);
    expect(r.tookMs).toBeGreaterThanOrEqual(6_000);
    expect(r.tookMs).toBeLessThan(6_200);
  });

  it('a quiet shell that never shows text: read as it stands at the render deadline', async () => {
    const r = await render({ changes: () => false, textFrom: Infinity });
    expect(r.settled).toBe(false);
    expect(r.tookMs).toBeGreaterThanOrEqual(LIMITS.timeoutMs);
    expect(r.tookMs).toBeLessThan(LIMITS.timeoutMs + 200);
  });

  it('a page that never stops changing and never shows text: read as it stands at the render deadline', async () => {
    const r = await render({ changes: () => true, textFrom: Infinity });
    expect(r.settled).toBe(false);
    expect(r.tookMs).toBeGreaterThanOrEqual(LIMITS.timeoutMs);
    expect(r.tookMs).toBeLessThan(LIMITS.timeoutMs + 200);
  });

  it('does not look for text while the DOM is still changing before the DOM deadline', async () => {
    const r = await render({ changes: (t) => t < 1_000, textFrom: 0 });
    expect(r.settled).toBe(true);
    expect(r.textChecks).toBe(1);
  });

  it('a lost watcher (the tab navigated away): read at once, not settled', async () => {
    const r = await render({ changes: () => false, textFrom: 0, watcherLost: true });
    expect(r.settled).toBe(false);
    expect(r.tookMs).toBe(0);
    expect(r.textChecks).toBe(0);
  });
});
