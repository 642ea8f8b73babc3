// Flag detectors for the cookie checks: undeclared, unseen, vendor-only and misspelt cookie entries, and early cookies.
import type { AuditContext, FlagDetector } from '../types';
import type { Evidence, ObservedCookieResult } from '../../report';
import { cookieNoticeFacts } from './notice-facts';
import type { DeclaredRow } from '../../cookies/declared';
import { setWithoutConsent } from '../../cookies/consent-rules';
import { describeCapture } from '../../cookies/describe';

const MAX_EVIDENCE = 10;

function where(ctx: AuditContext): string {
  const capture = ctx.cookies?.capture;
  return `observed cookies, captured ${capture ? describeCapture(capture) : 'with the consent state unknown'}`;
}

function cookieText(c: ObservedCookieResult): string {
  return `${c.name} on ${c.domain} (${c.category}${c.vendor ? `, ${c.vendor}` : ''})`;
}

function rowsOf(ctx: AuditContext): DeclaredRow[] {
  return cookieNoticeFacts(ctx)?.rows ?? [];
}

export const COOKIE_FLAGS: FlagDetector[] = [
  {
    id: 'undeclared-cookie',
    detect: (ctx) =>
      (ctx.cookies?.observed ?? [])
        .filter((c) => c.declared === 'no')
        .slice(0, MAX_EVIDENCE)
        .map((c) => ({ text: cookieText(c), where: where(ctx) })),
  },
  {
    // Informational: a declared cookie may be set on another page or only after login or consent.
    id: 'declared-not-observed',
    detect: (ctx) => {
      const analysis = ctx.cookieAnalysis;
      if (!analysis?.observedGiven || !analysis.matched.length) return [];
      const hit = new Set(analysis.matched.map((m) => m.row).filter((r): r is DeclaredRow => r !== null));
      return rowsOf(ctx)
        .filter((r) => !hit.has(r))
        .slice(0, MAX_EVIDENCE)
        .map((r) => ({ text: r.quote.slice(0, 200), where: r.where }));
    },
  },
  {
    id: 'vendor-only-declaration',
    detect: (ctx) => {
      const out: Evidence[] = rowsOf(ctx)
        .filter((r) => r.providerOnly)
        .map((r) => ({ text: r.quote.slice(0, 200), where: r.where }));
      for (const c of ctx.cookies?.observed ?? [])
        if (c.declared === 'vendor-only')
          out.push({ text: `${cookieText(c)} is covered only by the entry "${c.matchedEntry}"`, where: where(ctx) });
      return out.slice(0, MAX_EVIDENCE);
    },
  },
  {
    id: 'near-miss-cookie-name',
    detect: (ctx) => {
      const nearMisses = cookieNoticeFacts(ctx)?.nearMisses ?? [];
      const out: Evidence[] = nearMisses.map((n) => ({
        text: `${n.declared} (the real cookie is ${n.known.entry.name})`,
        where: n.row.where,
      }));
      for (const c of ctx.cookies?.observed ?? [])
        if (c.declared === 'near-miss') out.push({ text: `${c.name} is declared as "${c.matchedEntry}"`, where: where(ctx) });
      return out.slice(0, MAX_EVIDENCE);
    },
  },
  {
    id: 'non-essential-before-consent',
    detect: (ctx) =>
      (ctx.cookies?.observed ?? [])
        .filter(setWithoutConsent)
        .slice(0, MAX_EVIDENCE)
        .map((c) => ({ text: cookieText(c), where: where(ctx) })),
  },
];
