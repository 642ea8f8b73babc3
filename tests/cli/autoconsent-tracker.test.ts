// The consent tracker waits on autoconsent's own messages, not on a polling clock, and says when a deadline ran out.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { attachAutoconsent } from '../../src/cli/browser/autoconsent';

type Binding = (source: { frame: unknown }, message: unknown) => Promise<void>;

/** Just enough of a Playwright context: the binding autoconsent's content script calls. */
function fakeContext(): { context: BrowserContext; send(message: unknown, frame?: unknown): Promise<void> } {
  let binding: Binding | null = null;
  const topFrame = { parentFrame: () => null, evaluate: async () => undefined };
  const context = {
    exposeBinding: async (_name: string, fn: Binding) => void (binding = fn),
    addInitScript: async () => undefined,
  } as unknown as BrowserContext;
  return { context, send: (message, frame = topFrame) => binding!({ frame }, message) };
}

describe('consent tracker', () => {
  it('detection ends on the consent manager message, without waiting out the time', async () => {
    const { context, send } = fakeContext();
    const tracker = await attachAutoconsent(context, 'optOut');
    const started = Date.now();
    const detection = tracker.waitForDetection(1_000, 10_000);
    setTimeout(() => void send({ type: 'cmpDetected', cmp: 'cookieyes' }), 50);
    await expect(detection).resolves.toBe('detected');
    expect(Date.now() - started).toBeLessThan(900);
    expect(tracker.cmp()).toBe('cookieyes');
  });

  it('"no consent manager" only once autoconsent has looked; a frame cannot say so for the page', async () => {
    const { context, send } = fakeContext();
    const tracker = await attachAutoconsent(context, 'optOut');
    const iframe = { parentFrame: () => ({}), evaluate: async () => undefined };
    await send({ type: 'report', state: { lifecycle: 'nothingDetected', findCmpAttempts: 7 } }, iframe);
    await expect(tracker.waitForDetection(10, 200)).resolves.toBe('timeout');
    await send({ type: 'report', state: { lifecycle: 'started', findCmpAttempts: 2 } });
    await expect(tracker.waitForDetection(10, 200)).resolves.toBe('none');
  });

  it('the rule outcome comes from its own messages, and a deadline that runs out is told apart', async () => {
    const { context, send } = fakeContext();
    const tracker = await attachAutoconsent(context, 'optOut');
    await send({ type: 'cmpDetected', cmp: 'cookieyes' });
    await expect(tracker.waitForAction(100)).resolves.toBe('timeout');
    const action = tracker.waitForAction(10_000);
    setTimeout(() => void send({ type: 'optOutResult', result: true }).then(() => send({ type: 'autoconsentDone', cmp: 'cookieyes' })), 20);
    await expect(action).resolves.toBe('done');
    expect(tracker.result()).toBe(true);

    const failing = fakeContext();
    const t2 = await attachAutoconsent(failing.context, 'optOut');
    setTimeout(() => void failing.send({ type: 'optOutResult', result: false }), 20);
    await expect(t2.waitForAction(10_000)).resolves.toBe('failed');
  });

  it('ignores message types it does not know', async () => {
    const { context, send } = fakeContext();
    const tracker = await attachAutoconsent(context, null);
    await send({ type: 'eval', code: 'alert(1)' });
    await send('not an object');
    expect(tracker.cmp()).toBeNull();
  });
});
