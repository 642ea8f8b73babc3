// The popup: the controller holds the state and talks to the browser; each state has its own view.
import { SettingsPanel } from './SettingsPanel';
import { AccessView } from './popup/AccessView';
import { ErrorView } from './popup/ErrorView';
import { NothingView } from './popup/NothingView';
import { RefusedView } from './popup/RefusedView';
import { ResultView } from './popup/ResultView';
import { Toolbar } from './popup/Toolbar';
import { usePopupController } from './popup/usePopupController';
import { WorkingView } from './popup/WorkingView';
import './styles.css';

export function App() {
  const c = usePopupController();
  const { view } = c;
  return (
    <main class="popup">
      <Toolbar logCount={c.logCount} settingsOpen={c.showSettings} onOpenLog={c.openLog} onToggleSettings={c.toggleSettings} />
      {c.showSettings && c.settings && <SettingsPanel settings={c.settings} onSave={c.applySettings} />}
      {view.kind === 'working' && <WorkingView steps={view.steps} />}
      {view.kind === 'ready' && (
        <AccessView page={view.page} plan={view.plan} onAllow={c.requestAccess} onWithoutCookies={c.auditWithoutCookies} />
      )}
      {view.kind === 'refused' && <RefusedView plan={view.plan} onAskAgain={c.requestAccess} onWithoutCookies={c.auditWithoutCookies} />}
      {view.kind === 'nothing' && (
        <NothingView
          message={view.message}
          canAskForAccess={!view.granted}
          onAuditPage={c.auditPageAsNotice}
          onAskAgain={c.requestAccess}
        />
      )}
      {view.kind === 'error' && <ErrorView message={view.message} advice={view.advice} onRetry={c.retry} />}
      {view.kind === 'done' && (
        <ResultView
          entry={view.entry}
          candidates={view.candidates}
          fromLog={view.fromLog}
          changes={view.changes}
          {...(view.page ? { onSwitch: c.switchNotice } : {})}
          onAuditAgain={c.auditAgain}
          onShow={(e, item) => c.showOnPage(e, item, view.entry)}
          onSaveReport={() => c.saveReport(view.entry)}
          onExportCsv={() => c.exportCsv(view.entry)}
          onCopySummary={() => c.copySummary(view.entry)}
        />
      )}
      {/* Always present, so a change is announced: completion, in words. */}
      <p class="visually-hidden" role="status" aria-live="polite" id="announcer">
        {c.announcement}
      </p>
      <p class="toast" role="status" aria-live="polite">
        {c.toast}
      </p>
    </main>
  );
}
