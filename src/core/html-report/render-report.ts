// One audit as a self-contained HTML page: summary, each gap with its quoted evidence and fix, passes folded, cookies observed vs declared.
import type { AuditReport, DeclaredCookieEntry, ItemResult, ObservedCookieResult, Status } from '../report';
import { escapeHtml, linkOrText, safeHttpUrl } from './escape';
import { htmlPage } from './page';
import { statusWord } from '../status-words';
import { isCookieProblem, setWithoutConsent } from '../cookies/consent-rules';
import { describeCapture, describeConsent, describeExpiry } from '../cookies/describe';
import { noteLine, summariseAudit } from '../summary';
import { outcomesHtml } from './render-outcomes';

/** One audited document (or one consent state's cookies) on the page. */
export interface ReportSection {
  report: AuditReport;
  /** Heading for the section; by default the document kind and address. */
  label?: string;
  /** 'cookies' shows only the cookie checks and table (a second consent state re-reads the same notice). */
  only?: 'cookies';
}

export interface ReportPageOptions {
  siteUrl?: string | null;
  school?: string | null;
  /** Lines shown above the documents, e.g. a site that could not be audited. */
  notes?: readonly string[];
}

const AREAS = [
  { area: 'notice', heading: 'Notice content' },
  { area: 'quality', heading: 'Quality' },
  { area: 'cookies', heading: 'Cookies' },
] as const;

const GAP_ORDER: Status[] = ['fail', 'partial', 'needs-review'];

/** The status word people see, from the one table the popup and text output use too. */
export function statusLabel(status: Status, area: string): string {
  return statusWord(area, status);
}

const KIND_LABEL: Record<string, string> = {
  'pupil-notice': 'Pupil privacy notice',
  'workforce-notice': 'Workforce privacy notice',
  'governors-notice': 'Governors privacy notice',
  'website-privacy-policy': 'Website privacy policy',
  'cookie-notice': 'Cookie notice',
  'other-policy': 'Other policy',
  unknown: 'Document',
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function badge(status: Status, area: string): string {
  return `<span class="badge ${status}">${escapeHtml(statusLabel(status, area))}</span>`;
}

function evidenceHtml(item: ItemResult): string {
  if (!item.evidence.length) return '';
  const quotes = item.evidence
    .slice(0, 4)
    .map((e) => `<blockquote>${escapeHtml(e.text)}${e.where ? `<cite>${escapeHtml(e.where)}</cite>` : ''}</blockquote>`)
    .join('');
  const more = item.evidence.length > 4 ? `<p class="meta">and ${item.evidence.length - 4} more</p>` : '';
  return `<dt>Evidence</dt><dd>${quotes}${more}</dd>`;
}

function gapHtml(item: ItemResult): string {
  return [
    `<article class="gap ${item.status}">`,
    `<h4>${badge(item.status, item.area)} <span>${escapeHtml(item.title)}</span> <span class="severity">${escapeHtml(item.severity)} &middot; ${escapeHtml(item.id)}</span></h4>`,
    '<dl>',
    item.message ? `<dt>Found</dt><dd>${escapeHtml(item.message)}</dd>` : '',
    evidenceHtml(item),
    item.ref ? `<dt>Law</dt><dd>${escapeHtml(item.ref)}</dd>` : '',
    item.guidance ? `<dt>How to fix</dt><dd class="fix">${escapeHtml(item.guidance)}</dd>` : '',
    '</dl>',
    '</article>',
  ].join('');
}

function foldedList(items: readonly ItemResult[], heading: string): string {
  if (!items.length) return '';
  const lis = items
    .map(
      (i) =>
        `<li>${escapeHtml(i.title)}${i.evidence[0] ? ` &mdash; <q>${escapeHtml(i.evidence[0].text.slice(0, 160))}</q> <span class="meta">(${escapeHtml(i.evidence[0].where)})</span>` : i.message ? ` &mdash; ${escapeHtml(i.message)}` : ''}</li>`,
    )
    .join('');
  return `<details><summary>${escapeHtml(heading)} (${items.length})</summary><ul>${lis}</ul></details>`;
}

function areaHtml(items: readonly ItemResult[], heading: string): string {
  if (!items.length) return '';
  const gaps = items.filter((i) => GAP_ORDER.includes(i.status)).sort((a, b) => GAP_ORDER.indexOf(a.status) - GAP_ORDER.indexOf(b.status));
  const met = items.filter((i) => i.status === 'pass');
  const na = items.filter((i) => i.status === 'not-applicable');
  return [
    `<h3>${escapeHtml(heading)}</h3>`,
    gaps.length ? gaps.map(gapHtml).join('') : '<p>Nothing to act on here.</p>',
    foldedList(met, 'Met'),
    foldedList(na, 'Not applicable'),
  ].join('');
}

const DECLARED_WORD: Record<ObservedCookieResult['declared'], string> = {
  yes: 'Yes',
  no: 'No',
  'vendor-only': 'Only the provider is named',
  'near-miss': 'A similar name only',
};

function observedRow(c: ObservedCookieResult, banner: 'found' | 'none-found' | 'unknown' | undefined): string {
  const declaredClass = c.declared === 'yes' ? 'good' : c.declared === 'no' ? 'bad' : 'warn';
  const early = setWithoutConsent(c);
  const lasts = `${escapeHtml(describeExpiry(c.expiresInDays))}${c.declaredDays !== null ? ` <span class="meta">(notice says ${escapeHtml(describeExpiry(c.declaredDays))})</span>` : ''}`;
  return [
    '<tr>',
    `<td><b>${escapeHtml(c.name)}</b></td>`,
    `<td>${escapeHtml(c.domain)}<br><span class="meta">${c.party === 'third' ? 'third party' : 'first party'}${c.vendor ? ` &middot; ${escapeHtml(c.vendor)}` : ''}</span></td>`,
    `<td>${escapeHtml(c.category.replace(/-/g, ' '))}</td>`,
    `<td class="${declaredClass}">${escapeHtml(DECLARED_WORD[c.declared])}${c.matchedEntry ? `<br><span class="meta">${escapeHtml(c.matchedEntry)}</span>` : ''}</td>`,
    `<td>${lasts}</td>`,
    `<td class="${early ? 'bad' : ''}">${escapeHtml(describeConsent(c.beforeConsent, banner))}${early ? ': needs consent first' : ''}</td>`,
    '</tr>',
  ].join('');
}

function declaredRow(d: DeclaredCookieEntry): string {
  return `<tr><td>${escapeHtml(d.names.join(', '))}</td><td>${escapeHtml(d.provider ?? '')}</td><td>${escapeHtml(d.purpose ?? '')}</td><td>${escapeHtml(d.duration ?? '')}</td><td class="meta">${escapeHtml(d.where)}</td></tr>`;
}

function cookieTables(r: AuditReport): string {
  const c = r.cookies;
  if (!c) return '';
  const out: string[] = [];
  const capture = c.capture;
  if (capture) {
    out.push(
      `<p class="meta">Cookies read on ${linkOrText(capture.pageUrl)} at ${escapeHtml(capture.capturedAt)}, ${escapeHtml(describeCapture(capture))}; third-party cookies ${escapeHtml(capture.thirdPartyCookies)}.</p>`,
    );
  }
  if (c.observed.length) {
    out.push(
      '<table><caption>Cookies the site set, against its own cookie notice</caption>',
      '<thead><tr><th scope="col">Cookie</th><th scope="col">Set by</th><th scope="col">Kind</th><th scope="col">In the notice?</th><th scope="col">Lasts</th><th scope="col">Before consent?</th></tr></thead>',
      `<tbody>${c.observed.map((o) => observedRow(o, capture?.consentBanner)).join('')}</tbody></table>`,
    );
  } else if (capture) {
    out.push('<p>The site set no cookies when it was visited.</p>');
  }
  if (c.declared.length) {
    out.push(
      `<details><summary>Cookies the notice declares (${c.declared.length})</summary>`,
      '<table><thead><tr><th scope="col">Names</th><th scope="col">Provider</th><th scope="col">Purpose</th><th scope="col">Duration</th><th scope="col">Where</th></tr></thead>',
      `<tbody>${c.declared.map(declaredRow).join('')}</tbody></table></details>`,
    );
  }
  return out.length ? `<h3>Cookies observed and declared</h3>${out.join('')}` : '';
}

function countsHtml(r: AuditReport, items: readonly ItemResult[]): string {
  const n = (s: Status) => items.filter((i) => i.status === s).length;
  const cells: [Status, string][] = [
    ['fail', 'missing or wrong'],
    ['partial', 'partly met'],
    ['needs-review', 'to check by hand'],
    ['pass', 'met'],
    ['not-applicable', 'not applicable'],
  ];
  const problems = (r.cookies?.observed ?? []).filter(isCookieProblem).length;
  return `<ul class="counts">${cells.map(([s, word]) => `<li class="${s}"><b>${n(s)}</b>${escapeHtml(word)}</li>`).join('')}${r.cookies?.observed.length ? `<li class="${problems ? 'fail' : 'pass'}"><b>${problems}</b>cookie problem${problems === 1 ? '' : 's'}</li>` : ''}</ul>`;
}

function sectionLabel(s: ReportSection): string {
  if (s.label) return s.label;
  const r = s.report;
  const kind = KIND_LABEL[r.source.kind] ?? 'Document';
  if (s.only === 'cookies') return `Cookies ${r.cookies?.capture ? describeCapture(r.cookies.capture) : ''}`.trim();
  return r.source.title ? `${kind}: ${r.source.title}` : kind;
}

function sectionHtml(s: ReportSection): string {
  const r = s.report;
  const items = s.only === 'cookies' ? r.items.filter((i) => i.area === 'cookies') : r.items;
  const out = [`<section class="document"><h2>${escapeHtml(sectionLabel(s))}</h2>`];
  out.push(
    `<p class="meta"><b>Address:</b> ${r.source.url ? linkOrText(r.source.url) : 'a local file'} &middot; ${escapeHtml(r.source.format.toUpperCase())}${r.source.pageCount ? `, ${r.source.pageCount} page${r.source.pageCount === 1 ? '' : 's'}` : ''}</p>`,
  );
  if (s.only !== 'cookies') {
    out.push(
      `<p class="meta"><b>Read as:</b> ${escapeHtml(cap(r.nation))} &middot; ${escapeHtml(r.phase)} phase &middot; audited as of ${escapeHtml(r.asOf)}</p>`,
    );
  }
  out.push(countsHtml(r, items));
  const summary = summariseAudit({ documents: [r] });
  if (s.only !== 'cookies') out.push(`<ul class="headline">${summary.lines.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>`);
  for (const n of summary.notes) out.push(`<p class="warning">${escapeHtml(noteLine(n))}</p>`);
  for (const { area, heading } of AREAS)
    out.push(
      areaHtml(
        items.filter((i) => i.area === area),
        heading,
      ),
    );
  if (s.only !== 'cookies' && r.flags.length) {
    out.push('<h3>Also worth a look</h3>');
    for (const f of r.flags) {
      out.push(
        `<article class="gap needs-review"><h4>${escapeHtml(f.title)} <span class="severity">${escapeHtml(f.id)}</span></h4>${f.evidence
          .slice(0, 3)
          .map((e) => `<blockquote>${escapeHtml(e.text)}<cite>${escapeHtml(e.where)}</cite></blockquote>`)
          .join('')}</article>`,
      );
    }
  }
  out.push(cookieTables(r));
  out.push('</section>');
  return out.join('');
}

/** The page for one site or one document: a pure function of the reports, every piece of their text escaped. */
export function renderReportHtml(input: AuditReport | readonly (AuditReport | ReportSection)[], options: ReportPageOptions = {}): string {
  const list = (Array.isArray(input) ? input : [input]) as (AuditReport | ReportSection)[];
  const sections: ReportSection[] = list.map((x) => ('report' in x ? x : { report: x }));
  const first = sections.find((s) => s.only !== 'cookies')?.report ?? sections[0]?.report;
  const school = options.school ?? first?.school ?? null;
  const siteUrl = options.siteUrl ?? first?.source.url ?? null;
  const title = `Privacy audit: ${school ?? 'school not named'}`;
  const head = [
    '<header class="page">',
    `<h1>${escapeHtml(school ?? 'School not named')}</h1>`,
    siteUrl ? `<p class="meta"><b>${safeHttpUrl(siteUrl) ? 'Website' : 'File'}:</b> ${linkOrText(siteUrl)}</p>` : '',
    first
      ? `<p class="meta"><b>Nation and phase:</b> ${escapeHtml(cap(first.nation))}, ${escapeHtml(first.phase)}${first.detection.nation.from === 'default' ? ' (nation not stated in the notice)' : ''}</p>`
      : '',
    first
      ? `<p class="meta"><b>Audited:</b> ${escapeHtml(first.auditedAt.slice(0, 10))} &middot; checklist ${escapeHtml(first.checklist.version)} (law checked ${escapeHtml(first.checklist.date)})</p>`
      : '',
    '</header>',
  ].join('');
  const notes = (options.notes ?? []).map((n) => `<p class="warning">${escapeHtml(n)}</p>`).join('');
  // Which document was audited as what (or what was looked at) applies to the whole page: said once, before the documents.
  const outcomes = sections.find((s) => s.only !== 'cookies' && s.report.documents?.length)?.report;
  const body = `${outcomes ? outcomesHtml(outcomes) : ''}${sections.length ? sections.map(sectionHtml).join('') : '<p>No document could be audited.</p>'}`;
  const tool = first ? `${first.tool.name} ${first.tool.version}` : 'School Privacy Audit';
  const footer = `<footer>Made by ${escapeHtml(tool)}. Each finding quotes the text or cookie that decided it; a finding marked "needs review" needs a person to look. This report is guidance, not legal advice.</footer>`;
  return htmlPage(title, `${head}${notes}${body}${footer}`);
}
