// Decides which audits a gathered site needs (one per document, plus one per extra consent state) and runs them with runAudit.
import type { Artifacts, ConsentStateCapture, DocumentInput } from '../../core/artifacts';
import { ArtifactsSchema } from '../../core/artifacts';
import { runAudit } from '../../core/run-audit';
import { classifyDocument } from '../../core/discovery/classify-document';
import { readNotice } from '../../core/notice/read-notice';
import type { AuditReport, DocumentKind, Phase } from '../../core/report';
import type { AuditEntry, SiteCapture } from './site-record';

export interface PlannedAudit {
  /** File-name stem, e.g. "01-pupil-notice". */
  name: string;
  entry: Omit<AuditEntry, 'artifacts' | 'report'>;
  artifacts: Artifacts;
}

/** Which document carries the observed cookies: the cookie notice, else the privacy notice most likely to describe cookies. */
const CARRIER_ORDER: DocumentKind[] = ['cookie-notice', 'website-privacy-policy', 'pupil-notice', 'unknown', 'workforce-notice', 'governors-notice', 'other-policy'];

function stem(i: number, label: string): string {
  return `${String(i + 1).padStart(2, '0')}-${label.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}`;
}

/**
 * The document's own text decides its kind, with the link text as a hint for close calls
 * ("Privacy notice" may open the website policy or the pupil notice).
 */
function classify(input: DocumentInput, hint: DocumentKind): DocumentKind {
  try {
    return classifyDocument(readNotice(input), hint);
  } catch {
    return hint;
  }
}

/**
 * The other consent states tried on the banner, for the checks that compare them (ck-reject-honoured): each with
 * its cookies, or the reason it has none (no banner, the click failed, or the state was not captured at all).
 */
export function consentStatesOf(capture: SiteCapture): ConsentStateCapture[] {
  const out: ConsentStateCapture[] = capture.captures.slice(1).flatMap((c) =>
    c.requested === 'none' ? [] : [{ requested: c.requested, outcome: c.operated, note: c.note.slice(0, 500), ...(c.operated === 'done' ? { observedCookies: c.observedCookies } : {}) }],
  );
  for (const req of capture.consentRequested) {
    if (req === 'none' || out.some((s) => s.requested === req)) continue;
    const why = capture.warnings.find((w) => w.includes(`"${req}"`)) ?? 'not captured';
    out.push({ requested: req, outcome: 'failed', note: why.slice(0, 500) });
  }
  return out;
}

export function planAudits(capture: SiteCapture, documents: ReadonlyMap<string, DocumentInput>): PlannedAudit[] {
  const first = capture.captures[0];
  const consentStates = consentStatesOf(capture);
  // Re-label found documents in place, so the saved capture says what each one turned out to be.
  for (const d of capture.documents) {
    const input = documents.get(d.url);
    if (input && !input.unreadable) d.kind = classify(input, d.kind);
  }
  const readable = capture.documents.filter((d) => documents.has(d.url));
  let carrier: (typeof readable)[number] | undefined;
  for (const kind of CARRIER_ORDER) {
    carrier = readable.find((d) => d.kind === kind);
    if (carrier) break;
  }
  const plans: PlannedAudit[] = [];
  for (const d of readable) {
    const input = { ...documents.get(d.url)!, url: documents.get(d.url)!.url ?? d.url };
    const carries = d === carrier && first !== undefined;
    plans.push({
      name: stem(plans.length, d.kind),
      entry: { role: 'document', kind: d.kind, consent: carries ? first.consent : null, documentUrl: input.url ?? d.url },
      artifacts: {
        notice: input,
        ...(carries && d.kind === 'cookie-notice' ? { cookieNotice: input } : {}),
        ...(carries ? { observedCookies: first.observedCookies, ...(consentStates.length ? { consentStates } : {}) } : {}),
        page: capture.page,
        ...(first ? { environment: first.environment } : {}),
      },
    });
  }
  // No readable notice: the home page stands in, so the cookies the site set are still audited.
  // The home page capture is the DOM after load (page.content()), so it is read as rendered.
  const homePage: DocumentInput = { format: 'html', url: capture.page.url, html: capture.page.html ?? '', readFrom: 'rendered' };
  if (!carrier && first) {
    plans.push({
      name: stem(plans.length, 'home-page-cookies'),
      entry: { role: 'home-page-cookies', kind: 'cookie-notice', consent: first.consent, documentUrl: capture.page.url },
      artifacts: { notice: homePage, observedCookies: first.observedCookies, ...(consentStates.length ? { consentStates } : {}), page: capture.page, environment: first.environment },
    });
  }
  const carrierInput = carrier ? { ...documents.get(carrier.url)!, url: documents.get(carrier.url)!.url ?? carrier.url } : homePage;
  for (const c of capture.captures.slice(1)) {
    // Without a consent manager nothing was clicked: that jar is the first one again.
    if (c.operated === 'no-consent-manager') continue;
    plans.push({
      name: stem(plans.length, `cookies-${c.consent}`),
      entry: { role: 'consent-state', kind: carrier?.kind ?? 'cookie-notice', consent: c.consent, documentUrl: carrierInput.url ?? null },
      artifacts: {
        notice: carrierInput,
        ...(carrier?.kind === 'cookie-notice' ? { cookieNotice: carrierInput } : {}),
        observedCookies: c.observedCookies,
        page: capture.page,
        environment: c.environment,
      },
    });
  }
  return plans;
}

export interface AuditClock {
  asOf: string;
  auditedAt: string;
  /** The school's phase when the school list gives it (GIAS): used instead of detecting it from the notice. */
  phase?: Phase | null;
}

/** Run one planned (or re-loaded) audit; artifacts are validated at this boundary. */
export function runPlannedAudit(entry: { kind: DocumentKind }, artifacts: unknown, clock: AuditClock): AuditReport {
  return runAudit(ArtifactsSchema.parse(artifacts), undefined, { asOf: clock.asOf, kind: entry.kind, auditedAt: clock.auditedAt, phase: clock.phase ?? 'auto' });
}
