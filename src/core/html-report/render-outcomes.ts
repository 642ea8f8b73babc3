// Per kind of notice, which document the report audited and why, or "not found" with every address looked at:
// the same outcomes the popup and text output show, as a block of the HTML report.
import { roleTitle, type DocumentOutcome } from '../discovery/document-outcomes';
import type { AuditReport } from '../report';
import { escapeHtml, linkOrText } from './escape';

function lookedAtHtml(o: DocumentOutcome): string {
  if (!o.lookedAt.length) return '<p class="meta">No link to one was found on the page.</p>';
  const items = o.lookedAt.map(
    (l) => `<li class="looked-${escapeHtml(l.result)}">${linkOrText(l.url)} &mdash; ${escapeHtml(l.detail)}</li>`,
  );
  return `<p class="meta">Looked at:</p><ul class="looked-at">${items.join('')}</ul>`;
}

function outcomeHtml(o: DocumentOutcome): string {
  const title = `<b>${escapeHtml(roleTitle(o.role))}:</b>`;
  if (!o.found) return `<li class="outcome missing" data-role="${escapeHtml(o.role)}">${title} not found.${lookedAtHtml(o)}</li>`;
  const docs = o.documents.map(
    (d) => `${d.url ? linkOrText(d.url) : escapeHtml(d.label)} <span class="meta">(${escapeHtml(d.why)})</span>`,
  );
  return `<li class="outcome found" data-role="${escapeHtml(o.role)}">${title} ${docs.join('; ')}</li>`;
}

/** The "Documents" block; empty when the report carries no outcomes (a file audited on its own). */
export function outcomesHtml(report: AuditReport): string {
  const outcomes = report.documents;
  if (!outcomes?.length) return '';
  const pupil = outcomes.find((o) => o.role === 'pupil-notice');
  // A missing pupil notice is said first and plainly: the gaps below are then not a pupil notice's gaps.
  const lead =
    pupil && !pupil.found
      ? `<p class="warning"><b>No pupil privacy notice found.</b>${report.source.kind === 'cookie-notice' ? ' Only the cookie notice was audited.' : ''}</p>`
      : '';
  return `<section class="outcomes"><h2>Documents</h2>${lead}<ul class="outcome-list">${outcomes.map(outcomeHtml).join('')}</ul></section>`;
}
