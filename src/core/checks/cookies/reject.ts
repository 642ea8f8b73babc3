// Whether "Reject" works: the cookies seen after the visitor rejected, judged by the one consent rule. An addition
// beyond the canonical checklist (ck-reject-honoured), fed by a capture of each consent state where one exists.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import type { Evidence, ObservedCookieResult } from '../../report';
import { afterRejectStatus } from '../../cookies/consent-rules';
import type { ChecklistItem } from '../../schema/checklist';
import { verdictFor } from '../verdict';

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

/** Why there is no capture after a reject. */
function noCapture(ctx: AuditContext, item: ChecklistItem): Verdict {
  const tried = ctx.consentStates?.find((s) => s.requested === 'reject');
  if (!ctx.cookies?.capture && !ctx.consentStates?.length) return verdictFor(item, 'not-applicable', 'no-capture');
  if (tried?.outcome === 'no-consent-manager' || (!tried && ctx.cookies?.capture?.consentBanner === 'none-found')) {
    if (!tried) return verdictFor(item, 'needs-review', 'no-banner');
    return verdictFor(item, 'needs-review', 'no-consent-manager', [], { note: tried.note });
  }
  if (tried) return verdictFor(item, 'needs-review', 'reject-not-captured', [], { note: tried.note });
  return verdictFor(item, 'needs-review', 'reject-not-tried');
}

export const COOKIES_REJECT_CHECKS: CheckDefinition[] = [
  defineCheck({
    id: 'ck-reject-honoured',
    optionsSchema: z.object({}).passthrough(),
    evaluate(ctx, _options, item): Verdict {
      const cookies = afterReject(ctx);
      if (cookies === null) return noCapture(ctx, item);
      const breaches = cookies.filter((c) => afterRejectStatus(c) === 'fail');
      if (breaches.length) {
        return verdictFor(item, 'fail', breaches.length === 1 ? 'needing-consent-set-one' : 'needing-consent-set', evidence(breaches), {
          count: String(breaches.length),
          cookies: listed(breaches),
        });
      }
      const unclear = cookies.filter((c) => afterRejectStatus(c) === 'needs-review');
      if (unclear.length) {
        return verdictFor(item, 'needs-review', unclear.length === 1 ? 'unclear-set-one' : 'unclear-set', evidence(unclear), {
          cookies: listed(unclear),
        });
      }
      return verdictFor(item, 'pass', 'only-necessary', [], { count: String(cookies.length) });
    },
  }),
];
