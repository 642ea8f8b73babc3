// A finished audit in the popup: a note when it is a saved one, the report, and the export actions.
import { useEffect } from 'preact/hooks';
import type { Evidence, ItemResult } from '../../../core/report';
import type { AuditLogEntry, DocumentChange } from '../../audit-log';
import type { CandidateRef } from '../../run-extension-audit';
import { ReportView } from '../ReportView';
import { formatDate, formatTime } from '../status';

interface Props {
  entry: AuditLogEntry;
  candidates: CandidateRef[];
  fromLog: boolean;
  changes: DocumentChange[];
  /** Absent when the tab's page is not known (nothing to re-audit or switch). */
  onSwitch?: (url: string) => void;
  onAuditAgain: () => void;
  onShow: (evidence: Evidence, item: ItemResult) => void;
  onSaveReport: () => void;
  onExportCsv: () => void;
  onCopySummary: () => void;
}

export function ResultView({
  entry,
  candidates,
  fromLog,
  changes,
  onSwitch,
  onAuditAgain,
  onShow,
  onSaveReport,
  onExportCsv,
  onCopySummary,
}: Props) {
  // Keyboard and screen-reader users land on the result, not on the page's body.
  useEffect(() => {
    document.getElementById('result-heading')?.focus();
  }, [entry.id]);
  return (
    <>
      {fromLog && (
        <p class="from-log">
          Saved audit from {formatTime(entry.savedAt)}.{' '}
          <button type="button" class="link-button" onClick={onAuditAgain}>
            Audit again
          </button>
        </p>
      )}
      {changes.length > 0 && (
        <p class="changes">
          {changes
            .map((c) => `${c.label} ${c.status === 'unchanged' ? 'unchanged since' : 'changed since the audit of'} ${formatDate(c.since)}.`)
            .join(' ')}
        </p>
      )}
      <ReportView audit={{ ...entry, candidates }} onShow={onShow} {...(onSwitch ? { onSwitch } : {})} />
      <footer class="actions">
        <button type="button" onClick={onSaveReport}>
          Save report
        </button>
        <button type="button" onClick={onExportCsv}>
          Export CSV
        </button>
        <button type="button" onClick={onCopySummary}>
          Copy summary
        </button>
        <span class="version">checklist {entry.report.checklist.version}</span>
      </footer>
    </>
  );
}
