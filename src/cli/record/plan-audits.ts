// Decides which audits a gathered site needs (one per document, plus one per extra consent state) and runs them with runAudit.
import type { Artifacts, ConsentStateCapture, DocumentInput } from '../../core/artifacts';
import { ArtifactsSchema } from '../../core/artifacts';
import { runAudit } from '../../core/run-audit';
import { chooseDocuments, choiceArtifacts, discoveryOf, readFetched } from '../../core/discovery/choose-documents';
import type { AuditReport, DocumentKind, Phase } from '../../core/report';
import type { AuditEntry, SiteCapture } from './site-record';

export interface PlannedAudit {
  /** File-name stem, e.g. "01-pupil-notice". */
  name: string;
  entry: Omit<AuditEntry, 'artifacts' | 'report'>;
  artifacts: Artifacts;
}

function stem(i: number, label: string): string {
  return `${String(i + 1).padStart(2, '0')}-${label.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}`;
}

/**
 * The other consent states tried on the banner, for the checks that compare them (ck-reject-honoured): each with
 * its cookies, or the reason it has none (no banner, the click failed, or the state was not captured at all).
 */
export function consentStatesOf(capture: SiteCapture): ConsentStateCapture[] {
  const out: ConsentStateCapture[] = capture.captures.slice(1).flatMap((c) =>
    c.requested === 'none'
      ? []
      : [
          {
            requested: c.requested,
            outcome: c.operated,
            note: c.note.slice(0, 500),
            ...(c.operated === 'done' ? { observedCookies: c.observedCookies } : {}),
          },
        ],
  );
  for (const req of capture.consentRequested) {
    if (req === 'none' || out.some((s) => s.requested === req)) continue;
    const why = capture.warnings.find((w) => w.includes(`"${req}"`)) ?? 'not captured';
    out.push({ requested: req, outcome: 'failed', note: why.slice(0, 500) });
  }
  return out;
}

/**
 * The core chooser decides: the main audit is the pupil notice (else another privacy notice, else the cookie notice
 * alone) with the cookie notice and the first cookie jar beside it, exactly as the extension audits it; every other
 * privacy notice found is audited on its own.
 */
export function planAudits(capture: SiteCapture, documents: ReadonlyMap<string, DocumentInput>): PlannedAudit[] {
  const first = capture.captures[0];
  const consentStates = consentStatesOf(capture);
  const fetched = capture.documents.map((d) => {
    const input = d.error === null ? documents.get(d.url) : undefined;
    return readFetched(
      { url: d.url, text: d.text, kind: d.linkKind ?? d.kind, via: d.via },
      input ? { input } : { error: d.error ?? 'not read' },
    );
  });
  // Re-label found documents in place, so the saved capture says what each one turned out to be.
  capture.documents.forEach((d, i) => {
    const kind = fetched[i]?.tried.kind;
    if (kind) {
      d.linkKind ??= d.kind;
      d.kind = kind;
    }
  });
  const choice = chooseDocuments(fetched);
  const discovery = discoveryOf(fetched, capture.hubsVisited);
  const main = choiceArtifacts(
    choice,
    {
      ...(first
        ? { observedCookies: first.observedCookies, environment: first.environment, ...(consentStates.length ? { consentStates } : {}) }
        : {}),
      page: capture.page,
    },
    discovery,
  );

  const plans: PlannedAudit[] = [];
  if (main) {
    const url = main.artifacts.notice.url ?? null;
    plans.push({
      name: stem(plans.length, main.kind),
      entry: { role: 'document', kind: main.kind, consent: first ? first.consent : null, documentUrl: url },
      artifacts: main.artifacts,
    });
  }
  // Other privacy notices, and any further pupil notice, each audited alone (the cookies belong to the main audit).
  const audited = new Set([choice.notice, choice.cookieNotice]);
  const extra = fetched.filter((f) => f.input && !audited.has(f) && (choice.others.includes(f) || f.tried.kind === 'pupil-notice'));
  for (const f of extra) {
    const kind = f.tried.kind ?? f.tried.linkKind;
    plans.push({
      name: stem(plans.length, kind),
      entry: { role: 'document', kind, consent: null, documentUrl: f.input!.url ?? f.tried.url },
      artifacts: { notice: f.input!, page: capture.page, ...(first ? { environment: first.environment } : {}) },
    });
  }
  // No readable notice: the home page stands in, so the cookies the site set are still audited.
  // The home page capture is the DOM after load (page.content()), so it is read as rendered.
  const homePage: DocumentInput = { format: 'html', url: capture.page.url, html: capture.page.html ?? '', readFrom: 'rendered' };
  if (!main && first) {
    plans.push({
      name: stem(plans.length, 'home-page-cookies'),
      entry: { role: 'home-page-cookies', kind: 'cookie-notice', consent: first.consent, documentUrl: capture.page.url },
      artifacts: {
        notice: homePage,
        observedCookies: first.observedCookies,
        ...(consentStates.length ? { consentStates } : {}),
        page: capture.page,
        environment: first.environment,
        discovery,
      },
    });
  }
  for (const c of capture.captures.slice(1)) {
    // Without a consent manager nothing was clicked: that jar is the first one again.
    if (c.operated === 'no-consent-manager') continue;
    const base = main?.artifacts ?? { notice: homePage, page: capture.page };
    plans.push({
      name: stem(plans.length, `cookies-${c.consent}`),
      entry: { role: 'consent-state', kind: main?.kind ?? 'cookie-notice', consent: c.consent, documentUrl: base.notice.url ?? null },
      artifacts: { ...base, observedCookies: c.observedCookies, environment: c.environment },
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
  return runAudit(ArtifactsSchema.parse(artifacts), {
    asOf: clock.asOf,
    kind: entry.kind,
    auditedAt: clock.auditedAt,
    phase: clock.phase ?? 'auto',
  });
}
