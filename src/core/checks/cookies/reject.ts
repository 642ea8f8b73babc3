// Whether "Reject" works: the cookies seen after the visitor rejected, judged by the one consent rule. An addition
// beyond the canonical checklist (ck-reject-honoured), fed by a capture of each consent state where one exists.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import type { Evidence, ObservedCookieResult } from '../../report';
import { afterRejectStatus } from '../../cookies/consent-rules';

function listed(cookies: readonly ObservedCookieResult[], max = 6): string {
  const shown = cookies.slice(0, max).map((c) => `${c.name} (${c.category})`);
  return `${shown.join(', ')}${cookies.length > max ? ` and ${cookies.length - max} more` : ''}`;
}

function evidence(cookies: readonly ObservedCookieResult[]): Evidence[] {
  return cookies.slice(0, 5).map((c) => ({
    text: `${c.name} (${c.domain}; ${c.category}${c.vendor ? `, ${c.vendor}` : ''})`,
    where: 'observed cookies, captured after the visitor rejected cookies',
  }));
}

/** The cookies present after a reject: the main capture when it was taken after one, else the reject state tried. */
function afterReject(ctx: AuditContext): ObservedCookieResult[] | null {
  if (ctx.cookies?.capture?.consent === 'rejected') return ctx.cookies.observed;
  const state = ctx.consentStates?.find((s) => s.requested === 'reject' && s.outcome === 'done' && s.cookies);
  return state?.cookies?.observed ?? null;
}

/** Why there is no capture after a reject, in plain words. */
function noCapture(ctx: AuditContext): Verdict {
  const tried = ctx.consentStates?.find((s) => s.requested === 'reject');
  if (!ctx.cookies?.capture && !ctx.consentStates?.length) {
    return {
      status: 'not-applicable',
      message: 'no cookies were captured from the site, so what a reject leaves behind could not be seen',
      evidence: [],
    };
  }
  if (tried?.outcome === 'no-consent-manager' || (!tried && ctx.cookies?.capture?.consentBanner === 'none-found')) {
    if (!tried)
      return {
        status: 'needs-review',
        message: 'no consent banner was found, so there was nothing to reject: the cookies were set on arrival',
        evidence: [],
      };
    return { status: 'needs-review', message: `no consent banner was found, so there was nothing to reject (${tried.note})`, evidence: [] };
  }
  if (tried) return { status: 'needs-review', message: `cookies could not be captured after rejecting: ${tried.note}`, evidence: [] };
  return {
    status: 'needs-review',
    message: 'the cookies were not captured after rejecting them: reject cookies in the banner, reload, and audit again',
    evidence: [],
  };
}

export const COOKIES_REJECT_CHECKS: CheckDefinition[] = [
  defineCheck({
    id: 'ck-reject-honoured',
    optionsSchema: z.object({}).passthrough(),
    evaluate(ctx): Verdict {
      const cookies = afterReject(ctx);
      if (cookies === null) return noCapture(ctx);
      const breaches = cookies.filter((c) => afterRejectStatus(c) === 'fail');
      if (breaches.length) {
        return {
          status: 'fail',
          message: `After "Reject", ${breaches.length === 1 ? 'a cookie that needs consent was' : `${breaches.length} cookies that need consent were`} still set: ${listed(breaches)}.`,
          evidence: evidence(breaches),
        };
      }
      const unclear = cookies.filter((c) => afterRejectStatus(c) === 'needs-review');
      if (unclear.length) {
        return {
          status: 'needs-review',
          message: `After "Reject", ${listed(unclear)} ${unclear.length === 1 ? 'was' : 'were'} still set: check whether ${unclear.length === 1 ? 'it is' : 'they are'} strictly necessary.`,
          evidence: evidence(unclear),
        };
      }
      return { status: 'pass', message: `After "Reject", only strictly necessary cookies were set (${cookies.length}).`, evidence: [] };
    },
  }),
];
