// Reading the tab's page: at once when it finished loading a while ago and shows text, after a bounded wait otherwise,
// and "still changing" said only of a page seen changing at the end of that wait.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GatheredPage } from '../../src/extension/gather/capture-page';
import { waitForPageToSettle, type PageSettling } from '../../src/extension/gather/dom-quiet';
import { PAGE_READ_LIMITS, decidePageRead, type PageReadiness } from '../../src/extension/gather/read-decision';
import { readTabPage } from '../../src/extension/gather/read-tab-page';
import { planAccess } from '../../src/extension/hosts';
import { runExtensionAudit } from '../../src/extension/run-extension-audit';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';

const longLoaded: PageReadiness = { msSinceLoad: 60_000, showsText: true, addressChanged: false };

describe('decidePageRead', () => {
  it('reads at once a page that finished loading a while ago and shows text', () => {
    expect(decidePageRead(longLoaded)).toBe('now');
    expect(decidePageRead({ ...longLoaded, msSinceLoad: PAGE_READ_LIMITS.settledAfterLoadMs })).toBe('now');
  });

  it('waits for a page that has just loaded or is still loading', () => {
    expect(decidePageRead({ ...longLoaded, msSinceLoad: PAGE_READ_LIMITS.settledAfterLoadMs - 1 })).toBe('wait');
    expect(decidePageRead({ ...longLoaded, msSinceLoad: 0 })).toBe('wait');
    expect(decidePageRead({ ...longLoaded, msSinceLoad: null })).toBe('wait');
  });

  it("waits for a page that shows no text yet (a site builder's shell), however long ago it loaded", () => {
    expect(decidePageRead({ ...longLoaded, showsText: false })).toBe('wait');
  });

  it('waits for a page that changed its address by script since it loaded', () => {
    expect(decidePageRead({ ...longLoaded, addressChanged: true })).toBe('wait');
  });

  it('waits when the page reports nothing usable about itself', () => {
    expect(decidePageRead(undefined)).toBe('wait');
    expect(decidePageRead({ ...longLoaded, msSinceLoad: Number.NaN })).toBe('wait');
    expect(decidePageRead({ ...longLoaded, msSinceLoad: '60000' } as unknown as PageReadiness)).toBe('wait');
    expect(decidePageRead({ msSinceLoad: 60_000 } as unknown as PageReadiness)).toBe('wait');
  });
});

function gathered(readiness: PageReadiness | undefined, html = '<p>text</p>'): GatheredPage {
  return {
    url: 'https://school.example/',
    title: 'School',
    html,
    htmlTruncated: false,
    links: [],
    resourceHosts: [],
    mainHeading: '',
    capturedAt: '2026-11-23T10:00:00Z',
    ...(readiness ? { readiness } : {}),
  };
}

/** A tab whose captures return the given pages in turn, and whose wait ends as given. */
function fakeTab(pages: GatheredPage[], settling: () => Promise<PageSettling | undefined>) {
  const calls: string[] = [];
  return {
    calls,
    reader: {
      capture: async () => (calls.push('capture'), pages[Math.min(calls.filter((c) => c === 'capture').length - 1, pages.length - 1)]!),
      waitToSettle: async (quietMs: number, maxMs: number) => (calls.push(`wait ${quietMs}/${maxMs}`), settling()),
    },
  };
}

describe('readTabPage', () => {
  it('captures a long-loaded page once and never waits', async () => {
    const tab = fakeTab([gathered(longLoaded)], async () => 'quiet');
    const page = await readTabPage(tab.reader);
    expect(tab.calls).toEqual(['capture']);
    expect(page.stillChanging).toBeUndefined();
  });

  it('captures a just-loaded page again once it is quiet, and says nothing of change', async () => {
    const tab = fakeTab([gathered({ ...longLoaded, msSinceLoad: 100 }, ''), gathered(longLoaded, '<p>written</p>')], async () => 'quiet');
    const page = await readTabPage(tab.reader);
    expect(tab.calls).toEqual(['capture', `wait ${PAGE_READ_LIMITS.quietMs}/${PAGE_READ_LIMITS.maxWaitMs}`, 'capture']);
    expect(page.html).toBe('<p>written</p>');
    expect(page.stillChanging).toBe(false);
  });

  it('says a page was still changing only when it was seen changing at the limit', async () => {
    const shell = gathered({ ...longLoaded, showsText: false });
    expect((await readTabPage(fakeTab([shell], async () => 'changing').reader)).stillChanging).toBe(true);
    expect((await readTabPage(fakeTab([shell], async () => 'empty').reader)).stillChanging).toBe(false);
    expect((await readTabPage(fakeTab([shell], async () => undefined).reader)).stillChanging).toBe(false);
  });

  it('still reads the page when it cannot be watched', async () => {
    const tab = fakeTab([gathered(undefined)], () => Promise.reject(new Error('frame removed')));
    const page = await readTabPage(tab.reader);
    expect(tab.calls.filter((c) => c === 'capture')).toHaveLength(2);
    expect(page.stillChanging).toBe(false);
  });
});

describe('waitForPageToSettle (in the page)', () => {
  /** A page whose DOM the test changes: a stand-in MutationObserver and a body whose text the test sets. */
  function fakePage(text: string) {
    const observers = new Set<() => void>();
    const body = { innerText: text };
    vi.stubGlobal('document', { documentElement: {}, body });
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe() {
          observers.add(this.callback);
        }
        disconnect() {
          observers.delete(this.callback);
        }
      },
    );
    return {
      body,
      change: () => observers.forEach((notify) => notify()),
      watched: () => observers.size,
    };
  }

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function outcome(run: Promise<PageSettling>, ms: number): Promise<PageSettling | 'pending'> {
    let how: PageSettling | 'pending' = 'pending';
    void run.then((h) => (how = h));
    await vi.advanceTimersByTimeAsync(ms);
    return how;
  }

  it('resolves quiet once a page with text has not changed for the quiet time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const page = fakePage('Welcome to our school');
    const run = waitForPageToSettle(150, 2_000);
    expect(await outcome(run, 149)).toBe('pending');
    expect(await outcome(run, 1)).toBe('quiet');
    expect(page.watched()).toBe(0);
  });

  it('gives a carousel that never stops changing the limit, and says it was still changing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    const page = fakePage('News: sports day on Friday');
    const ticker = setInterval(page.change, 100);
    const run = waitForPageToSettle(150, 2_000);
    expect(await outcome(run, 1_999)).toBe('pending');
    expect(await outcome(run, 1)).toBe('changing');
    clearInterval(ticker);
    expect(page.watched()).toBe(0);
  });

  it('waits for a quiet shell until its script writes text, then for that to be quiet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const page = fakePage('');
    const run = waitForPageToSettle(150, 2_000);
    expect(await outcome(run, 600)).toBe('pending');
    page.body.innerText = 'Privacy notice for pupils';
    page.change();
    expect(await outcome(run, 149)).toBe('pending');
    expect(await outcome(run, 1)).toBe('quiet');
  });

  it('says a shell that never shows text is empty, not changing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    fakePage('   ');
    expect(await outcome(waitForPageToSettle(150, 2_000), 2_000)).toBe('empty');
  });
});

describe("the tab's page audited as the notice", () => {
  const NOTICE = `<html><body><main><h1>Privacy notice for pupils</h1>
<p>Oak Lane Primary School is the data controller for the information we hold about pupils.</p>
<p>We use pupil data to support learning, to monitor progress and to keep children safe.</p></main></body></html>`;

  async function warningsFor(page: GatheredPage): Promise<string[]> {
    const audit = await runExtensionAudit(
      { page, plan: planAccess(page.url, []), granted: false, settings: DEFAULT_SETTINGS, choice: { pageAsNotice: true } },
      {
        cookies: { forDomain: async () => [] },
        fetchDocument: () => Promise.reject(new Error('not fetched')),
        parseLinks: () => [],
        browserName: 'Chromium 156',
        now: () => new Date('2026-11-23T10:00:00Z'),
      },
    );
    return audit.report.warnings;
  }

  it('carries the still-changing note only when the page was seen changing at the limit', async () => {
    const page = { ...gathered(longLoaded, NOTICE), url: 'https://oaklane.example.sch.uk/privacy' };
    const note = 'the page was still changing when it was read; it was read as it stood';
    expect(await warningsFor({ ...page, stillChanging: true })).toContain(note);
    expect(await warningsFor({ ...page, stillChanging: false })).not.toContain(note);
    expect(await warningsFor(page)).not.toContain(note);
  });
});
