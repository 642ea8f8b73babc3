// Live `site` runs in headless Chromium: a school site written entirely by script audits the same as its static twin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { findBrowser } from '../../../src/cli/browser/find-browser';
import { runAudit } from '../../../src/core/run-audit';
import type { AuditReport } from '../../../src/core/report';
import { startSchoolSite, type SchoolSite } from '../../fixtures/site/server';

const tmp = mkdtempSync(join(tmpdir(), 'spa-twin-'));
let site: SchoolSite;
let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), setExit: () => {} });
  return { code, out, err };
}

interface SavedAudit {
  role: string;
  kind: string;
  artifacts: string;
  report: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** What must agree between the twins: per document kind, every check's status, and every observed cookie's row. */
function comparable(dir: string, host: string) {
  const manifest = readJson<{ audits: SavedAudit[] }>(join(dir, 'site.json'));
  const out: Record<string, { items: string[]; cookies: string[]; headline: string[] }> = {};
  for (const a of manifest.audits) {
    const r = readJson<AuditReport>(join(dir, a.report));
    out[`${a.role}:${a.kind}`] = {
      items: r.items.map((i) => `${i.id}=${i.status}`),
      cookies: (r.cookies?.observed ?? [])
        .map((c) =>
          [
            c.name,
            c.domain.replace(host, 'SCHOOL'),
            c.party,
            c.category,
            c.declared,
            c.expiresInDays ?? 'session',
            c.beforeConsent,
            c.httpOnly ?? '',
          ].join('|'),
        )
        .sort(),
      headline: r.summary.headline,
    };
  }
  return out;
}

beforeAll(async () => {
  site = await startSchoolSite();
});

afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasBrowser)('site command on a script-built school site', () => {
  it('reads the rendered pages, keeps the served shell, and audits the same as the static twin', async () => {
    const staticDir = join(tmp, 'static');
    const scriptDir = join(tmp, 'script');
    // Each run ends within the tool's own 90 s site limit, with a reported reason if it must; the test's bound is above both.
    const s = await run(['site', `${site.origin}/`, '--out', staticDir, '--timeout', '90']);
    expect(s.code, s.err).toBe(0);
    const j = await run(['site', `${site.scriptOrigin}/`, '--out', scriptDir, '--timeout', '90']);
    expect(j.code, j.err).toBe(0);

    const staticAudit = comparable(staticDir, new URL(site.origin).hostname);
    const scriptAudit = comparable(scriptDir, new URL(site.scriptOrigin).hostname);
    // One audit: the pupil notice, with the cookie notice and the cookies beside it.
    expect(Object.keys(staticAudit).sort()).toEqual(['document:pupil-notice']);
    expect(scriptAudit).toEqual(staticAudit);
    // The declared session cookie is matched to the table, in both.
    expect(scriptAudit['document:pupil-notice']!.cookies.find((c) => c.startsWith('PHPSESSID|'))).toMatch(
      /^PHPSESSID\|SCHOOL\|first\|strictly-necessary\|yes\|/,
    );
    expect(scriptAudit['document:pupil-notice']!.items).toContain('purposes=pass');

    // The artifacts keep both readings: the rendered DOM that was audited, and the empty shell the server sent.
    const manifest = readJson<{ audits: SavedAudit[] }>(join(scriptDir, 'site.json'));
    const mainArtifacts = readJson<{ cookieNotice: { readFrom?: string; html: string; servedHtml?: string } }>(
      join(scriptDir, manifest.audits.find((a) => a.kind === 'pupil-notice')!.artifacts),
    );
    const cookieArtifacts = { notice: mainArtifacts.cookieNotice };
    expect(cookieArtifacts.notice.readFrom).toBe('rendered');
    expect(cookieArtifacts.notice.html).toContain('PHPSESSID');
    expect(cookieArtifacts.notice.servedHtml).toContain('<div id="app"></div>');
    // Audited as served, the same page could not be read, and the summary says so first.
    const asServed = runAudit(
      { notice: { format: 'html', html: cookieArtifacts.notice.servedHtml! } },
      { asOf: '2026-11-23', kind: 'cookie-notice' },
    );
    expect(asServed.summary.headline[0]).toMatch(/^Could not read the page: it has no readable text as served/);
  }, 240_000);

  it('--from-artifacts re-audits the saved folder, and a folder saved before pages were rendered', async () => {
    const scriptDir = join(tmp, 'script');
    const before = comparable(scriptDir, 'x');
    const re = await run(['site', '--from-artifacts', scriptDir]);
    expect(re.code, re.err).toBe(0);
    expect(comparable(scriptDir, 'x')).toEqual(before);

    // The older artifact shape: the html field only, no readFrom or servedHtml.
    const manifest = readJson<{ audits: SavedAudit[] }>(join(scriptDir, 'site.json'));
    for (const a of manifest.audits) {
      const path = join(scriptDir, a.artifacts);
      const art = readJson<{ notice: Record<string, unknown>; cookieNotice?: Record<string, unknown> }>(path);
      for (const doc of [art.notice, art.cookieNotice]) {
        if (!doc) continue;
        delete doc.readFrom;
        delete doc.servedHtml;
        delete doc.readNote;
      }
      writeFileSync(path, JSON.stringify(art));
    }
    const old = await run(['site', '--from-artifacts', scriptDir]);
    expect(old.code, old.err).toBe(0);
    expect(comparable(scriptDir, 'x')).toEqual(before);
  }, 60_000);
});
