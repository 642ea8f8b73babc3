// Gathers one live site in a fresh browser context: home page capture, cookie jars per consent state, notice documents.
import type { BrowserContext, Page, Response } from 'playwright-core';
import type { ConsentState, DocumentInput, Environment, ObservedCookies, PageCapture } from '../../core/artifacts';
import { LIMITS } from '../../core/artifacts';
import type { AuditBrowser } from '../browser/launch-browser';
import { PrivateAddressError, checkAddress, policyForSite, type AddressPolicy, type ResolveHost } from '../address-policy';
import { attachAutoconsent, type ConsentAction, type ConsentTracker } from '../browser/autoconsent';
import { startCheckedProxy, type BrowserProxySettings, type CheckedProxy } from '../browser/checked-proxy';
import { capturePage } from './capture-page';
import { fetchDocumentInPage } from './fetch-in-page';
import { MAX_DOM_WAIT_MS, renderHtmlDocument, waitForDomQuiet } from './render-document';
import { explainProxyFailure } from './proxied-navigation';
import { fallbackUrls, pickDocuments, pickHubs, rankPage, type PickedDocument } from '../../core/discovery/choose-documents';
import type { HostGate } from './host-gate';
import type { ConsentCapture, ConsentRequest, FoundDocument, SiteCapture } from '../record/site-record';

export interface GatherTimeouts {
  /** Time for the home page to start rendering (DOMContentLoaded). */
  navigationMs: number;
  /** Extra time allowed for 'load' and for the network to go quiet, so late scripts set their cookies. */
  settleMs: number;
  /** The least time given to a consent manager to appear (more while autoconsent has not finished its first look). */
  cmpWaitMs: number;
  /** The most time autoconsent may take to finish looking for a consent manager before operating it. */
  cmpDetectMs: number;
  /** How long an opt-in/opt-out rule may take; exceeding it is reported in the capture's note. */
  consentActionMs: number;
  documentMs: number;
}

export const DEFAULT_TIMEOUTS: GatherTimeouts = {
  navigationMs: 30_000,
  settleMs: 2_500,
  cmpWaitMs: 1_500,
  cmpDetectMs: 15_000,
  consentActionMs: 15_000,
  documentMs: 20_000,
};

/** Time kept back from hubs and documents for each consent state asked for (reject, accept). */
export const CONSENT_RESERVE_MS = 12_000;

/** A home page bigger than this is refused: no school home page needs it, and it would swamp the run. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export interface GatherOptions {
  consent: readonly ConsentRequest[];
  gate: HostGate;
  /** Epoch ms by which gathering must end; steps shrink their own limits to fit. */
  deadline: number;
  timeouts?: Partial<GatherTimeouts>;
  now?: () => Date;
  /** Told about every context opened, so a caller's hard time limit can close them all. */
  onContext?: (context: BrowserContext) => void;
  /** Fetch documents on private addresses even when the site itself is public (local testing). */
  allowPrivate?: boolean;
  /** Name resolution for the private-address policy (tests stand in for DNS); the system resolver by default. */
  resolve?: ResolveHost;
}

export interface GatheredSite {
  capture: SiteCapture;
  /** Readable documents by URL. */
  documents: Map<string, DocumentInput>;
}

/** A site-level failure. `permanent` failures (HTTP 4xx, redirect loop, TLS, oversized) are not retried. */
export class SiteError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const NET_ERRORS: [RegExp, string, boolean][] = [
  [/ERR_NAME_NOT_RESOLVED|ENOTFOUND/, 'DNS: the host name does not resolve', false],
  [/ERR_CONNECTION_REFUSED|ECONNREFUSED/, 'connection refused', false],
  [/ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|ECONNRESET/, 'the connection was dropped', false],
  [/ERR_TOO_MANY_REDIRECTS/, 'redirect loop (too many redirects)', true],
  [/ERR_CERT_[A-Z_]+|ERR_SSL_[A-Z_]+|ERR_BAD_SSL_CLIENT_AUTH_CERT/, 'TLS error', true],
  [/ERR_ABORTED/, 'the page load was aborted (the URL may be a download rather than a page)', true],
  [/ERR_INVALID_URL|invalid URL/i, 'invalid URL', true],
];

/** One line a person can act on, from a Playwright/network error. */
export function describeLoadError(err: unknown, timeoutMs: number): SiteError {
  if (err instanceof SiteError) return err;
  if (err instanceof PrivateAddressError) return new SiteError(err.message, true);
  const text = err instanceof Error ? err.message : String(err);
  const first = (text.split('\n')[0] ?? '').replace(/^[\w.]+: /, '');
  if (/Timeout \d+ms exceeded|TimeoutError/i.test(text)) return new SiteError(`no answer within ${Math.round(timeoutMs / 1000)} s`, false);
  if (/Target (page, context or browser )?(has been )?closed|Browser closed|browser has disconnected/i.test(text))
    return new SiteError('the browser closed the page (time limit or crash)', false);
  for (const [re, words, permanent] of NET_ERRORS) {
    const m = re.exec(text);
    if (m) return new SiteError(`${words} (${m[0]})`, permanent);
  }
  return new SiteError(first.slice(0, 300) || 'unknown error', false);
}

function remaining(deadline: number, cap: number): number {
  return Math.max(500, Math.min(cap, deadline - Date.now()));
}

async function responseBytes(response: Response): Promise<number> {
  const declared = Number(response.headers()['content-length'] ?? NaN);
  if (Number.isFinite(declared)) return declared;
  try {
    return (await response.request().sizes()).responseBodySize;
  } catch {
    return 0;
  }
}

/** loadPage, with the checked proxy's reason when it could not connect to one of the load's hosts. */
function loadChecked(network: SiteNetwork, page: Page, url: string, deadline: number, t: GatherTimeouts, extraWait?: Promise<unknown>) {
  return explainProxyFailure(page, network.proxy, () => loadPage(page, url, deadline, t, extraWait)).catch((err: unknown) => {
    throw describeLoadError(err, t.navigationMs);
  });
}

/**
 * Load a page, refusing error statuses and enormous bodies, then give late scripts a moment. The page's 'load' event
 * (its scripts, frames and images, which set cookies) is waited for within what is left of the navigation budget, so
 * a slow machine delays the capture rather than cutting it short; the quiet network after it is the optional extra.
 * Returns a note when 'load' never came within that bound (the page was read as it stood), otherwise null.
 */
async function loadPage(
  page: Page,
  url: string,
  deadline: number,
  t: GatherTimeouts,
  extraWait?: Promise<unknown>,
): Promise<string | null> {
  const started = Date.now();
  const navMs = remaining(deadline, t.navigationMs);
  let response: Response | null;
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: navMs });
  } catch (err) {
    throw describeLoadError(err, navMs);
  }
  if (response) {
    const status = response.status();
    if (status >= 400) throw new SiteError(`HTTP ${status}${response.statusText() ? ` ${response.statusText()}` : ''}`, status < 500);
    const bytes = await responseBytes(response);
    if (bytes > MAX_PAGE_BYTES)
      throw new SiteError(`the page is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB`, true);
  }
  const loadMs = remaining(deadline, Math.max(t.settleMs, navMs - (Date.now() - started)));
  const settle = remaining(deadline, t.settleMs);
  const [loaded] = await Promise.all([
    page.waitForLoadState('load', { timeout: loadMs }).then(
      () =>
        page.waitForLoadState('networkidle', { timeout: settle }).then(
          () => true,
          () => true,
        ),
      () => false,
    ),
    extraWait ?? Promise.resolve(),
  ]);
  // Pages written by script after load (site builders) are read once their DOM stops changing.
  await waitForDomQuiet(page, Math.min(deadline, Date.now() + settle));
  return loaded ? null : `${url} had not finished loading after ${seconds(Date.now() - started)} s; it was read as it stood`;
}

function cookieJar(raw: Awaited<ReturnType<BrowserContext['cookies']>>): unknown[] {
  return raw.slice(0, LIMITS.cookieCount).map((c) => ({ ...c, value: c.value.slice(0, LIMITS.cookieValueChars) }));
}

async function snapshotCookies(
  context: BrowserContext,
  browser: AuditBrowser,
  pageUrl: string,
  consent: ConsentState,
  consentManager: string | null,
  now: () => Date,
): Promise<{ observedCookies: ObservedCookies; environment: Environment }> {
  const capturedAt = now().toISOString();
  const cookies = cookieJar(await context.cookies());
  return {
    // No consent manager found (and not for want of time): the cookies were set on arrival with nothing to refuse.
    observedCookies: {
      pageUrl,
      capturedAt,
      consent,
      thirdPartyCookies: browser.thirdPartyCookies,
      consentBanner: consentManager ? 'found' : consent === 'unknown' ? 'unknown' : 'none-found',
      cookies,
    },
    environment: { browser: browser.version, thirdPartyCookies: browser.thirdPartyCookies, consent, consentManager, capturedAt },
  };
}

/** How a site's contexts reach the network: its checked proxy and the settings that send all but the site's own host through it. */
interface SiteNetwork {
  proxy: CheckedProxy | null;
  settings?: BrowserProxySettings;
}

async function withContext<T>(
  browser: AuditBrowser,
  action: ConsentAction,
  o: Pick<GatherOptions, 'onContext'> & { network: SiteNetwork },
  fn: (page: Page, tracker: ConsentTracker, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newSiteContext(o.network.settings ? { proxy: o.network.settings } : {});
  o.onContext?.(context);
  try {
    const tracker = await attachAutoconsent(context, action);
    const page = await context.newPage();
    return await fn(page, tracker, context);
  } finally {
    await context.close().catch(() => {});
  }
}

/** Operate the banner (reject or accept) in a fresh context and capture the jar after a reload. */
async function captureConsentState(
  browser: AuditBrowser,
  siteUrl: string,
  request: 'reject' | 'accept',
  o: Pick<GatherOptions, 'gate' | 'deadline' | 'onContext'> & { t: GatherTimeouts; now: () => Date; network: SiteNetwork },
): Promise<ConsentCapture> {
  const target: ConsentState = request === 'reject' ? 'rejected' : 'accepted';
  const verb = request === 'reject' ? 'reject' : 'accept';
  return withContext(browser, request === 'reject' ? 'optOut' : 'optIn', o, async (page, tracker, context) => {
    // Wait on autoconsent's own messages (detected, looked and found nothing, finished), each with a deadline.
    const detectMs = remaining(o.deadline, o.t.cmpDetectMs);
    const detection = tracker.waitForDetection(o.t.cmpWaitMs, detectMs);
    const loadNote = await o.gate.run(siteUrl, () => loadChecked(o.network, page, siteUrl, o.deadline, o.t, detection));
    const detected = await detection;
    const cmp = tracker.cmp();
    const withLoad = (note: string, load: string | null) => (load ? `${note}; ${load}` : note);
    if (!cmp) {
      const timedOut = detected === 'timeout';
      const snap = await snapshotCookies(context, browser, page.url(), timedOut ? 'unknown' : 'none-given', null, o.now);
      return timedOut
        ? {
            requested: request,
            consent: 'unknown',
            consentManager: null,
            operated: 'failed',
            note: withLoad(
              `deadline exceeded: autoconsent had not finished looking for a consent manager within ${seconds(detectMs)} s, so nothing could be ${verb}ed`,
              loadNote,
            ),
            ...snap,
          }
        : {
            requested: request,
            consent: 'none-given',
            consentManager: null,
            operated: 'no-consent-manager',
            note: withLoad(`no consent manager detected: nothing to ${verb}`, loadNote),
            ...snap,
          };
    }
    const actionMs = remaining(o.deadline, o.t.consentActionMs);
    const outcome = await tracker.waitForAction(actionMs);
    const ok = tracker.result() === true;
    // Reload so scripts that read the stored choice on the next page view run, as for a real visitor.
    const reloadNote = await o.gate.run(siteUrl, () => loadChecked(o.network, page, siteUrl, o.deadline, o.t)).catch(() => null);
    const consent: ConsentState = ok ? target : 'unknown';
    const snap = await snapshotCookies(context, browser, page.url(), consent, cmp, o.now);
    const note = ok
      ? `${request === 'reject' ? 'rejected' : 'accepted'} with the ${cmp} rule`
      : outcome === 'timeout'
        ? `deadline exceeded: the ${cmp} rule had not finished ${verb === 'reject' ? 'rejecting' : 'accepting'} within ${seconds(actionMs)} s${tracker.popupFound() ? '' : ' (no open banner found)'}`
        : `the ${cmp} rule could not ${verb}${tracker.popupFound() ? '' : ' (no open banner found)'}${tracker.errors().length ? `: ${tracker.errors()[0]}` : ''}`;
    return {
      requested: request,
      consent,
      consentManager: cmp,
      operated: ok ? 'done' : 'failed',
      note: withLoad(note, reloadNote),
      ...snap,
    };
  });
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/**
 * Site builders send an empty shell that scripts fill in: read HTML documents from the rendered DOM, keeping the
 * served HTML beside it. When rendering fails the served HTML is read, and the report says so.
 */
async function renderServed(
  page: Page,
  served: Extract<DocumentInput, { format: 'html' }>,
  url: string,
  o: FetchContext,
): Promise<DocumentInput> {
  const target = served.url ?? url;
  if (Date.now() >= o.deadline)
    return { ...served, readFrom: 'served', readNote: 'read as served: the site time limit was reached before the page could be rendered' };
  try {
    // A document read from the page's own host was checked with it; one that redirected elsewhere is checked here.
    if (new URL(target).host !== new URL(page.url()).host) await checkAddress(target, o.policy);
    const rendered = await o.gate.run(target, () =>
      renderHtmlDocument(page.context(), target, remaining(o.deadline, o.t.documentMs), o.network.proxy),
    );
    return {
      ...served,
      html: rendered.html,
      readFrom: 'rendered',
      servedHtml: served.html,
      ...(rendered.settled ? {} : { readNote: `the page was still changing after ${MAX_DOM_WAIT_MS / 1000} s; it was read as it stood` }),
    };
  } catch (err) {
    return {
      ...served,
      readFrom: 'served',
      readNote: `read as served: the page could not be rendered (${(err instanceof Error ? err.message : String(err)).slice(0, 200)})`,
    };
  }
}

interface FetchContext {
  gate: HostGate;
  deadline: number;
  t: GatherTimeouts;
  policy: AddressPolicy;
  network: SiteNetwork;
}

/** Fetch a discovered document, within the per-host politeness gate, the site's time budget and the address policy. */
async function fetchFound(page: Page, c: PickedDocument, o: FetchContext): Promise<{ found: FoundDocument; input: DocumentInput | null }> {
  const found: FoundDocument = {
    url: c.url,
    kind: c.kind,
    linkKind: c.kind,
    text: c.text.slice(0, 300),
    format: c.format,
    score: c.score,
    reasons: c.reasons.slice(0, 10),
    via: c.via,
    error: null,
  };
  if (Date.now() >= o.deadline) return { found: { ...found, error: 'not fetched: the site time limit was reached' }, input: null };
  try {
    const served = await o.gate.run(c.url, () =>
      fetchDocumentInPage(page, c.url, remaining(o.deadline, o.t.documentMs), o.policy, o.network.proxy),
    );
    const input = served.format === 'html' ? await renderServed(page, served, c.url, o) : served;
    return { found: { ...found, format: input.format }, input };
  } catch (err) {
    return { found: { ...found, error: (err instanceof Error ? err.message : String(err)).slice(0, 300) }, input: null };
  }
}

export async function gatherSite(browser: AuditBrowser, siteUrl: string, opts: GatherOptions): Promise<GatheredSite> {
  const t: GatherTimeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const now = opts.now ?? (() => new Date());
  const { deadline } = opts;
  const warnings: string[] = [];
  // Hubs and documents stop early enough to leave each consent state its share of the site's time.
  const consentStates = new Set(opts.consent.filter((c) => c !== 'none')).size;
  const documentDeadline = deadline - Math.min(consentStates * CONSENT_RESERVE_MS, (deadline - Date.now()) / 2);
  // Links to other hosts on private addresses are not followed, unless the audited site is itself on one.
  const policy = await policyForSite(siteUrl, Boolean(opts.allowPrivate), opts.resolve);
  // What the browser itself loads from other hosts (hubs, rendered documents, their subresources) goes through a proxy
  // that applies the same policy when it connects, so a later DNS answer cannot lead Chromium to a private address.
  // The audited site's own host goes direct.
  const proxy = policy.allowPrivate ? null : await startCheckedProxy(policy);
  const network: SiteNetwork = proxy ? { proxy, settings: proxy.settingsFor(new URL(siteUrl).hostname) } : { proxy: null };
  try {
    return await gatherWithNetwork(browser, siteUrl, opts, { t, now, warnings, documentDeadline, policy, network });
  } finally {
    await proxy?.close().catch(() => {});
  }
}

async function gatherWithNetwork(
  browser: AuditBrowser,
  siteUrl: string,
  opts: GatherOptions,
  o: { t: GatherTimeouts; now: () => Date; warnings: string[]; documentDeadline: number; policy: AddressPolicy; network: SiteNetwork },
): Promise<GatheredSite> {
  const { t, now, warnings, documentDeadline, policy, network } = o;
  const { gate, deadline } = opts;

  // 1. The home page exactly as a first-time visitor gets it: no banner touched.
  const first = await withContext(browser, null, { onContext: opts.onContext, network }, async (page, tracker, context) => {
    // Detection is not cut short while autoconsent is still on its first look (a busy machine), within a bound.
    const homeNote = await gate.run(siteUrl, () =>
      loadChecked(network, page, siteUrl, deadline, t, tracker.waitForDetection(t.cmpWaitMs, remaining(deadline, t.cmpWaitMs * 4))),
    );
    if (homeNote) warnings.push(`home page: ${homeNote}`);
    const pageCapture = await capturePage(page, now);
    const snap = await snapshotCookies(context, browser, page.url(), 'none-given', tracker.cmp(), now);
    const capture: ConsentCapture = {
      requested: 'none',
      consent: 'none-given',
      consentManager: tracker.cmp(),
      operated: 'not-attempted',
      note: tracker.cmp()
        ? `captured before any interaction; consent manager ${tracker.cmp()} detected`
        : 'captured before any interaction; no consent manager detected',
      ...snap,
    };

    // 2. Discovery: links on the home page, then one level into hub pages, on the same tab.
    const candidates = rankPage(pageCapture, 'home');
    const hubsVisited: string[] = [];
    for (const hub of pickHubs(candidates)) {
      if (Date.now() >= documentDeadline) break;
      try {
        await checkAddress(hub.url, policy);
        const hubNote = await gate.run(hub.url, () =>
          loadChecked(network, page, hub.url, documentDeadline, { ...t, settleMs: Math.min(t.settleMs, 1_000) }),
        );
        if (hubNote) warnings.push(`hub page: ${hubNote}`);
        const hubCapture: PageCapture = await capturePage(page, now);
        hubsVisited.push(hub.url);
        candidates.push(...rankPage(hubCapture, `hub ${hub.url}`));
      } catch (err) {
        warnings.push(`hub page ${hub.url} could not be read: ${describeLoadError(err, t.navigationMs).message}`);
      }
    }

    // 3. Fetch the chosen documents from the site's own page (its cookies, DNS and TLS); fall back
    // to well-known paths only when nothing was linked.
    const documents = new Map<string, DocumentInput>();
    const found: FoundDocument[] = [];
    const picked = pickDocuments(candidates);
    const fallbackTried: string[] = [];
    for (const c of picked) {
      const r = await fetchFound(page, c, { gate, deadline: documentDeadline, t, policy, network });
      found.push(r.found);
      if (r.input) documents.set(c.url, r.input);
    }
    if (picked.length === 0) {
      for (const guess of fallbackUrls(pageCapture.url)) {
        if (Date.now() >= documentDeadline) break;
        fallbackTried.push(guess.url);
        const r = await fetchFound(page, guess, {
          gate,
          deadline: documentDeadline,
          t: { ...t, documentMs: Math.min(t.documentMs, 8_000) },
          policy,
          network,
        });
        if (r.input) {
          found.push(r.found);
          documents.set(guess.url, r.input);
          break;
        }
      }
    }
    return { pageCapture, capture, hubsVisited, documents, found, fallbackTried };
  });
  const { documents, found, fallbackTried } = first;

  // 4. Other consent states, each in its own fresh context.
  const captures: ConsentCapture[] = [first.capture];
  for (const request of [...new Set(opts.consent)]) {
    if (request === 'none') continue;
    if (Date.now() >= deadline) {
      warnings.push(`consent state "${request}" not captured: the site time limit was reached`);
      continue;
    }
    try {
      captures.push(await captureConsentState(browser, siteUrl, request, { gate, deadline, t, now, onContext: opts.onContext, network }));
    } catch (err) {
      warnings.push(`consent state "${request}" not captured: ${describeLoadError(err, t.navigationMs).message}`);
    }
  }

  return {
    capture: {
      siteUrl,
      finalUrl: first.pageCapture.url,
      page: first.pageCapture,
      captures,
      consentRequested: [...new Set(opts.consent)],
      documents: found,
      hubsVisited: first.hubsVisited,
      fallbackTried,
      warnings,
    },
    documents,
  };
}
