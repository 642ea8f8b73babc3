// Evaluators for the cookies checks (checklist.md §3): the cookie notice's text and table, and the cookies the site really set.
import { z } from 'zod';
import { defineCheck, type AuditContext, type CheckDefinition, type Verdict } from '../types';
import { evidenceOf, phrases } from '../match';
import { quoteSentence, type Sentence } from '../../analysis/notice-text';
import type { CookieSection, Evidence, ObservedCookieResult } from '../../report';
import type { CookieNoticeFacts } from '../../cookies';
import { cookieNoticeFacts } from './notice-facts';
import type { DeclaredRow } from '../../cookies/declared';
import { exceedsDeclared, type MatchedCookie } from '../../cookies/match';
import { findKnownCookies } from '../../cookies/known-cookies';
import { vendorForDomain, vendorsNamedIn, type CookieCategory, type Vendor } from '../../cookies/vendors';
import { registrableDomain } from '../../cookies/party';
import { findDate, monthsBetween } from '../../cookies/dates';
import { inScope, isCombinedTitle } from '../../cookies/scope';
import { COOKIES_ITEMS } from './items';
import { needsConsent, setWithoutConsent as setWithoutItsConsent } from '../../cookies/consent-rules';
import { describeCapture, describeExpiry } from '../../cookies/describe';
import type { ChecklistItem } from '../../schema/checklist';
import { messageFor, verdictFor, type MessageValues } from '../verdict';

const phraseList = z.array(z.string().min(1)).default([]);
// Vendors whose tools record individual sessions: outside the statistical-purposes exception (ICO, S19).
const SESSION_RECORDING = new Set(['hotjar', 'microsoft-clarity']);
const EMBED_VENDORS = new Set([
  'youtube',
  'vimeo',
  'facebook',
  'x-twitter',
  'instagram',
  'google-maps',
  'issuu',
  'tiktok',
  'linkedin',
  'pinterest',
]);

// ---- What every cookie check reads ----

interface CookieView {
  /** A cookie notice was given or found. */
  hasNotice: boolean;
  facts: CookieNoticeFacts | null;
  /** Sentences inside the cookie content (headings included). */
  sentences: Sentence[];
  lower: string;
  rows: DeclaredRow[];
  observedGiven: boolean;
  matched: MatchedCookie[];
  observed: ObservedCookieResult[];
  consent: string | null;
  capture: CookieSection['capture'] | null;
  links: { text: string; href: string | null; where: string }[];
  /** Category a declared row stands for (looked up once per row). */
  rowCategory(row: DeclaredRow): CookieCategory | null;
}

/** The cookie notice as every cookie check reads it, built once per audit. */
/**
 * The title of the website privacy policy the cookie content belongs to, when the cookie notice is that policy itself
 * ("Privacy and cookies policy") rather than a cookie notice of its own or one appended to a pupil notice.
 */
function insidePrivacyPolicy(ctx: AuditContext): Evidence | null {
  const doc = ctx.cookieNotice?.doc;
  if (!doc || doc !== ctx.doc) return null;
  const title = doc.title ?? doc.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  if (ctx.kind !== 'website-privacy-policy' && !isCombinedTitle(title)) return null;
  return { text: title || 'website privacy policy', where: 'document title' };
}

function viewOf(ctx: AuditContext): CookieView {
  return ctx.memo.once(buildView, ctx);
}

function buildView(ctx: AuditContext): CookieView {
  const notice = ctx.cookieNotice ?? null;
  const facts = cookieNoticeFacts(ctx);
  const sentences = notice && facts ? notice.text.sentences.filter((s) => inScope(facts.scope, s.block)) : [];
  const analysis = ctx.cookieAnalysis;
  const matched = analysis?.matched ?? [];
  const categories = new Map<DeclaredRow, CookieCategory | null>();
  const view: CookieView = {
    hasNotice: notice !== null && facts !== null && (facts.rows.length > 0 || sentences.length > 0),
    facts,
    sentences,
    // URLs are left out: "google.com/policies/privacy" in a YouTube row does not name Google as a cookie setter.
    lower: sentences.map((s) => s.lower.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')).join('\n'),
    rows: facts?.rows ?? [],
    observedGiven: analysis?.observedGiven ?? ctx.cookies?.capture !== undefined,
    matched,
    observed: ctx.cookies?.observed ?? [],
    consent: analysis?.consent ?? ctx.cookies?.capture?.consent ?? null,
    capture: ctx.cookies?.capture ?? null,
    links:
      notice && facts
        ? notice.doc.links
            .filter((l) => inScope(facts.scope, l.block))
            .map((l) => ({ text: l.text, href: l.href, where: notice.doc.blocks[l.block]?.where ?? 'cookie notice' }))
        : [],
    rowCategory: (row) => {
      if (!categories.has(row)) categories.set(row, categoryOfRow(row));
      return categories.get(row)!;
    },
  };
  return view;
}

function find(v: CookieView, list: readonly string[], exclude?: RegExp): Sentence[] {
  if (!list.length) return [];
  const re = phrases(list);
  return v.sentences.filter((s) => re.test(s.text) && !(exclude && exclude.test(s.text)));
}

function quote(sentences: readonly Sentence[], list?: readonly string[], max = 3): Evidence[] {
  return evidenceOf(sentences, list?.length ? phrases(list) : undefined, max);
}

function rowEvidence(rows: readonly DeclaredRow[], max = 4): Evidence[] {
  return rows.slice(0, max).map((r) => ({ text: r.quote.slice(0, 200), where: r.where }));
}

/** Under which consent state the cookies were captured, in the same words the popup and reports use. */
function consentLabel(v: CookieView): string {
  return `captured ${v.capture ? describeCapture(v.capture) : 'with the consent state unknown'}`;
}

function cookieEvidence(v: CookieView, cookies: readonly ObservedCookieResult[], max = 5): Evidence[] {
  return cookies.slice(0, max).map((c) => ({
    text: `${c.name} (${c.domain}; ${c.category}${c.vendor ? `, ${c.vendor}` : ''}${c.expiresInDays !== null ? `; ${describeExpiry(c.expiresInDays).toLowerCase()}` : ''})`,
    where: `observed cookies, ${consentLabel(v)}`,
  }));
}

function names(cookies: readonly ObservedCookieResult[], max = 6): string {
  const shown = cookies.slice(0, max).map((c) => c.name);
  return `${shown.join(', ')}${cookies.length > max ? ` and ${cookies.length - max} more` : ''}`;
}

/** The item's reason for one thing (`one`) or for several (`many`): the words differ, not just the count. */
function byCount(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** No cookie notice to read: each check says what that leaves missing. */
const noNotice = (item: ChecklistItem): Verdict => verdictFor(item, 'fail', 'no-notice');

/** Category a declared row stands for, from the knowledge base (its names) or its vendor. */
function categoryOfRow(row: DeclaredRow): CookieCategory | null {
  let category: CookieCategory | null = row.vendor?.defaultCategory ?? null;
  for (const n of row.names) {
    const k = findKnownCookies(n);
    if (k[0]) {
      category = k[0].entry.category;
      break;
    }
  }
  return category;
}

/** Non-exempt cookies seen without consent (none given, or after reject). */
function setWithoutConsent(v: CookieView, skipAnalytics: boolean): ObservedCookieResult[] {
  return v.observed.filter((c) => setWithoutItsConsent(c) && !(skipAnalytics && c.category === 'analytics'));
}

// ---- Shared judgements used by more than one check ----

interface ConsentMechanism {
  implied: Sentence[];
  browserOnly: Sentence[];
  optIn: Sentence[];
  reject: Sentence[];
}

const ConsentOptions = z.object({
  impliedConsent: phraseList,
  browserOnly: phraseList,
  boilerplate: phraseList,
  optIn: phraseList,
  reject: phraseList,
});
type ConsentOptions = z.infer<typeof ConsentOptions>;

function consentMechanism(v: CookieView, o: ConsentOptions): ConsentMechanism {
  const boiler = o.boilerplate.length ? phrases(o.boilerplate) : undefined;
  // Browser sentences ("you can choose to accept or decline cookies ... browser settings") are not an opt-in.
  const browserish = /\bbrowsers?\b/i;
  const optIn = find(v, o.optIn, boiler).filter((s) => !browserish.test(s.text));
  return {
    implied: find(v, o.impliedConsent),
    browserOnly: find(v, o.browserOnly, boiler),
    optIn,
    reject: find(v, o.reject).filter((s) => !browserish.test(s.text)),
  };
}

interface AnalyticsFacts {
  present: boolean;
  evidence: Evidence[];
  vendors: Vendor[];
  observed: ObservedCookieResult[];
}

function analyticsFacts(v: CookieView, mention: readonly string[]): AnalyticsFacts {
  const rows = v.rows.filter((r) => v.rowCategory(r) === 'analytics');
  const prose = find(v, mention);
  const observed = v.observed.filter((c) => c.category === 'analytics');
  const vendors = new Map<string, Vendor>();
  for (const r of rows) if (r.vendor) vendors.set(r.vendor.id, r.vendor);
  for (const vendor of vendorsNamedIn(v.lower)) if (vendor.defaultCategory === 'analytics') vendors.set(vendor.id, vendor);
  for (const m of v.matched) if (m.result.category === 'analytics' && m.known) vendors.set(m.known.vendor.id, m.known.vendor);
  return {
    present: rows.length > 0 || prose.length > 0 || observed.length > 0,
    evidence: [...rowEvidence(rows, 2), ...quote(prose, mention, 2)],
    vendors: [...vendors.values()],
    observed,
  };
}

const ExceptionOptions = z.object({
  exceptionFrom: z.string().default('2026-02-05'),
  analyticsMention: phraseList,
  statisticalPurpose: phraseList,
  objectionRoute: phraseList,
  processor: phraseList,
});
type ExceptionOptions = z.infer<typeof ExceptionOptions>;

/** The conditions of the exception a notice gives (PECR Sch A1 para 5). */
interface ExceptionConditions {
  purpose: boolean;
  objection: boolean;
  processor: boolean;
}

/** How the exception was judged: the ck-analytics-exception reason, its values, and the conditions the notice gives. */
interface ExceptionJudgement {
  met: boolean;
  status: Verdict['status'];
  reason: string;
  values?: MessageValues;
  given?: ExceptionConditions;
  evidence: Evidence[];
}

/** Whether analytics set without consent can rely on PECR Sch A1 para 5 (in force 5 Feb 2026). */
function judgeException(ctx: AuditContext, v: CookieView, o: ExceptionOptions): ExceptionJudgement {
  const a = analyticsFacts(v, o.analyticsMention);
  const recording = a.vendors.filter((x) => SESSION_RECORDING.has(x.id));
  if (recording.length) {
    return {
      met: false,
      status: 'fail',
      reason: 'session-recording',
      values: { vendors: recording.map((x) => x.name).join(', ') },
      evidence: a.evidence,
    };
  }
  if (ctx.asOf < o.exceptionFrom) {
    return { met: false, status: 'fail', reason: 'before-exception', values: { from: o.exceptionFrom }, evidence: a.evidence };
  }
  const date = datedNotice(ctx, v);
  if (date && date.iso < o.exceptionFrom) {
    return {
      met: false,
      status: 'fail',
      reason: 'notice-predates-exception',
      values: { date: date.text, from: o.exceptionFrom },
      evidence: [...a.evidence.slice(0, 2), date.evidence],
    };
  }
  const boilerplate = priorConsentOptions()?.boilerplate ?? [];
  const purpose = find(v, o.statisticalPurpose, boilerplate.length ? phrases(boilerplate) : undefined);
  const object = find(v, o.objectionRoute);
  const processor = find(v, o.processor);
  const given = { purpose: purpose.length > 0, objection: object.length > 0, processor: processor.length > 0 };
  const evidence = [...quote(purpose, o.statisticalPurpose, 1), ...quote(object, o.objectionRoute, 1), ...quote(processor, o.processor, 1)];
  if (!given.objection) {
    return { met: false, status: 'fail', reason: 'no-objection-route', given, evidence: evidence.length ? evidence : a.evidence };
  }
  if (!given.purpose || !given.processor) return { met: false, status: 'partial', reason: 'conditions-missing', given, evidence };
  // ICO (S19): standard Google Analytics, where Google also uses the data for its own purposes, is unlikely to qualify.
  if (a.vendors.some((x) => x.id === 'google-analytics') && !processor.some((s) => /\bgoogle\b|data[- ]sharing/i.test(s.text))) {
    return { met: false, status: 'partial', reason: 'google-analytics-not-processor', evidence };
  }
  return { met: true, status: 'pass', reason: 'conditions-met', evidence };
}

interface NoticeDate {
  iso: string;
  text: string;
  evidence: Evidence;
}

function cookieNoticeDate(
  sentences: readonly Sentence[],
  cues: readonly string[] = [
    'last (?:updated|reviewed|revised|modified)',
    '\\bupdated\\b',
    'effective',
    '\\bversion\\b',
    '^date\\b',
    'review(?:ed)? (?:date|on)',
  ],
): NoticeDate | null {
  const re = phrases(cues);
  for (const s of sentences) {
    const cued = re.test(s.text);
    // A sentence that is only a date ("March 2026") also dates a notice; prose dates need a cue.
    if (!cued && s.text.length > 40) continue;
    const d = findDate(s.text);
    if (d) return { iso: d.iso, text: d.text, evidence: quoteSentence(s) };
  }
  return null;
}

/** The cookie notice's date; a privacy and cookies policy is one document, so its date covers its cookie section too. */
function datedNotice(ctx: AuditContext, v: CookieView, cues?: readonly string[]): NoticeDate | null {
  const own = cookieNoticeDate(v.sentences, cues);
  if (own || !insidePrivacyPolicy(ctx)) return own;
  return cookieNoticeDate(ctx.cookieNotice!.text.sentences, cues);
}

/** The site has cookies that need consent: from the table, the text, or the capture. */
function nonEssentialInPlay(v: CookieView, analyticsMention: readonly string[]): boolean {
  if (
    v.rows.some((r) => {
      const c = v.rowCategory(r);
      return c !== null && needsConsent(c);
    })
  )
    return true;
  if (v.observed.some((c) => needsConsent(c.category))) return true;
  if (find(v, analyticsMention).length) return true;
  return vendorsNamedIn(v.lower).some((x) => needsConsent(x.defaultCategory));
}

// ---- The checks ----

const CHECKS: CheckDefinition[] = [
  defineCheck({
    id: 'ck-notice-present',
    optionsSchema: z.object({}).passthrough(),
    evaluate: (ctx, _o, item) => {
      const v = viewOf(ctx);
      if (v.hasNotice && v.facts) {
        const doc = ctx.cookieNotice!.doc;
        const headings = doc.blocks
          .filter((b) => b.kind === 'heading' && inScope(v.facts!.scope, b.index) && /\bcookies?\b/i.test(b.text))
          .slice(0, 2);
        const evidence = headings.length
          ? headings.map((b) => ({ text: b.text, where: b.where }))
          : v.sentences.slice(0, 1).map((s) => quoteSentence(s));
        if (!v.rows.length) return verdictFor(item, 'pass', 'present-without-table', evidence);
        return verdictFor(item, 'pass', byCount(v.rows.length, 'present-with-one-entry', 'present-with-entries'), evidence, {
          count: String(v.rows.length),
        });
      }
      if (ctx.cookieNotice) return verdictFor(item, 'fail', 'nothing-about-cookies');
      if (!v.observedGiven || v.observed.length === 0) return verdictFor(item, 'needs-review', 'no-notice-no-cookies');
      return verdictFor(
        item,
        'fail',
        byCount(v.observed.length, 'no-notice-one-cookie-set', 'no-notice-cookies-set'),
        cookieEvidence(v, v.observed),
        { count: String(v.observed.length), names: names(v.observed) },
      );
    },
  }),
  defineCheck({
    id: 'ck-names-listed',
    optionsSchema: z.object({ unnamedCategory: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const near = new Set((v.facts?.nearMisses ?? []).map((n) => n.row));
      const named = v.rows.filter((r) => r.names.length > 0 && !near.has(r));
      const vendorOnly = v.rows.filter((r) => r.providerOnly);
      const labels = v.rows.filter((r) => r.label !== null);
      const hasAnalyticsRow = v.rows.some((r) => v.rowCategory(r) === 'analytics');
      const unnamedProse = hasAnalyticsRow ? [] : find(v, o.unnamedCategory);
      const nearEv: Evidence[] = (v.facts?.nearMisses ?? []).slice(0, 2).map((n) => ({ text: n.declared, where: n.row.where }));
      const problems = [
        nearEv.length
          ? messageFor(item, byCount(near.size, 'near-miss-one-note', 'near-miss-note'), {
              count: String(near.size),
              pairs: (v.facts?.nearMisses ?? [])
                .map((n) => `${n.declared} vs ${n.known.entry.name}`)
                .slice(0, 2)
                .join('; '),
            })
          : null,
        vendorOnly.length
          ? messageFor(item, byCount(vendorOnly.length, 'company-only-one-note', 'company-only-note'), {
              count: String(vendorOnly.length),
              companies: vendorOnly
                .slice(0, 4)
                .map((r) => r.provider)
                .join(', '),
            })
          : null,
        labels.length
          ? messageFor(item, byCount(labels.length, 'type-only-one-note', 'type-only-note'), { count: String(labels.length) })
          : null,
        unnamedProse.length ? messageFor(item, 'unnamed-prose-note') : null,
      ].filter((p): p is string => p !== null);
      const evidence = [...nearEv, ...rowEvidence(vendorOnly, 2), ...rowEvidence(labels, 1), ...quote(unnamedProse, o.unnamedCategory, 1)];
      if (!v.rows.length)
        return verdictFor(
          item,
          'fail',
          unnamedProse.length ? 'types-without-names' : 'no-cookie-table',
          quote(unnamedProse, o.unnamedCategory, 2),
        );
      if (!named.length)
        return verdictFor(
          item,
          problems.length && (nearEv.length || vendorOnly.length) ? 'partial' : 'fail',
          problems.length ? 'no-real-names' : 'no-real-names-unexplained',
          evidence,
          { problems: problems.join('; ') },
        );
      if (problems.length)
        return verdictFor(
          item,
          'partial',
          byCount(named.length, 'one-named', 'some-named'),
          [...rowEvidence(named, 1), ...evidence].slice(0, 6),
          { count: String(named.length), problems: problems.join('; ') },
        );
      return verdictFor(item, 'pass', 'all-named', rowEvidence(named, 3), {
        names: named
          .flatMap((r) => r.names)
          .slice(0, 6)
          .join(', '),
      });
    },
  }),
  defineCheck({
    id: 'ck-purposes',
    optionsSchema: z.object({ purposeWords: phraseList, notPurpose: phraseList, prosePurpose: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const purposeRe = phrases(o.purposeWords);
      const notRe = o.notPurpose.length ? phrases(o.notPurpose) : null;
      // A row has a purpose when one of its sentences says what the cookie does, not just when or by whom it is set.
      const hasPurpose = (r: DeclaredRow) =>
        (r.purpose ?? '').split(/(?<=[.!?])\s+/).some((s) => {
          if (!purposeRe.test(s)) return false;
          if (notRe && notRe.test(s)) return purposeRe.test(s.replace(new RegExp(notRe.source, 'gi'), ''));
          return true;
        });
      const withPurpose = v.rows.filter(hasPurpose);
      const without = v.rows.filter((r) => !hasPurpose(r));
      const prose = find(v, o.prosePurpose);
      const ev = (rows: DeclaredRow[]) => rows.slice(0, 2).map((r) => ({ text: (r.purpose ?? r.quote).slice(0, 200), where: r.where }));
      if (!v.rows.length) {
        return prose.length
          ? verdictFor(item, 'partial', 'general-only', quote(prose, o.prosePurpose))
          : verdictFor(item, 'fail', 'none-given');
      }
      if (!without.length) return verdictFor(item, 'pass', 'every-entry', ev(withPurpose), { count: String(v.rows.length) });
      const missingList = without
        .slice(0, 4)
        .map((r) => r.names[0] ?? r.provider ?? r.quote)
        .join(', ');
      if (!withPurpose.length) {
        return verdictFor(item, prose.length ? 'partial' : 'fail', 'no-entry', [...ev(without), ...quote(prose, o.prosePurpose, 1)], {
          missing: missingList,
        });
      }
      return verdictFor(
        item,
        'partial',
        'some-entries',
        [...ev(withPurpose).slice(0, 1), ...quote(prose, o.prosePurpose, 1), ...ev(without)],
        {
          given: String(withPurpose.length),
          total: String(v.rows.length),
          missing: missingList,
        },
      );
    },
  }),
  defineCheck({
    id: 'ck-duration',
    optionsSchema: z.object({ proseDuration: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const dated = v.rows.filter((r) => r.duration !== null);
      const undated = v.rows.filter((r) => r.duration === null);
      const prose = find(v, o.proseDuration);
      const ev = dated.slice(0, 2).map((r) => ({ text: r.duration!, where: r.where }));
      if (v.rows.length && !undated.length) return verdictFor(item, 'pass', 'every-entry', ev, { count: String(v.rows.length) });
      if (dated.length)
        return verdictFor(item, 'partial', 'some-entries', [...ev, ...rowEvidence(undated, 2)], {
          given: String(dated.length),
          total: String(v.rows.length),
          missing: undated
            .slice(0, 4)
            .map((r) => r.names[0] ?? r.provider ?? r.quote)
            .join(', '),
        });
      if (prose.length) return verdictFor(item, 'partial', 'general-only', quote(prose, o.proseDuration));
      return verdictFor(
        item,
        'fail',
        v.rows.length ? byCount(v.rows.length, 'none-for-one-entry', 'none-for-entries') : 'none-given',
        rowEvidence(v.rows, 2),
        {
          count: String(v.rows.length),
        },
      );
    },
  }),
  defineCheck({
    id: 'ck-third-parties',
    optionsSchema: z.object({ thirdPartyWords: phraseList, analyticsMention: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      const namedVendors = new Map<string, Vendor>();
      for (const r of v.rows) if (r.vendor && r.vendor.domains.length) namedVendors.set(r.vendor.id, r.vendor);
      for (const x of vendorsNamedIn(v.lower)) if (x.domains.length) namedVendors.set(x.id, x);
      // Third parties in play: the ones the site really brought in (capture) and the ones the notice names.
      const observedThird = v.matched.filter(
        (m) => m.result.party === 'third' || (m.known !== null && m.known.vendor.domains.length > 0 && needsConsent(m.result.category)),
      );
      const unnamedObserved = observedThird.filter((m) => {
        const vendorId = m.known?.vendor.id;
        const byName = m.result.vendor
          ? [...namedVendors.values()].some(
              (x) => x.name === m.result.vendor || x.id === vendorId || (x.id === 'google' && m.known?.vendor.owner === 'Google'),
            )
          : false;
        return !byName;
      });
      const a = analyticsFacts(v, o.analyticsMention);
      const analyticsUnnamed = a.present && !a.vendors.length && ![...namedVendors.values()].some((x) => x.defaultCategory === 'analytics');
      const generic = find(v, o.thirdPartyWords);
      if (!namedVendors.size && !observedThird.length && !a.present && !generic.length)
        return verdictFor(item, 'not-applicable', 'none-found');
      const namedEv: Evidence[] = [
        ...quote(generic, o.thirdPartyWords, 1),
        ...rowEvidence(
          v.rows.filter((r) => r.vendor && namedVendors.has(r.vendor.id)),
          2,
        ),
      ];
      const who = [...new Set(unnamedObserved.map((m) => m.result.vendor ?? m.result.domain))];
      const gaps = [
        analyticsUnnamed ? messageFor(item, 'analytics-unnamed-note') : null,
        who.length
          ? messageFor(item, byCount(who.length, 'company-unnamed-note', 'companies-unnamed-note'), {
              companies: who.slice(0, 4).join(', '),
            })
          : null,
      ].filter((g): g is string => g !== null);
      const gapEv = [
        ...(analyticsUnnamed ? a.evidence.slice(0, 1) : []),
        ...cookieEvidence(
          v,
          unnamedObserved.map((m) => m.result),
          3,
        ),
      ];
      const gapList = { gaps: gaps.join('; ') };
      if (!v.hasNotice) return verdictFor(item, 'fail', gaps.length ? 'no-notice' : 'no-notice-none-named', gapEv, gapList);
      if (!namedVendors.size)
        return verdictFor(
          item,
          'fail',
          gaps.length ? 'no-company-named-gaps' : 'no-company-named',
          [...quote(generic, o.thirdPartyWords, 1), ...gapEv],
          gapList,
        );
      const companies = [...namedVendors.values()]
        .map((x) => x.name)
        .slice(0, 6)
        .join(', ');
      if (gaps.length) return verdictFor(item, 'partial', 'named-with-gaps', [...namedEv, ...gapEv].slice(0, 6), { companies, ...gapList });
      return verdictFor(item, 'pass', 'named', namedEv, { companies });
    },
  }),
  defineCheck({
    id: 'ck-prior-consent',
    optionsSchema: ConsentOptions.extend({ exception: ExceptionOptions.partial().optional() }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      const exceptionOptions = exceptionOptionsFrom(o.exception);
      const exceptionMet = v.hasNotice && judgeException(ctx, v, exceptionOptions).met;
      const early = setWithoutConsent(v, exceptionMet);
      if (early.length) {
        const reason =
          v.consent === 'rejected'
            ? byCount(early.length, 'set-after-reject-one', 'set-after-reject')
            : byCount(early.length, 'set-before-consent-one', 'set-before-consent');
        return verdictFor(item, 'fail', reason, cookieEvidence(v, early), { count: String(early.length), names: names(early) });
      }
      if (!v.hasNotice) {
        const nonExempt = v.observed.filter((c) => needsConsent(c.category));
        if (!nonExempt.length) return verdictFor(item, 'not-applicable', 'no-notice-nothing-needing-consent');
        return verdictFor(
          item,
          'needs-review',
          byCount(nonExempt.length, 'no-notice-one-cookie-observed', 'no-notice-cookies-observed'),
          cookieEvidence(v, nonExempt),
          { count: String(nonExempt.length), captured: consentLabel(v) },
        );
      }
      const m = consentMechanism(v, o);
      if (m.implied.length) return verdictFor(item, 'fail', 'implied-consent', quote(m.implied, o.impliedConsent));
      const verifiedNote = messageFor(
        item,
        v.observedGiven && v.consent === 'none-given'
          ? 'verified-before-consent-note'
          : v.observedGiven && v.consent === 'accepted'
            ? 'not-verified-accepted-note'
            : v.observedGiven
              ? 'not-verified-unknown-note'
              : 'not-verified-no-capture-note',
      );
      if (m.optIn.length && m.reject.length)
        return verdictFor(item, 'pass', 'opt-in-with-reject', [...quote(m.optIn, o.optIn, 2), ...quote(m.reject, o.reject, 1)], {
          verifiedNote,
        });
      if (m.optIn.length) return verdictFor(item, 'partial', 'opt-in-without-reject', quote(m.optIn, o.optIn, 2), { verifiedNote });
      if (m.browserOnly.length) return verdictFor(item, 'fail', 'browser-settings-only', quote(m.browserOnly, o.browserOnly, 2));
      if (!nonEssentialInPlay(v, exceptionOptions.analyticsMention)) {
        return verdictFor(item, 'not-applicable', 'strictly-necessary-only', rowEvidence(v.rows, 2));
      }
      return verdictFor(item, 'fail', 'no-consent-mechanism');
    },
  }),
  defineCheck({
    id: 'ck-strictly-necessary-accuracy',
    optionsSchema: z.object({ categorised: phraseList, essentialClaim: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const essential = /\b(strictly necessary|essential|necessary)\b/i;
      const mislabelled = v.rows.filter((r) => {
        if (!r.declaredCategory || !essential.test(r.declaredCategory) || /\bnon-?essential\b/i.test(r.declaredCategory)) return false;
        const c = v.rowCategory(r);
        return c !== null && needsConsent(c);
      });
      if (mislabelled.length) {
        return verdictFor(item, 'fail', 'mislabelled', rowEvidence(mislabelled), {
          cookies: mislabelled
            .slice(0, 4)
            .map((r) => `${r.names[0] ?? r.provider ?? r.quote} (${v.rowCategory(r)})`)
            .join(', '),
        });
      }
      const claims = find(v, o.essentialClaim);
      const nonEssentialRows = v.rows.filter((r) => {
        const c = v.rowCategory(r);
        return c !== null && needsConsent(c);
      });
      const nonEssentialSeen = v.observed.filter((c) => needsConsent(c.category));
      if (claims.length && (nonEssentialRows.length || nonEssentialSeen.length)) {
        const evidence = [
          ...quote(claims, o.essentialClaim, 1),
          ...rowEvidence(nonEssentialRows, 2),
          ...cookieEvidence(v, nonEssentialSeen, 2),
        ];
        if (nonEssentialRows.length)
          return verdictFor(item, 'fail', 'essential-claim-but-listed', evidence, {
            cookies: nonEssentialRows
              .slice(0, 3)
              .map((r) => r.names[0] ?? r.provider)
              .join(', '),
          });
        return verdictFor(item, 'fail', 'essential-claim-but-set', evidence, { cookies: names(nonEssentialSeen, 3) });
      }
      const categorised = find(v, o.categorised);
      const rowCats = v.rows.filter((r) => r.declaredCategory !== null && r.shape === 'table');
      if (!categorised.length && !rowCats.length) return verdictFor(item, 'fail', 'not-categorised');
      return verdictFor(item, 'pass', 'categorised', [
        ...quote(categorised, o.categorised, 2),
        ...rowCats.slice(0, 1).map((r) => ({ text: r.declaredCategory!, where: r.where })),
      ]);
    },
  }),
  defineCheck({
    id: 'ck-withdraw-change',
    optionsSchema: z.object({ withdraw: phraseList, browserInstructions: phraseList, analyticsMention: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const browserish = /\bbrowsers?\b/i;
      const withdraw = find(v, o.withdraw).filter((s) => !browserish.test(s.text));
      if (withdraw.length) return verdictFor(item, 'pass', 'on-site-control', quote(withdraw, o.withdraw, 2));
      if (!nonEssentialInPlay(v, o.analyticsMention)) {
        return verdictFor(item, 'not-applicable', 'strictly-necessary-only');
      }
      const browser = find(v, o.browserInstructions);
      if (browser.length) return verdictFor(item, 'partial', 'browser-only', quote(browser, o.browserInstructions, 2));
      return verdictFor(item, 'fail', 'not-found');
    },
  }),
  defineCheck({
    id: 'ck-embedded-content',
    optionsSchema: z.object({ embedWords: phraseList, gated: phraseList, privacyMode: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      const disclosedVendors = new Map<string, Vendor>();
      for (const r of v.rows) if (r.vendor && EMBED_VENDORS.has(r.vendor.id)) disclosedVendors.set(r.vendor.id, r.vendor);
      for (const x of vendorsNamedIn(v.lower)) if (EMBED_VENDORS.has(x.id)) disclosedVendors.set(x.id, x);
      const embedSentences = find(v, o.embedWords);
      const seen = v.matched.filter(
        (m) => m.result.category === 'embed' || (m.result.party === 'third' && m.known !== null && EMBED_VENDORS.has(m.known.vendor.id)),
      );
      const undisclosed = seen.filter((m) => !(m.known && disclosedVendors.has(m.known.vendor.id)) && m.result.declared === 'no');
      if (!disclosedVendors.size && !embedSentences.length && !seen.length) return verdictFor(item, 'not-applicable', 'none-found');
      if (undisclosed.length) {
        const cookies = undisclosed.map((m) => m.result);
        return verdictFor(item, 'fail', 'undisclosed', cookieEvidence(v, cookies), { names: names(cookies) });
      }
      const disclosedEv = [
        ...quote(embedSentences, o.embedWords, 1),
        ...rowEvidence(
          v.rows.filter((r) => r.vendor && disclosedVendors.has(r.vendor.id)),
          1,
        ),
      ];
      if (!v.hasNotice)
        return verdictFor(
          item,
          'fail',
          'no-notice',
          cookieEvidence(
            v,
            seen.map((m) => m.result),
          ),
        );
      const earlyEmbeds = seen.filter((m) => m.result.beforeConsent === true && m.result.category === 'embed');
      const gated = find(v, o.gated);
      if (gated.length && !earlyEmbeds.length)
        return verdictFor(item, 'pass', 'gated', [...disclosedEv.slice(0, 1), ...quote(gated, o.gated, 1)]);
      if (earlyEmbeds.length) {
        const early = earlyEmbeds.map((m) => m.result);
        const evidence = [...disclosedEv.slice(0, 1), ...cookieEvidence(v, early, 3)];
        if (v.capture?.consentBanner === 'none-found')
          return verdictFor(item, 'partial', 'set-on-arrival', evidence, { names: names(early) });
        return verdictFor(item, 'partial', 'set-early', evidence, {
          capture: consentLabel(v).replace('captured ', ''),
          names: names(early),
        });
      }
      const privacy = find(v, o.privacyMode);
      if (privacy.length)
        return verdictFor(item, 'partial', 'privacy-mode', [...disclosedEv.slice(0, 1), ...quote(privacy, o.privacyMode, 1)]);
      return verdictFor(item, 'partial', 'not-gated', disclosedEv, {
        companies: [...disclosedVendors.values()].map((x) => x.name).join(', ') || 'embeds',
      });
    },
  }),
  defineCheck({
    id: 'ck-analytics-exception',
    optionsSchema: ExceptionOptions,
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      const a = analyticsFacts(v, o.analyticsMention);
      if (!a.present) return verdictFor(item, 'not-applicable', 'no-analytics');
      const earlyAnalytics = a.observed.filter((c) => c.beforeConsent === true);
      const consentCheck = priorConsentOptions();
      const mechanism = v.hasNotice && consentCheck ? consentMechanism(v, consentCheck) : null;
      // Analytics behind an opt-in do not rely on the exception (unless the capture shows them set without consent).
      if (mechanism && mechanism.optIn.length && !mechanism.implied.length && !earlyAnalytics.length) {
        return verdictFor(item, 'not-applicable', 'consent-based', quote(mechanism.optIn, undefined, 1));
      }
      if (!v.hasNotice) {
        const cookies = earlyAnalytics.length ? earlyAnalytics : a.observed;
        return verdictFor(item, 'fail', 'no-notice', cookieEvidence(v, cookies), { names: names(cookies) });
      }
      const judged = judgeException(ctx, v, o);
      const given = judged.given;
      const missing = [
        given && !given.purpose ? messageFor(item, 'statistical-purpose-note') : null,
        given && !given.objection ? messageFor(item, 'objection-route-note') : null,
        given && !given.processor ? messageFor(item, 'processor-note') : null,
      ]
        .filter((m): m is string => m !== null)
        // Listed with "," where the way to object is missing too, with "or" where it is given.
        .join(given?.objection ? ' or ' : ', ');
      return verdictFor(item, judged.status, judged.reason, [...judged.evidence, ...cookieEvidence(v, earlyAnalytics, 2)].slice(0, 6), {
        ...judged.values,
        missing,
      });
    },
  }),
  defineCheck({
    id: 'ck-current-law',
    optionsSchema: z.object({ obsolete: phraseList, current: phraseList, amended: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const obsolete = find(v, o.obsolete);
      if (obsolete.length) return verdictFor(item, 'fail', 'outdated', quote(obsolete, o.obsolete, 3));
      const amended = find(v, o.amended);
      if (amended.length) return verdictFor(item, 'pass', 'amended-law', quote(amended, o.amended, 1));
      const current = find(v, o.current);
      if (current.length) return verdictFor(item, 'partial', 'pecr-before-2026', quote(current, o.current, 1));
      return verdictFor(item, 'partial', 'no-law');
    },
  }),
  defineCheck({
    id: 'ck-last-updated',
    optionsSchema: z.object({ staleMonths: z.number().int().positive().default(24), dateCue: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const cues = o.dateCue.length ? o.dateCue : undefined;
      const date = datedNotice(ctx, v, cues);
      if (!date) return verdictFor(item, 'fail', 'undated');
      const age = monthsBetween(date.iso, ctx.asOf);
      if (age > o.staleMonths)
        return verdictFor(item, 'partial', 'stale', [date.evidence], { date: date.text, months: String(o.staleMonths), asOf: ctx.asOf });
      if (date.iso < '2021-01-01') return verdictFor(item, 'partial', 'before-uk-gdpr', [date.evidence], { date: date.text });
      return verdictFor(item, 'pass', 'dated', [date.evidence], { date: date.text });
    },
  }),
  defineCheck({
    id: 'ck-personal-data-link',
    optionsSchema: z.object({ privacyReference: phraseList, personalData: phraseList, misleading: phraseList }),
    evaluate: (ctx, o, item) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice(item);
      const refs = find(v, o.privacyReference).filter((s) => !/\b(their|its) (own )?privacy/i.test(s.text));
      // A link to the school's own privacy notice: on the school's site when its address is known, and named as a
      // privacy notice or policy (browser help pages and vendors' policies do not count).
      const site = registrableDomain(ctx.cookieNotice?.doc.source.url ?? ctx.doc.source.url);
      const linkRefs = v.links.filter((l) => {
        if (!/privacy[\s_-]*(?:notice|policy|statement)/i.test(`${l.text} ${l.href ?? ''}`)) return false;
        const host = registrableDomain(l.href);
        if (host && site) return host === site;
        return !(host && vendorForDomain(host)) && !/\b(their|its)\b/i.test(l.text);
      });
      const personal = find(v, o.personalData);
      const misleading = find(v, o.misleading);
      // A cookie section that is part of a website privacy policy sits inside the privacy information it would link to.
      const policy = insidePrivacyPolicy(ctx);
      const positive = [
        ...(policy ? [policy] : []),
        ...quote(refs, o.privacyReference, 1),
        ...linkRefs.slice(0, 1).map((l) => ({ text: l.text, where: l.where })),
        ...quote(personal, o.personalData, 1),
      ];
      if (positive.length && misleading.length)
        return verdictFor(item, 'partial', 'linked-with-misleading-claim', [
          ...positive.slice(0, 1),
          ...quote(misleading, o.misleading, 1),
        ]);
      if (positive.length) return verdictFor(item, 'pass', policy ? 'inside-privacy-policy' : 'linked', positive);
      if (misleading.length) return verdictFor(item, 'fail', 'misleading-claim', quote(misleading, o.misleading, 1));
      return verdictFor(item, 'fail', 'not-found');
    },
  }),
  defineCheck({
    id: 'ck-all-observed-declared',
    optionsSchema: z.object({}).passthrough(),
    evaluate: (ctx, _o, item) => {
      const v = viewOf(ctx);
      if (!v.observedGiven) return verdictFor(item, 'needs-review', 'no-capture');
      if (!v.observed.length) return verdictFor(item, 'needs-review', 'empty-capture');
      const undeclared = v.observed.filter((c) => c.declared === 'no');
      const undeclaredNeedingInfo = undeclared.filter((c) => c.category !== 'strictly-necessary');
      const loose = v.observed.filter((c) => c.declared === 'vendor-only' || c.declared === 'near-miss');
      if (undeclaredNeedingInfo.length)
        return verdictFor(
          item,
          'fail',
          byCount(undeclaredNeedingInfo.length, 'undeclared-one', 'undeclared'),
          cookieEvidence(v, undeclaredNeedingInfo),
          { count: String(undeclaredNeedingInfo.length), names: names(undeclaredNeedingInfo) },
        );
      if (undeclared.length || loose.length) {
        const problems = [
          undeclared.length
            ? messageFor(item, byCount(undeclared.length, 'unlisted-necessary-one-note', 'unlisted-necessary-note'), {
                count: String(undeclared.length),
                names: names(undeclared, 4),
              })
            : null,
          loose.length
            ? messageFor(item, byCount(loose.length, 'loosely-declared-one-note', 'loosely-declared-note'), {
                count: String(loose.length),
                pairs: loose
                  .slice(0, 4)
                  .map((c) => `${c.name} ~ ${c.matchedEntry}`)
                  .join(', '),
              })
            : null,
        ].filter((p): p is string => p !== null);
        return verdictFor(item, 'partial', 'roughly-declared', cookieEvidence(v, [...loose, ...undeclared]), {
          problems: problems.join('; '),
        });
      }
      return verdictFor(item, 'pass', byCount(v.observed.length, 'one-declared', 'all-declared'), cookieEvidence(v, v.observed, 3), {
        count: String(v.observed.length),
      });
    },
  }),
  defineCheck({
    id: 'ck-declared-durations-match',
    optionsSchema: z.object({ tolerance: z.number().positive().default(1.5) }),
    evaluate: (ctx, _o, item) => {
      const v = viewOf(ctx);
      if (!v.observedGiven) return verdictFor(item, 'needs-review', 'no-capture');
      const comparable = v.observed.filter(
        (c) => (c.declared === 'yes' || c.declared === 'near-miss') && c.expiresInDays !== null && c.declaredDays !== null,
      );
      if (!comparable.length) return verdictFor(item, 'not-applicable', 'nothing-to-compare');
      const longer = comparable.filter(exceedsDeclared);
      const life = (d: number | null) => (d === 0 ? 'session' : d === 1 ? '1 day' : `${d} days`);
      const line = (c: ObservedCookieResult) => ({
        text: `${c.name}: declared ${life(c.declaredDays)}, observed ${life(c.expiresInDays)}`,
        where: `observed cookies, ${consentLabel(v)}`,
      });
      const ev = longer.slice(0, 5).map(line);
      if (!longer.length)
        return verdictFor(item, 'pass', byCount(comparable.length, 'one-within', 'all-within'), comparable.slice(0, 2).map(line), {
          count: String(comparable.length),
        });
      return verdictFor(item, longer.length === comparable.length ? 'fail' : 'partial', 'some-longer', ev, {
        longer: String(longer.length),
        total: String(comparable.length),
        names: names(longer),
      });
    },
  }),
];

// Two checks read each other's phrases (consent <-> analytics exception): take them from the checklist data, whose
// options are written out in full and validated by the tests, so they are read as they stand.
const COOKIES_ITEM_OPTIONS = new Map(COOKIES_ITEMS.map((i) => [i.id, (i.options ?? {}) as Record<string, unknown>]));

function priorConsentOptions(): ConsentOptions | undefined {
  return COOKIES_ITEM_OPTIONS.get('ck-prior-consent') as ConsentOptions | undefined;
}

function exceptionOptionsFrom(partial: Partial<ExceptionOptions> | undefined): ExceptionOptions {
  const fromItem = COOKIES_ITEM_OPTIONS.get('ck-analytics-exception') as ExceptionOptions;
  return { ...fromItem, ...(partial ?? {}) };
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.where}|${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The cookie checks, each quoting any one piece of evidence once. */
export const COOKIES_CHECKS: CheckDefinition[] = CHECKS.map((c) => ({
  ...c,
  evaluate: (ctx, options, item) => {
    const v = c.evaluate(ctx, options, item);
    return { ...v, evidence: dedupe(v.evidence) };
  },
}));
