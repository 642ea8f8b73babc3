// Wires DuckDuckGo's autoconsent content script into a Playwright context, to detect and operate cookie banners.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Frame } from 'playwright-core';

export type ConsentAction = 'optIn' | 'optOut' | null;

/** What autoconsent reported for one page load. */
export interface ConsentTracker {
  /** First consent manager (rule name) detected in any frame, or null. */
  cmp(): string | null;
  popupFound(): boolean;
  /** optIn/optOut result: true if the rule ran to the end, false if it failed, null if it never ran. */
  result(): boolean | null;
  done(): boolean;
  /** The top frame finished at least one full pass of the rules (or said it found nothing). */
  lookedOnce(): boolean;
  errors(): string[];
  /** Resolves when the predicate holds after one of autoconsent's messages, or when the time is up (never rejects). */
  waitFor(predicate: () => boolean, timeoutMs: number): Promise<boolean>;
  /**
   * Wait for detection: a consent manager found, or nothing found once autoconsent has looked at least once and
   * `minMs` have passed; 'timeout' when autoconsent had not finished looking by `maxMs`.
   */
  waitForDetection(minMs: number, maxMs: number): Promise<'detected' | 'none' | 'timeout'>;
  /** Wait for the opt-in/opt-out rule to finish or fail; 'timeout' when it had not by `timeoutMs`. */
  waitForAction(timeoutMs: number): Promise<'done' | 'failed' | 'timeout'>;
}

let assets: { script: string; fullRules: string; compactRules: string } | null = null;

/**
 * The bundled Playwright content script and both rule sets: the full one (the only one with opt-in steps) and the
 * compact one (detection and opt-out, about a third of the size). Every frame of every page receives its rule set,
 * so the smaller one keeps both this process and each renderer lighter when nothing is to be accepted.
 */
function loadAssets(): { script: string; fullRules: string; compactRules: string } {
  if (assets) return assets;
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckduckgo/autoconsent'));
  const script = readFileSync(join(dist, 'autoconsent.playwright.js'), 'utf8');
  const fullRules = readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8');
  const compactRules = `{"compact":${readFileSync(require.resolve('@duckduckgo/autoconsent/rules/compact-rules.json'), 'utf8')}}`;
  assets = { script, fullRules, compactRules };
  return assets;
}

/**
 * Messages the page may send us; anything else is ignored (the page controls this channel too).
 * No 'eval': with isMainWorld the rule snippets run inline, so nothing from the page is ever evaluated on request.
 */
const ALLOWED = new Set([
  'init',
  'cmpDetected',
  'popupFound',
  'optOutResult',
  'optInResult',
  'autoconsentDone',
  'autoconsentError',
  'report',
  'selfTestResult',
  'visualDelay',
]);
const MAX_MESSAGES = 2_000;
const REPLY_TIMEOUT_MS = 3_000;

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p.catch(() => fallback), new Promise<T>((r) => setTimeout(() => r(fallback), ms).unref())]);
}

/**
 * Install autoconsent in every frame of every page of the context. action null only detects;
 * optOut rejects; optIn accepts. Prehiding and heuristics stay off: we capture what a visitor
 * sees and only act through a rule written for the consent manager.
 */
export async function attachAutoconsent(context: BrowserContext, action: ConsentAction): Promise<ConsentTracker> {
  const { script, fullRules, compactRules } = loadAssets();
  const rules = action === 'optIn' ? fullRules : compactRules;
  const config = {
    enabled: true,
    autoAction: action,
    disabledCmps: [],
    enablePrehide: false,
    enableCosmeticRules: false,
    enableGeneratedRules: true,
    enableHeuristicDetection: false,
    heuristicMode: 'off',
    detectRetries: 6,
    isMainWorld: true,
    prehideTimeout: 2000,
    visualTest: false,
    logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
  };
  const initResp = `window.autoconsentReceiveMessage && window.autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify(config)}, rules: ${rules} })`;
  const state = {
    cmp: null as string | null,
    popup: false,
    result: null as boolean | null,
    done: false,
    looked: false,
    errors: [] as string[],
    count: 0,
  };
  // Waiters are woken by autoconsent's own messages, not by polling: a busy machine only delays both sides alike.
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };

  await context.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, raw: unknown) => {
    if (!raw || typeof raw !== 'object' || ++state.count > MAX_MESSAGES) return;
    const msg = raw as Record<string, unknown>;
    if (typeof msg.type !== 'string' || !ALLOWED.has(msg.type)) return;
    try {
      await handle(frame, msg);
    } finally {
      wake();
    }
  });

  async function handle(frame: Frame, msg: Record<string, unknown>): Promise<void> {
    const name = typeof msg.cmp === 'string' ? msg.cmp.slice(0, 100) : null;
    switch (msg.type) {
      case 'report': {
        // Which frame spoke is Playwright's word, not the page's: only the top frame's progress counts.
        if (frame.parentFrame() !== null) return;
        const st = msg.state && typeof msg.state === 'object' ? (msg.state as Record<string, unknown>) : {};
        if (st.lifecycle === 'nothingDetected' || (typeof st.findCmpAttempts === 'number' && st.findCmpAttempts >= 2)) state.looked = true;
        return;
      }
      case 'init':
        await withTimeout(
          frame.evaluate(initResp).then(() => undefined),
          REPLY_TIMEOUT_MS * 3,
          undefined,
        );
        return;
      case 'cmpDetected':
        state.cmp ??= name;
        return;
      case 'popupFound':
        state.cmp ??= name;
        state.popup = true;
        return;
      case 'optOutResult':
      case 'optInResult':
        state.result = msg.result === true;
        return;
      case 'autoconsentDone':
        state.done = true;
        return;
      case 'autoconsentError':
        if (state.errors.length < 10) state.errors.push(JSON.stringify(msg.details ?? null).slice(0, 300));
        return;
      default:
        return;
    }
  }
  await context.addInitScript({ content: script });

  const waitFor = (predicate: () => boolean, timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (predicate()) return resolve(true);
      const finish = (held: boolean) => {
        waiters.delete(check);
        clearTimeout(timer);
        resolve(held);
      };
      const check = () => {
        if (predicate()) finish(true);
      };
      const timer = setTimeout(() => finish(predicate()), Math.max(0, timeoutMs));
      timer.unref?.();
      waiters.add(check);
    });

  return {
    cmp: () => state.cmp,
    popupFound: () => state.popup,
    result: () => state.result,
    done: () => state.done,
    lookedOnce: () => state.looked,
    errors: () => [...state.errors],
    waitFor,
    async waitForDetection(minMs, maxMs) {
      const start = Date.now();
      await waitFor(() => state.cmp !== null, Math.min(minMs, maxMs));
      if (state.cmp === null) await waitFor(() => state.cmp !== null || state.looked, maxMs - (Date.now() - start));
      return state.cmp !== null ? 'detected' : state.looked ? 'none' : 'timeout';
    },
    async waitForAction(timeoutMs) {
      await waitFor(() => state.done || state.result === false, timeoutMs);
      return state.done ? 'done' : state.result === false ? 'failed' : 'timeout';
    },
  };
}
