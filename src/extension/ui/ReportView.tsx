// The audit as the popup and the log page show it: header, governor summary, tabs of checks, and the cookie table.
import { useState } from 'preact/hooks';
import type { AuditReport, Evidence, ItemResult } from '../../core/report';
import { noteLine } from '../../core/summary';
import { entrySummary } from '../summary';
import type { CaptureInfo, DocumentRef } from '../audit-log';
import type { CandidateRef } from '../run-extension-audit';
import { CookieTable } from './CookieTable';
import { DocumentOutcomes } from './DocumentOutcomes';
import { headerDocuments } from '../../core/discovery/document-outcomes';
import { ItemRow } from './ItemRow';
import { formatDate, formatTime, nationPhase, sortByStatus } from './status';

export interface AuditViewData {
  report: AuditReport;
  notice: DocumentRef;
  cookieNotice: DocumentRef | null;
  capture: CaptureInfo;
  siteUrl: string;
  candidates?: CandidateRef[];
}

interface Props {
  audit: AuditViewData;
  onShow?: (evidence: Evidence, item: ItemResult) => void;
  /** Switch to another candidate notice, or audit the page itself ('page'). */
  onSwitch?: (url: string | 'page') => void;
  showLabel?: string;
}

type TabId = 'notice' | 'quality' | 'cookies';

function shortUrl(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}` || '/';
  } catch {
    return url;
  }
}

function ItemList({ items, onShow, showLabel }: { items: ItemResult[]; onShow?: Props['onShow']; showLabel: string }) {
  const sorted = sortByStatus(items);
  const shown = sorted.filter((i) => i.status !== 'not-applicable');
  const folded = sorted.filter((i) => i.status === 'not-applicable');
  const row = (i: ItemResult) => (
    <ItemRow key={i.id} item={i} showLabel={showLabel} {...(onShow ? { onShow: (e: Evidence) => onShow(e, i) } : {})} />
  );
  return (
    <div>
      <ul class="items">{shown.map(row)}</ul>
      {folded.length > 0 && (
        <details class="folded">
          <summary>Not applicable ({folded.length})</summary>
          <ul class="items">{folded.map(row)}</ul>
        </details>
      )}
    </div>
  );
}

export function ReportView({ audit, onShow, onSwitch, showLabel = 'Show on page' }: Props) {
  const [tab, setTab] = useState<TabId>('notice');
  const r = audit.report;
  const notice = r.items.filter((i) => i.area !== 'quality' && i.area !== 'cookies');
  const quality = r.items.filter((i) => i.area === 'quality');
  const cookieItems = r.items.filter((i) => i.area === 'cookies');
  const applicable = (list: ItemResult[]) => list.filter((i) => i.status !== 'not-applicable');
  const passed = (list: ItemResult[]) => list.filter((i) => i.status === 'pass').length;
  const observedCount = r.cookies?.observed.length ?? 0;
  const summary = entrySummary(audit);
  // The header names the documents each set of checks really ran on (older saved audits: the refs they kept).
  const header = headerDocuments(r);
  const privacyName = header && !header.privacy ? 'none found' : shortUrl(audit.notice.url) || audit.notice.label;
  const cookieName = header
    ? header.cookie
      ? `${shortUrl(header.cookie.url) || header.cookie.label}${header.privacy && header.cookie.url === header.privacy.url ? ' (its cookie section)' : ''}`
      : 'none found'
    : audit.cookieNotice
      ? shortUrl(audit.cookieNotice.url) || audit.cookieNotice.label
      : 'none found';
  const tabs: { id: TabId; label: string; count: string }[] = [
    { id: 'notice', label: 'Notice', count: `${passed(notice)}/${applicable(notice).length}` },
    { id: 'quality', label: 'Quality', count: `${passed(quality)}/${applicable(quality).length}` },
    { id: 'cookies', label: 'Cookies', count: audit.capture.cookies === 'read' ? String(observedCount) : '–' },
  ];
  const onKeyTabs = (e: KeyboardEvent) => {
    const idx = tabs.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? (idx + 1) % tabs.length : e.key === 'ArrowLeft' ? (idx + tabs.length - 1) % tabs.length : -1;
    if (next >= 0) {
      const id = tabs[next]?.id ?? 'notice';
      setTab(id);
      document.getElementById(`tab-${id}`)?.focus();
    }
  };

  return (
    <div class="report">
      <header class="report-header">
        {/* Focus is moved here when a result appears (tabIndex -1: focusable by script, not a tab stop). */}
        <h1 class="school" id="result-heading" tabIndex={-1}>
          {r.school ?? audit.siteUrl}
        </h1>
        <p class="meta">
          {nationPhase(r.nation, r.phase)} · audited {formatDate(r.auditedAt)}, {formatTime(r.auditedAt)}
          {r.asOf !== r.auditedAt.slice(0, 10) ? ` (as of ${r.asOf})` : ''} · checklist {r.checklist.version}
        </p>
        <div class="documents">
          {onSwitch && audit.candidates && audit.candidates.length > 0 ? (
            <label class="doc-line">
              <span>Privacy notice: </span>
              <select
                aria-label="Privacy notice audited"
                value={
                  privacyName !== 'none found' && audit.candidates.some((c) => c.url === audit.notice.url)
                    ? (audit.notice.url ?? '')
                    : 'current'
                }
                onChange={(e) =>
                  onSwitch((e.currentTarget as HTMLSelectElement).value === 'page' ? 'page' : (e.currentTarget as HTMLSelectElement).value)
                }
              >
                {(privacyName === 'none found' || !audit.candidates.some((c) => c.url === audit.notice.url)) && (
                  <option value="current">{privacyName}</option>
                )}
                {audit.candidates.map((c) => (
                  <option key={c.url} value={c.url}>
                    {c.label} ({shortUrl(c.url)}
                    {c.format !== 'html' ? `, ${c.format.toUpperCase()}` : ''})
                  </option>
                ))}
                <option value="page">Audit this page as the notice</option>
              </select>
            </label>
          ) : (
            <p class="doc-line">
              Privacy notice: <span class="doc-url">{privacyName}</span>
              {privacyName !== 'none found' && audit.notice.format !== 'html' ? ` (${audit.notice.format.toUpperCase()})` : ''}
            </p>
          )}
          <p class="doc-line">
            Cookie notice: <span class="doc-url">{cookieName}</span>
          </p>
        </div>
      </header>

      <section class="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading" class="visually-hidden">
          Summary
        </h2>
        {summary.lead && (
          <p class="counts">
            <strong>{summary.lead}</strong>
          </p>
        )}
        {summary.cookieOnlyLine ? (
          <p class="headline">{summary.cookieOnlyLine}</p>
        ) : (
          <p class="counts">
            {summary.countsLine.split(' · ').map((part, i) => {
              const [, n, rest] = /^(\d+)(.*)$/.exec(part) ?? [part, '', part];
              return (
                <span key={i}>
                  {i > 0 ? ' · ' : ''}
                  <strong>{n}</strong>
                  {rest}
                </span>
              );
            })}
          </p>
        )}
        <DocumentOutcomes report={r} />
        {[summary.missingLine, summary.cookiesLine].filter(Boolean).map((line, i) => (
          <p key={i} class="headline">
            {line}
          </p>
        ))}
        {summary.notes.slice(0, 3).map((n, i) => (
          <p key={`note-${i}`} class="warning">
            Note: {noteLine(n)}
          </p>
        ))}
      </section>

      <div role="tablist" aria-label="Results" class="tabs" onKeyDown={onKeyTabs}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label} <span class="count">{t.count}</span>
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel" tabIndex={0}>
        {tab === 'notice' && <ItemList items={notice} showLabel={showLabel} {...(onShow ? { onShow } : {})} />}
        {tab === 'quality' && <ItemList items={quality} showLabel={showLabel} {...(onShow ? { onShow } : {})} />}
        {tab === 'cookies' && (
          <div>
            <CookieTable cookies={r.cookies} capture={audit.capture} />
            {cookieItems.length > 0 && (
              <>
                <h2 class="subheading">Cookie notice checks</h2>
                <ItemList items={cookieItems} showLabel={showLabel} {...(onShow ? { onShow } : {})} />
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
