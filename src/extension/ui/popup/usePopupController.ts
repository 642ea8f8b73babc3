// The popup's controller: the view state machine, the wiring to the browser adapters, and saving each audit to the log.
import { useEffect, useState } from 'preact/hooks';
import type { Evidence, ItemResult } from '../../../core/report';
import { browserCookies } from '../../adapters/cookies';
import { browserPermissions } from '../../adapters/permissions';
import { browserRuntime } from '../../adapters/runtime';
import { browserScripting } from '../../adapters/scripting';
import { browserStorage } from '../../adapters/storage';
import { browserTabs } from '../../adapters/tabs';
import { markStep } from '../../timing';
import { addAudit, documentChanges, newAuditId, previousAudit, readLog, type AuditLogEntry, type DocumentChange } from '../../audit-log';
import { describeBrowser } from '../../browser-name';
import { copyText, downloadText, fileSlug } from '../../download';
import type { GatheredPage } from '../../gather/capture-page';
import { findableStretch, textFragmentUrl } from '../../evidence-quote';
import type { AccessPlan } from '../../access-plan';
import type { ExtensionAudit } from '../../run-extension-audit';
import { readSettings, saveSettings, type Settings } from '../../settings';
import { summaryText } from '../../summary';
import { pageOf } from '../status';

export type View =
  | { kind: 'working'; steps: string[] }
  | { kind: 'ready'; page: GatheredPage; plan: AccessPlan }
  /** The user refused or dismissed the browser's permission prompt. */
  | { kind: 'refused'; page: GatheredPage; plan: AccessPlan }
  | { kind: 'nothing'; message: string; page: GatheredPage; plan: AccessPlan; granted: boolean }
  | { kind: 'error'; message: string; advice: string }
  | {
      kind: 'done';
      entry: AuditLogEntry;
      candidates: ExtensionAudit['candidates'];
      page: GatheredPage | null;
      plan: AccessPlan | null;
      granted: boolean;
      fromLog: boolean;
      /** Each document compared with the previous audit of the same school. */
      changes: DocumentChange[];
    };

/** The user's choice of document: another candidate, or the tab's page itself. */
export type NoticeChoice = { noticeUrl?: string; pageAsNotice?: boolean };

// A saved audit of the same page this recent is shown at once instead of auditing again (officers re-open popups).
const REUSE_MS = 30 * 60 * 1000;
const TOAST_MS = 4_000;
/** The checks are prepared by then even if the popup is never idle before (a later audit then finds them ready). */
const PREPARE_WITHIN_MS = 300;

function sameDocument(a: string | null, b: string): boolean {
  return !!a && a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
}

let pipeline: Promise<
  [typeof import('../../run-extension-audit'), typeof import('../../fetch-document'), typeof import('../../adapters/render-tab')]
> | null = null;
/** The core (parser, checklist) is a separate chunk: start loading it as the popup opens, while the page is read. */
function loadPipeline() {
  pipeline ??= Promise.all([import('../../run-extension-audit'), import('../../fetch-document'), import('../../adapters/render-tab')]).then(
    (modules) => {
      markStep('pipeline-loaded');
      return modules;
    },
  );
  return pipeline;
}

/** Runs `work` when the page has nothing else to do (the popup waiting on the tab or the network), else after `ms`. */
function whenIdle(work: () => void, ms: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: ms });
  else setTimeout(work, 0);
}

/** The checks, a chunk of their own: loaded before the pipeline, and their constant data prepared while the page is read. */
function loadChecks(): void {
  import('../../audit-core')
    .then(({ prepareAudit }) => {
      markStep('checks-loaded');
      // Built once per popup whatever is audited, in a wait for the tab or the documents rather than ahead of the audit's
      // own start (its fetches go out first); an audit that gets there first builds what it needs itself.
      whenIdle(() => {
        try {
          prepareAudit();
          markStep('checks-prepared');
        } catch {
          // a malformed checklist is reported by the audit itself
        }
      }, PREPARE_WITHIN_MS);
    })
    .catch(() => undefined);
}

async function resolveTabId(): Promise<number | null> {
  // ?tabId= lets the popup page be opened in a tab for a given page (end-to-end tests, and the log's re-audit).
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return (await browserTabs.active())?.id ?? null;
}

/** What the popup needs before it can audit, each started as it opens so they run side by side. */
interface Opening {
  tabId: Promise<number | null>;
  settings: Promise<Settings>;
  /** Rejects when the tab cannot be read by extensions (resolves null when there is no tab). */
  page: Promise<GatheredPage | null>;
  log: ReturnType<typeof readLog>;
  hosts: Promise<typeof import('../../hosts')>;
}

let opening: Opening | null = null;
/**
 * Start reading the tab, the settings and the log, and loading the audit's code, at once: the page is read in its own
 * tab (at once if it finished loading a while ago, else once its DOM settles) while the popup loads the core. Called as
 * the popup's script starts.
 */
export function startOpening(): Opening {
  if (opening) return opening;
  // The checks are the largest chunk and the audit waits for them: requested first, they are evaluated while the tab is
  // still being read rather than between the documents' fetches.
  loadChecks();
  const tabId = resolveTabId();
  const page = tabId.then(async (id) => {
    if (id === null) return null;
    const gathered = await browserScripting.gather(id);
    markStep('page-gathered');
    return gathered;
  });
  void loadPipeline().catch(() => undefined);
  opening = {
    tabId,
    settings: readSettings(browserStorage),
    page,
    log: readLog(browserStorage),
    // The public-suffix list is its own chunk, loaded beside the page rather than with the popup's first script.
    hosts: import('../../hosts'),
  };
  // Each is awaited by the popup; these only keep an early failure from being reported as unhandled meanwhile.
  for (const started of [opening.page, opening.log, opening.hosts]) void started.catch(() => undefined);
  return opening;
}

/** Resolves once the browser has drawn what was just rendered: work that can wait goes after the result is on screen. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function entryFrom(result: ExtensionAudit): AuditLogEntry {
  return {
    id: newAuditId(),
    savedAt: new Date().toISOString(),
    siteUrl: result.pageUrl,
    pageTitle: result.pageTitle,
    notice: result.notice,
    cookieNotice: result.cookieNotice,
    capture: result.capture,
    report: result.report,
  };
}

function reportFileName(entry: AuditLogEntry, extension: string): string {
  return `privacy-audit-${fileSlug(entry.report.school ?? new URL(entry.siteUrl).hostname)}-${entry.report.auditedAt.slice(0, 10)}.${extension}`;
}

function completionMessage(entry: AuditLogEntry, saved: boolean): string {
  const what = `${saved ? 'Saved audit shown' : 'Audit finished'} for ${entry.report.school ?? entry.pageTitle ?? 'this site'}.`;
  return [what, ...entry.report.summary.headline.slice(0, 1)].join(' ');
}

export function usePopupController() {
  const [view, setView] = useState<View>({ kind: 'working', steps: ['Reading page'] });
  const [tabId, setTabId] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [showSettings, setShowSettings] = useState(false);
  const [toast, setToast] = useState('');
  const [logCount, setLogCount] = useState<number | null>(null);
  /** Read out by the live region when a result appears. */
  const [announcement, setAnnouncement] = useState('');

  const say = (text: string) => {
    setToast(text);
    setTimeout(() => setToast(''), TOAST_MS);
  };

  async function audit(page: GatheredPage, plan: AccessPlan, granted: boolean, s: Settings, choice?: NoticeChoice) {
    const steps = ['Reading page'];
    const progress = (step: string) => {
      // "Fetching X" is replaced by "Fetched X (PDF, 12 pages)" once known.
      if (step.startsWith('Fetched') && steps[steps.length - 1]?.startsWith('Fetching')) steps[steps.length - 1] = step;
      else steps.push(step);
      setView({ kind: 'working', steps: [...steps] });
    };
    setView({ kind: 'working', steps: [...steps] });
    try {
      const [{ runExtensionAudit, NothingFoundError }, { fetchDocument }, { renderInBackgroundTab }] = await loadPipeline();
      try {
        const result = await runExtensionAudit(
          { page, plan, granted, settings: s, ...(choice ? { choice } : {}) },
          {
            cookies: browserCookies,
            fetchDocument: (url) => fetchDocument(url),
            renderDocument: (url) => renderInBackgroundTab(url),
            browserName: describeBrowser(
              navigator.userAgent,
              (navigator as { userAgentData?: { brands?: { brand: string; version: string }[] } }).userAgentData?.brands,
            ),
            now: () => new Date(),
          },
          progress,
        );
        const entry = entryFrom(result);
        markStep('result-ready');
        setView({ kind: 'done', entry, candidates: result.candidates, page, plan, granted, fromLog: false, changes: [] });
        setAnnouncement(completionMessage(entry, false));
        // Saving validates the whole log: it waits until the result is on screen.
        await afterPaint();
        markStep('result-drawn');
        try {
          const kept = await addAudit(browserStorage, entry);
          setLogCount(kept.length);
          const changes = documentChanges(entry, previousAudit(kept, entry));
          if (changes.length) setView({ kind: 'done', entry, candidates: result.candidates, page, plan, granted, fromLog: false, changes });
        } catch (err) {
          say(`Not saved to the audit log: ${err instanceof Error ? err.message : String(err)}`);
        }
      } catch (err) {
        if (err instanceof NothingFoundError) setView({ kind: 'nothing', message: err.message, page, plan, granted });
        else throw err;
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setView({
        kind: 'error',
        message,
        advice: "Check the school's page opens in this tab, then click Audit again. If a document cannot be read, check it by hand.",
      });
    }
  }

  useEffect(() => {
    void (async () => {
      const started = startOpening();
      const id = await started.tabId;
      setTabId(id);
      const s = await started.settings;
      setSettings(s);
      markStep('settings-read');
      if (id === null) {
        setView({ kind: 'error', message: 'No tab to audit.', advice: "Open the school's website in a tab and click the button again." });
        return;
      }
      let page: GatheredPage | null;
      try {
        page = await started.page;
        if (!page) throw new Error('no page');
      } catch {
        setView({
          kind: 'error',
          message: 'This page cannot be read by extensions.',
          advice: "Browser pages, the extension store and built-in viewers are off limits. Open the school's website and click again.",
        });
        return;
      }
      const { planAccess } = await started.hosts;
      const plan = planAccess(page.url, page.resourceHosts);
      // Asked before the log is awaited, so the two wait side by side.
      const access = browserPermissions.contains(plan.origins).catch(() => false);
      const log = await started.log;
      setLogCount(log.entries.length);
      const recent = log.entries.find((e) => e.siteUrl === page.url && Date.now() - Date.parse(e.savedAt) < REUSE_MS);
      const granted = await access;
      markStep('access-known');
      if (recent) {
        setView({
          kind: 'done',
          entry: recent,
          candidates: [],
          page,
          plan,
          granted,
          fromLog: true,
          changes: documentChanges(recent, previousAudit(log.entries, recent)),
        });
        setAnnouncement(completionMessage(recent, true));
        return;
      }
      if (granted) await audit(page, plan, true, s);
      else setView({ kind: 'ready', page, plan });
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, when the popup opens, on the tab it opened on
  }, []);

  /** Audit the page the view holds again, with the same access, optionally choosing another document. */
  function rerun(choice?: NoticeChoice, s: Settings | null = settings) {
    if (!s) return;
    if (view.kind === 'done' || view.kind === 'nothing') {
      if (view.page && view.plan) void audit(view.page, view.plan, view.granted, s, choice);
    }
  }

  /** Ask for host access (again), then audit with it; a refusal or a dismissed prompt leads to the refused screen. */
  function requestAccess() {
    if (!settings || (view.kind !== 'ready' && view.kind !== 'refused' && view.kind !== 'nothing')) return;
    const { page, plan } = view;
    // permissions.request must be the first thing the click does: the prompt needs the user's gesture.
    browserPermissions
      .request(plan.origins)
      .catch(() => false)
      .then((ok) => (ok ? audit(page, plan, true, settings) : setView({ kind: 'refused', page, plan })));
  }

  /** Audit the notice alone: no cookies are read, and the report says so. */
  function auditWithoutCookies() {
    if (settings && (view.kind === 'ready' || view.kind === 'refused')) void audit(view.page, view.plan, false, settings);
  }

  async function showOnPage(evidence: Evidence, item: ItemResult, entry: AuditLogEntry) {
    const doc = item.area === 'cookies' && entry.cookieNotice ? entry.cookieNotice : entry.notice;
    if (!doc.url) return;
    if (doc.format === 'pdf' || doc.format === 'docx') {
      const page = pageOf(evidence.where);
      await browserTabs.open(`${doc.url.replace(/#.*$/, '')}${page && doc.format === 'pdf' ? `#page=${page}` : ''}`);
      return;
    }
    const stretch = findableStretch(evidence.text);
    if (tabId !== null && view.kind === 'done' && view.page && sameDocument(doc.url, view.page.url)) {
      const res = await browserScripting.highlight(tabId, stretch).catch(() => ({ found: false }));
      if (res.found) {
        say('Highlighted on the page.');
        return;
      }
    }
    // Another page: the background opens it, waits for it to load and highlights the quote there.
    await browserRuntime.showOnPage(doc.url, stretch).catch(() => browserTabs.open(textFragmentUrl(doc.url ?? '', stretch)));
  }

  async function exportCsv(entry: AuditLogEntry) {
    const { reportToRows, toCsv } = await import('../../../core/csv');
    const csv = toCsv(reportToRows(entry.report, { siteUrl: entry.siteUrl, school: entry.report.school }));
    downloadText(reportFileName(entry, 'csv'), csv);
  }

  /** The HTML report as a download (saved, never opened in the extension's own origin); the renderer loads only on click. */
  async function saveReport(entry: AuditLogEntry) {
    const { renderReportHtml } = await import('../../../core/html-report');
    const html = renderReportHtml(entry.report, { siteUrl: entry.siteUrl, school: entry.report.school });
    downloadText(reportFileName(entry, 'html'), html, 'text/html;charset=utf-8');
    say('Report saved: open it in any browser, or print it.');
  }

  async function copySummary(entry: AuditLogEntry) {
    const ok = await copyText(summaryText(entry));
    say(ok ? 'Summary copied.' : 'Could not copy: the browser refused the clipboard.');
  }

  function applySettings(next: Settings) {
    setSettings(next);
    void saveSettings(browserStorage, next);
    setShowSettings(false);
    if (view.kind === 'done') rerun(view.entry.notice.url ? { noticeUrl: view.entry.notice.url } : undefined, next);
  }

  return {
    view,
    settings,
    showSettings,
    toast,
    logCount,
    announcement,
    toggleSettings: () => setShowSettings(!showSettings),
    openLog: () => void browserRuntime.openAuditLog().catch(() => undefined),
    requestAccess,
    auditWithoutCookies,
    auditPageAsNotice: () => rerun({ pageAsNotice: true }),
    auditAgain: () => rerun(),
    switchNotice: (url: string) => rerun(url === 'page' ? { pageAsNotice: true } : { noticeUrl: url }),
    retry: () => location.reload(),
    applySettings,
    showOnPage: (evidence: Evidence, item: ItemResult, entry: AuditLogEntry) => void showOnPage(evidence, item, entry),
    exportCsv: (entry: AuditLogEntry) => void exportCsv(entry),
    saveReport: (entry: AuditLogEntry) => void saveReport(entry),
    copySummary: (entry: AuditLogEntry) => void copySummary(entry),
  };
}

export type PopupController = ReturnType<typeof usePopupController>;
