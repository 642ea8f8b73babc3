// The audit log page: every saved audit, sortable and filterable, re-open, delete, export all findings or a summary.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browserStorage } from '../adapters/storage';
import { browserRuntime } from '../adapters/runtime';
import { browserTabs } from '../adapters/tabs';
import { findableStretch, textFragmentUrl } from '../evidence-quote';
import {
  LOG_CAP,
  deleteAudits,
  documentChanges,
  latestPerSchool,
  previousAudit,
  readLog,
  type AuditLogEntry,
  type LogRead,
} from '../audit-log';
import { downloadText } from '../download';
import { logRowCounts, summaryCsv } from '../summary';
import { ReportView } from './ReportView';
import { formatDate, formatTime, nationPhase, pageOf } from './status';
import './styles.css';

type SortKey = 'date' | 'school' | 'url' | 'gaps' | 'cookies';

function formatBytes(n: number): string {
  return n > 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

export function AuditLogPage() {
  const [log, setLog] = useState<LogRead | null>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'date', dir: -1 });
  const [openId, setOpenId] = useState<string | null>(() => decodeURIComponent(location.hash.slice(1)) || null);
  const [bytes, setBytes] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [latestOnly, setLatestOnly] = useState(false);

  async function load() {
    const read = await readLog(browserStorage);
    setLog(read);
    const used = await browserStorage.bytesInUse();
    setBytes(used ?? new Blob([JSON.stringify(read.entries)]).size);
  }
  useEffect(() => {
    void load();
  }, []);

  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const list = (log?.entries ?? []).filter(
      (e) => !q || `${e.report.school ?? ''} ${e.siteUrl} ${e.pageTitle} ${e.report.nation} ${e.report.phase}`.toLowerCase().includes(q),
    );
    const key = (e: AuditLogEntry): string | number =>
      sort.key === 'date'
        ? e.savedAt
        : sort.key === 'school'
          ? (e.report.school ?? e.pageTitle).toLowerCase()
          : sort.key === 'url'
            ? e.siteUrl
            : sort.key === 'gaps'
              ? logRowCounts(e).missing
              : (logRowCounts(e).cookies ?? -1);
    return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * sort.dir);
  }, [log, filter, sort]);

  const opened = log?.entries.find((e) => e.id === openId) ?? null;

  async function remove(ids: string[]) {
    await deleteAudits(browserStorage, ids);
    setStatus(`Deleted ${ids.length} audit${ids.length === 1 ? '' : 's'}.`);
    if (openId && ids.includes(openId)) setOpenId(null);
    await load();
  }

  async function exportAll() {
    const { reportToRows, toCsv } = await import('../../core/csv');
    const chosen = latestOnly ? latestPerSchool(rows) : rows;
    const csv = toCsv(chosen.flatMap((e) => reportToRows(e.report, { siteUrl: e.siteUrl, school: e.report.school })));
    downloadText(`privacy-audit-findings-${new Date().toISOString().slice(0, 10)}.csv`, csv);
  }

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        class="sort-button"
        onClick={() => setSort({ key, dir: sort.key === key ? (-sort.dir as 1 | -1) : key === 'date' ? -1 : 1 })}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  if (opened) {
    return (
      <main class="log-page">
        <p>
          <button
            type="button"
            onClick={() => {
              setOpenId(null);
              history.replaceState(null, '', location.pathname);
            }}
          >
            ← All audits
          </button>
        </p>
        <ReportView
          audit={opened}
          showLabel="Open in the document"
          onShow={(e, item) => {
            const doc = item.area === 'cookies' && opened.cookieNotice ? opened.cookieNotice : opened.notice;
            if (!doc.url) return;
            const page = pageOf(e.where);
            const base = doc.url.replace(/#.*$/, '');
            if (doc.format === 'pdf' || doc.format === 'docx')
              void browserTabs.open(doc.format === 'pdf' && page ? `${base}#page=${page}` : base);
            else
              void browserRuntime
                .showOnPage(base, findableStretch(e.text))
                .catch(() => browserTabs.open(textFragmentUrl(base, findableStretch(e.text))));
          }}
        />
      </main>
    );
  }

  return (
    <main class="log-page">
      <h1>Audit log</h1>
      {log?.problems.length ? (
        <div class="warning" role="alert">
          <p>
            {log.skipped} saved audit{log.skipped === 1 ? '' : 's'} could not be read and {log.skipped === 1 ? 'is' : 'are'} not shown:
          </p>
          <ul>
            {log.problems.slice(0, 5).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="log-tools">
        <label>
          Filter{' '}
          <input
            type="search"
            value={filter}
            onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
            placeholder="School, address, nation…"
          />
        </label>
        <button type="button" onClick={() => void exportAll()} disabled={rows.length === 0}>
          Export all
        </button>
        <label>
          <input type="checkbox" checked={latestOnly} onChange={(e) => setLatestOnly((e.currentTarget as HTMLInputElement).checked)} />{' '}
          Latest audit per school only
        </label>
        <button
          type="button"
          onClick={() => downloadText(`privacy-audit-summary-${new Date().toISOString().slice(0, 10)}.csv`, summaryCsv(rows))}
          disabled={rows.length === 0}
        >
          Export summary
        </button>
      </div>
      {log && log.entries.length === 0 ? (
        <p>No audits yet. Open a school's website and click the School Privacy Audit button.</p>
      ) : (
        <table class="log-table">
          <caption class="visually-hidden">Saved audits, {rows.length} shown</caption>
          <thead>
            <tr>
              {header('date', 'Date')}
              {header('school', 'School')}
              {header('url', 'Address')}
              <th scope="col">Nation / phase</th>
              {header('gaps', 'Required missing / partly met / quality problems / to check by hand')}
              {header('cookies', 'Cookie problems')}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => {
              const c = logRowCounts(e);
              const name = e.report.school ?? e.pageTitle;
              return (
                <tr key={e.id}>
                  <td>
                    {formatDate(e.savedAt)} {formatTime(e.savedAt)}
                    {documentChanges(e, previousAudit(log?.entries ?? [], e)).map((c) => (
                      <span key={c.label} class="change-note">
                        {c.label}: {c.status}
                      </span>
                    ))}
                  </td>
                  <td>{name}</td>
                  <td class="url-cell">{e.siteUrl}</td>
                  <td>{nationPhase(e.report.nation, e.report.phase)}</td>
                  <td>
                    {c.missing} / {c.partly} / {c.quality} / {c.toCheck}
                  </td>
                  <td>{c.cookies ?? 'not read'}</td>
                  <td class="row-actions">
                    <button type="button" onClick={() => setOpenId(e.id)} aria-label={`Open the audit of ${name}`}>
                      Open
                    </button>
                    <button type="button" onClick={() => void remove([e.id])} aria-label={`Delete the audit of ${name}`}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="storage-line">
        {log?.entries.length ?? 0} audit{log?.entries.length === 1 ? '' : 's'} kept (at most {LOG_CAP}; the oldest are removed first, sooner
        if the browser's storage fills)
        {bytes !== null ? ` · ${formatBytes(bytes)} of browser storage used` : ''}.
      </p>
      <p class="toast" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
