// The summary leads with what could not be judged: an empty page (even after its scripts ran) never reads as "nothing missing".
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/core/run-audit';

const asOf = '2026-11-23';
const SHELL =
  '<!doctype html><html><head><title>Our school</title><script src="/app.js"></script></head><body><div id="app"></div></body></html>';
const observedCookies = {
  pageUrl: 'https://school.example.sch.uk/',
  capturedAt: '2026-11-23T10:00:00Z',
  consent: 'none-given' as const,
  cookies: [{ name: 'PHPSESSID', value: 'x', domain: 'school.example.sch.uk', path: '/', expires: -1, httpOnly: true }],
};

describe('summary of what could not be judged', () => {
  it('a rendered page with no text says so first, and never "Nothing required is missing"', () => {
    const r = runAudit(
      { notice: { format: 'html', url: 'https://school.example.sch.uk/privacy', html: SHELL, readFrom: 'rendered', servedHtml: SHELL } },
      { asOf },
    );
    expect(r.summary.headline[0]).toBe('Could not read the page: it has no text, even after scripts ran.');
    expect(r.summary.headline.join(' ')).not.toMatch(/Nothing required is missing/);
    expect(r.items.every((i) => i.status === 'needs-review')).toBe(true);
  });

  it('a served shell whose scripts never ran says that instead', () => {
    const r = runAudit({ notice: { format: 'html', html: SHELL } }, { asOf });
    expect(r.summary.headline[0]).toBe('Could not read the page: it has no readable text as served, and its scripts were not run.');
  });

  it('an empty cookie policy page is not scored "Missing: cookie notice": its cookie checks could not be judged', () => {
    const r = runAudit({ notice: { format: 'html', html: SHELL, readFrom: 'rendered' }, observedCookies }, { asOf, kind: 'cookie-notice' });
    const cookieItems = r.items.filter((i) => i.area === 'cookies');
    expect(cookieItems.length).toBeGreaterThan(5);
    expect(cookieItems.every((i) => i.status === 'needs-review')).toBe(true);
    expect(r.items.filter((i) => i.area !== 'cookies').every((i) => i.status === 'not-applicable')).toBe(true);
    expect(r.summary.headline[0]).toMatch(/^Could not read the page: it has no text, even after scripts ran/);
    expect(r.summary.headline.join(' ')).not.toMatch(/Missing:|Nothing required is missing/);
    expect(r.summary.headline.join(' ')).toMatch(/the cookie table could not be read/);
  });

  it('gives the reasons after a colon, mid-sentence, though each message is a sentence of its own', () => {
    // Written for this test: Welsh about a school's use of pupil information, which the checks leave for a Welsh reader.
    const welsh = [
      'Hysbysiad Preifatrwydd Ysgol Gynradd Bryn Awel',
      'Mae Ysgol Gynradd Bryn Awel yn casglu gwybodaeth am ddisgyblion er mwyn eu haddysgu a gofalu amdanynt.',
      'Rydym yn cadw manylion cyswllt rhieni a gofalwyr fel y gallwn gysylltu â chi mewn argyfwng.',
    ].join('\n\n');
    const r = runAudit({ notice: { format: 'text', text: welsh } }, { asOf });
    expect(r.items.some((i) => i.message.startsWith('Written in Welsh: needs a Welsh reader'))).toBe(true);
    expect(r.summary.headline[0]).toMatch(
      /^\d+ of \d+ checks could not be judged and need a person to look: written in Welsh: needs a Welsh reader/,
    );
    expect(r.summary.headline[0]).not.toMatch(/\.;|\.\.$/);
  });

  it('a readable notice keeps its usual headline', () => {
    const r = runAudit(
      { notice: { format: 'html', html: '<h1>Privacy notice</h1><p>We hold pupil data to support learning.</p>', readFrom: 'rendered' } },
      { asOf },
    );
    expect(r.summary.headline[0]).toMatch(/^\d+ required items? missing · /);
    expect(r.summary.headline[1]).toMatch(/^Missing: /);
  });
});
