// The cookie notice's scope, declared rows and near-miss names, as the cookie comparison read them for this audit.
import { readCookieNotice, type CookieNoticeFacts } from '../../cookies';
import type { AuditContext } from '../types';

export function cookieNoticeFacts(ctx: AuditContext): CookieNoticeFacts | null {
  if (!ctx.cookieNotice) return null;
  return ctx.cookieAnalysis?.notice ?? ctx.memo.once(readCookieNotice, ctx.cookieNotice.doc);
}
