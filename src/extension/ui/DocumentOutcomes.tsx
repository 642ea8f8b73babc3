// Per kind of notice, what the audit read and why, or "not found" with every link it looked at (404s included).
import type { AuditReport } from '../../core/report';
import { roleTitle, type DocumentOutcome } from '../../core/discovery/document-outcomes';

function shortUrl(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}` || '/';
  } catch {
    return url;
  }
}

function LookedAtList({ outcome }: { outcome: DocumentOutcome }) {
  if (!outcome.lookedAt.length) return <p class="outcome-detail">No link to one was found on the page.</p>;
  return (
    <ul class="looked-at">
      {outcome.lookedAt.map((l) => (
        <li key={l.url} class={`looked-${l.result}`}>
          <span class="doc-url">{shortUrl(l.url)}</span> {l.detail}
        </li>
      ))}
    </ul>
  );
}

function Outcome({ outcome }: { outcome: DocumentOutcome }) {
  return (
    <li class={`outcome ${outcome.found ? 'outcome-found' : 'outcome-missing'}`} data-role={outcome.role}>
      <strong>{roleTitle(outcome.role)}:</strong>{' '}
      {outcome.found ? (
        outcome.documents.map((d, i) => (
          <span key={`${d.url}-${i}`}>
            {i > 0 ? '; ' : ''}
            <span class="doc-url">{shortUrl(d.url) || d.label}</span> ({d.why})
          </span>
        ))
      ) : (
        <>
          not found. Looked at:
          <LookedAtList outcome={outcome} />
        </>
      )}
    </li>
  );
}

/** Shown under the summary: a missing pupil notice is said first and plainly; the rest folds under "Documents". */
export function DocumentOutcomes({ report }: { report: AuditReport }) {
  const outcomes = report.documents;
  if (!outcomes?.length) return null;
  const pupil = outcomes.find((o) => o.role === 'pupil-notice');
  return (
    <div class="document-outcomes">
      {pupil && !pupil.found && (
        <div class="no-notice">
          <p class="headline">
            <strong>No pupil privacy notice found.</strong>
            {report.source.kind === 'cookie-notice' ? ' Only the cookie notice was audited.' : ''}
          </p>
          <LookedAtList outcome={pupil} />
        </div>
      )}
      <details class="outcomes">
        <summary>Documents looked at</summary>
        <ul class="outcome-list">
          {outcomes.map((o) => (
            <Outcome key={o.role} outcome={o} />
          ))}
        </ul>
      </details>
    </div>
  );
}
