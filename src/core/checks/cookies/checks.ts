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
import { inScope } from '../../cookies/scope';
import { COOKIES_ITEMS } from './items';
import { needsConsent, setWithoutConsent as setWithoutItsConsent } from '../../cookies/consent-rules';
import { describeCapture, describeExpiry } from '../../cookies/describe';

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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const noNotice = (what: string): Verdict => ({ status: 'fail', message: `No cookie notice was given or found, so ${what}.`, evidence: [] });

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

/** Whether analytics set without consent can rely on PECR Sch A1 para 5 (in force 5 Feb 2026). */
function judgeException(ctx: AuditContext, v: CookieView, o: ExceptionOptions): Verdict & { met: boolean } {
  const a = analyticsFacts(v, o.analyticsMention);
  const recording = a.vendors.filter((x) => SESSION_RECORDING.has(x.id));
  if (recording.length) {
    return {
      met: false,
      status: 'fail',
      message: `${recording.map((x) => x.name).join(', ')} records individual visits, which the statistical-purposes exception does not cover: consent is needed.`,
      evidence: a.evidence,
    };
  }
  if (ctx.asOf < o.exceptionFrom) {
    return {
      met: false,
      status: 'fail',
      message: `Analytics are used, and before ${o.exceptionFrom} analytics cookies always needed prior consent (PECR reg 6).`,
      evidence: a.evidence,
    };
  }
  const date = cookieNoticeDate(v);
  if (date && date.iso < o.exceptionFrom) {
    return {
      met: false,
      status: 'fail',
      message: `The cookie notice is dated ${date.text}, before the exception existed (${o.exceptionFrom}), so it cannot rely on it: analytics need consent.`,
      evidence: [...a.evidence.slice(0, 2), date.evidence],
    };
  }
  const boilerplate = ConsentOptions.parse(COOKIES_ITEM_OPTIONS.get('ck-prior-consent') ?? {}).boilerplate;
  const purpose = find(v, o.statisticalPurpose, boilerplate.length ? phrases(boilerplate) : undefined);
  const object = find(v, o.objectionRoute);
  const processor = find(v, o.processor);
  const missing = [
    purpose.length ? null : 'the statistical purpose',
    object.length ? null : 'a simple, free way to object',
    processor.length ? null : "that the provider acts only as the school's processor",
  ].filter(Boolean);
  const evidence = [...quote(purpose, o.statisticalPurpose, 1), ...quote(object, o.objectionRoute, 1), ...quote(processor, o.processor, 1)];
  if (!object.length) {
    return {
      met: false,
      status: 'fail',
      message: `Analytics run without consent but the notice does not meet PECR Sch A1 para 5: it does not give ${missing.join(', ')}.`,
      evidence: evidence.length ? evidence : a.evidence,
    };
  }
  if (missing.length)
    return {
      met: false,
      status: 'partial',
      message: `Analytics run without consent; the notice offers a way to object but does not give ${missing.join(' or ')}.`,
      evidence,
    };
  // ICO (S19): standard Google Analytics, where Google also uses the data for its own purposes, is unlikely to qualify.
  if (a.vendors.some((x) => x.id === 'google-analytics') && !processor.some((s) => /\bgoogle\b|data[- ]sharing/i.test(s.text))) {
    return {
      met: false,
      status: 'partial',
      message:
        'The notice meets the wording of the exception, but uses Google Analytics without saying Google acts only as a processor (data sharing off); standard GA4 is unlikely to qualify.',
      evidence,
    };
  }
  return {
    met: true,
    status: 'pass',
    message:
      'Analytics without consent: the notice states the statistical purpose, a free way to object, and that the provider acts as a processor.',
    evidence,
  };
}

interface NoticeDate {
  iso: string;
  text: string;
  evidence: Evidence;
}

function cookieNoticeDate(
  v: CookieView,
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
  for (const s of v.sentences) {
    const cued = re.test(s.text);
    // A sentence that is only a date ("March 2026") also dates a notice; prose dates need a cue.
    if (!cued && s.text.length > 40) continue;
    const d = findDate(s.text);
    if (d) return { iso: d.iso, text: d.text, evidence: quoteSentence(s) };
  }
  return null;
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
    evaluate: (ctx) => {
      const v = viewOf(ctx);
      if (v.hasNotice && v.facts) {
        const doc = ctx.cookieNotice!.doc;
        const headings = doc.blocks
          .filter((b) => b.kind === 'heading' && inScope(v.facts!.scope, b.index) && /\bcookies?\b/i.test(b.text))
          .slice(0, 2);
        const evidence = headings.length
          ? headings.map((b) => ({ text: b.text, where: b.where }))
          : v.sentences.slice(0, 1).map((s) => quoteSentence(s));
        return {
          status: 'pass',
          message: v.rows.length
            ? `A cookie notice is present, with ${plural(v.rows.length, 'declared entry')}.`.replace('entrys', 'entries')
            : 'A cookie notice is present (no cookie table was found in it).',
          evidence,
        };
      }
      if (ctx.cookieNotice)
        return { status: 'fail', message: 'The document given as the cookie notice says nothing about cookies.', evidence: [] };
      if (!v.observedGiven || v.observed.length === 0) {
        return {
          status: 'needs-review',
          message:
            'No cookie notice was given or found, and no cookies were observed (a capture without site permission returns none): check the site for a cookie page.',
          evidence: [],
        };
      }
      return {
        status: 'fail',
        message: `No cookie notice was given or found, but the site set ${plural(v.observed.length, 'cookie')} (${names(v.observed)}).`,
        evidence: cookieEvidence(v, v.observed),
      };
    },
  }),
  defineCheck({
    id: 'ck-names-listed',
    optionsSchema: z.object({ unnamedCategory: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('no cookie is named');
      const near = new Set((v.facts?.nearMisses ?? []).map((n) => n.row));
      const named = v.rows.filter((r) => r.names.length > 0 && !near.has(r));
      const vendorOnly = v.rows.filter((r) => r.providerOnly);
      const labels = v.rows.filter((r) => r.label !== null);
      const hasAnalyticsRow = v.rows.some((r) => v.rowCategory(r) === 'analytics');
      const unnamedProse = hasAnalyticsRow ? [] : find(v, o.unnamedCategory);
      const nearEv: Evidence[] = (v.facts?.nearMisses ?? []).slice(0, 2).map((n) => ({ text: n.declared, where: n.row.where }));
      const problems = [
        nearEv.length
          ? `${plural(near.size, 'name')} close to but not the real cookie name (${(v.facts?.nearMisses ?? [])
              .map((n) => `${n.declared} vs ${n.known.entry.name}`)
              .slice(0, 2)
              .join('; ')})`
          : null,
        vendorOnly.length
          ? `${plural(vendorOnly.length, 'entry')} naming only a company (${vendorOnly
              .slice(0, 4)
              .map((r) => r.provider)
              .join(', ')})`.replace('entrys', 'entries')
          : null,
        labels.length ? `${plural(labels.length, 'entry')} naming only a type of cookie`.replace('entrys', 'entries') : null,
        unnamedProse.length ? 'cookies described by type without names' : null,
      ].filter((p): p is string => p !== null);
      const evidence = [...nearEv, ...rowEvidence(vendorOnly, 2), ...rowEvidence(labels, 1), ...quote(unnamedProse, o.unnamedCategory, 1)];
      if (!v.rows.length) {
        return {
          status: 'fail',
          message: unnamedProse.length
            ? 'The notice describes cookies by type but names none.'
            : 'No cookie names were found: there is no cookie table or list.',
          evidence: quote(unnamedProse, o.unnamedCategory, 2),
        };
      }
      if (!named.length)
        return {
          status: problems.length && (nearEv.length || vendorOnly.length) ? 'partial' : 'fail',
          message: `No entry gives a real cookie name: ${problems.join('; ')}.`,
          evidence,
        };
      if (problems.length)
        return {
          status: 'partial',
          message: `${plural(named.length, 'entry')} named correctly, but ${problems.join('; ')}.`.replace('entrys', 'entries'),
          evidence: [...rowEvidence(named, 1), ...evidence].slice(0, 6),
        };
      return {
        status: 'pass',
        message: `Every entry names its cookies (${named
          .flatMap((r) => r.names)
          .slice(0, 6)
          .join(', ')}).`,
        evidence: rowEvidence(named, 3),
      };
    },
  }),
  defineCheck({
    id: 'ck-purposes',
    optionsSchema: z.object({ purposeWords: phraseList, notPurpose: phraseList, prosePurpose: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('no purpose is given');
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
          ? {
              status: 'partial',
              message: 'Purposes are described in general terms, with no cookie table to tie them to cookies.',
              evidence: quote(prose, o.prosePurpose),
            }
          : { status: 'fail', message: 'No purpose is given for any cookie.', evidence: [] };
      }
      if (!without.length)
        return { status: 'pass', message: `Every declared entry says what it is for (${v.rows.length}).`, evidence: ev(withPurpose) };
      const missingList = without
        .slice(0, 4)
        .map((r) => r.names[0] ?? r.provider ?? r.quote)
        .join(', ');
      if (!withPurpose.length) {
        return {
          status: prose.length ? 'partial' : 'fail',
          message: `No declared entry says what its cookie is for (${missingList}); the text only says when they are set.`,
          evidence: [...ev(without), ...quote(prose, o.prosePurpose, 1)],
        };
      }
      return {
        status: 'partial',
        message: `${withPurpose.length} of ${v.rows.length} entries give a purpose; the others only say when or by whom the cookie is set (${missingList}).`,
        evidence: [...ev(withPurpose).slice(0, 1), ...quote(prose, o.prosePurpose, 1), ...ev(without)],
      };
    },
  }),
  defineCheck({
    id: 'ck-duration',
    optionsSchema: z.object({ proseDuration: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('no cookie lifetime is given');
      const dated = v.rows.filter((r) => r.duration !== null);
      const undated = v.rows.filter((r) => r.duration === null);
      const prose = find(v, o.proseDuration);
      const ev = dated.slice(0, 2).map((r) => ({ text: r.duration!, where: r.where }));
      if (v.rows.length && !undated.length)
        return { status: 'pass', message: `Every declared entry gives a lifetime (${v.rows.length}).`, evidence: ev };
      if (dated.length)
        return {
          status: 'partial',
          message: `${dated.length} of ${v.rows.length} entries give a lifetime; missing for ${undated
            .slice(0, 4)
            .map((r) => r.names[0] ?? r.provider ?? r.quote)
            .join(', ')}.`,
          evidence: [...ev, ...rowEvidence(undated, 2)],
        };
      if (prose.length)
        return {
          status: 'partial',
          message: 'Lifetimes are described only in general terms (session / persistent), not for each cookie.',
          evidence: quote(prose, o.proseDuration),
        };
      return {
        status: 'fail',
        message: v.rows.length
          ? `No expiry or duration is given for any of the ${v.rows.length} declared entries.`
          : 'No expiry or duration is given for any cookie.',
        evidence: rowEvidence(v.rows, 2),
      };
    },
  }),
  defineCheck({
    id: 'ck-third-parties',
    optionsSchema: z.object({ thirdPartyWords: phraseList, analyticsMention: phraseList }),
    evaluate: (ctx, o) => {
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
      if (!namedVendors.size && !observedThird.length && !a.present && !generic.length) {
        return {
          status: 'not-applicable',
          message: 'No third-party cookies or embeds were found in the notice or the capture.',
          evidence: [],
        };
      }
      const namedEv: Evidence[] = [
        ...quote(generic, o.thirdPartyWords, 1),
        ...rowEvidence(
          v.rows.filter((r) => r.vendor && namedVendors.has(r.vendor.id)),
          2,
        ),
      ];
      const gaps = [
        analyticsUnnamed ? 'the analytics provider is not named' : null,
        unnamedObserved.length
          ? ((who) =>
              `cookies from ${who.slice(0, 4).join(', ')} are set but ${who.length === 1 ? 'that company is' : 'those companies are'} not named`)(
              [...new Set(unnamedObserved.map((m) => m.result.vendor ?? m.result.domain))],
            )
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
      if (!v.hasNotice)
        return {
          status: 'fail',
          message: `No cookie notice names the third parties: ${gaps.join('; ') || 'none is named'}.`,
          evidence: gapEv,
        };
      if (!namedVendors.size)
        return {
          status: 'fail',
          message: `Third-party cookies are in play but no company is named${gaps.length ? `: ${gaps.join('; ')}` : ''}.`,
          evidence: [...quote(generic, o.thirdPartyWords, 1), ...gapEv],
        };
      const list = [...namedVendors.values()]
        .map((x) => x.name)
        .slice(0, 6)
        .join(', ');
      if (gaps.length)
        return { status: 'partial', message: `Named: ${list}; but ${gaps.join('; ')}.`, evidence: [...namedEv, ...gapEv].slice(0, 6) };
      return { status: 'pass', message: `The third parties are named: ${list}.`, evidence: namedEv };
    },
  }),
  defineCheck({
    id: 'ck-prior-consent',
    optionsSchema: ConsentOptions.extend({ exception: ExceptionOptions.partial().optional() }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      const exceptionOptions = ExceptionOptions.parse(exceptionOptionsFrom(o.exception));
      const exceptionMet = v.hasNotice && judgeException(ctx, v, exceptionOptions).met;
      const early = setWithoutConsent(v, exceptionMet);
      if (early.length) {
        const when = v.consent === 'rejected' ? 'after the visitor rejected cookies' : 'before any consent was given';
        return {
          status: 'fail',
          message: `${plural(early.length, 'non-essential cookie')} ${early.length === 1 ? 'was' : 'were'} set ${when}: ${names(early)}.`,
          evidence: cookieEvidence(v, early),
        };
      }
      if (!v.hasNotice) {
        const nonExempt = v.observed.filter((c) => needsConsent(c.category));
        if (!nonExempt.length)
          return {
            status: 'not-applicable',
            message: 'No cookie notice, and no analytics, advertising or embed cookies were observed.',
            evidence: [],
          };
        return {
          status: 'needs-review',
          message: `No cookie notice was found; ${plural(nonExempt.length, 'non-essential cookie')} ${nonExempt.length === 1 ? 'was' : 'were'} observed, ${consentLabel(v)}: check the banner by hand.`,
          evidence: cookieEvidence(v, nonExempt),
        };
      }
      const m = consentMechanism(v, o);
      if (m.implied.length)
        return {
          status: 'fail',
          message:
            'The notice relies on implied consent ("by continuing to use this site"), which is not valid consent under UK GDPR Art 4(11).',
          evidence: quote(m.implied, o.impliedConsent),
        };
      const verified =
        v.observedGiven && v.consent === 'none-given'
          ? ' The capture taken before consent showed no non-essential cookies.'
          : v.observedGiven && v.consent === 'accepted'
            ? ' Not verified: the cookies were captured after the visitor accepted cookies.'
            : v.observedGiven
              ? ' Not verified: the consent state of the capture is unknown.'
              : ' Not verified against the site: no observed cookies were given.';
      if (m.optIn.length && m.reject.length)
        return {
          status: 'pass',
          message: `The notice describes opt-in consent with a way to refuse.${verified}`,
          evidence: [...quote(m.optIn, o.optIn, 2), ...quote(m.reject, o.reject, 1)],
        };
      if (m.optIn.length)
        return {
          status: 'partial',
          message: `The notice describes asking for consent but no equally easy way to refuse ("Reject all").${verified}`,
          evidence: quote(m.optIn, o.optIn, 2),
        };
      if (m.browserOnly.length)
        return {
          status: 'fail',
          message:
            'The notice leaves cookie choices to browser settings. Browsers accept cookies by default, so this is not opt-in consent (PECR reg 6).',
          evidence: quote(m.browserOnly, o.browserOnly, 2),
        };
      if (!nonEssentialInPlay(v, exceptionOptions.analyticsMention)) {
        return {
          status: 'not-applicable',
          message: 'The notice declares only strictly necessary cookies, which need no consent.',
          evidence: rowEvidence(v.rows, 2),
        };
      }
      return {
        status: 'fail',
        message: 'The notice describes no way of asking for consent before non-essential cookies are set.',
        evidence: [],
      };
    },
  }),
  defineCheck({
    id: 'ck-strictly-necessary-accuracy',
    optionsSchema: z.object({ categorised: phraseList, essentialClaim: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('nothing is categorised');
      const essential = /\b(strictly necessary|essential|necessary)\b/i;
      const mislabelled = v.rows.filter((r) => {
        if (!r.declaredCategory || !essential.test(r.declaredCategory) || /\bnon-?essential\b/i.test(r.declaredCategory)) return false;
        const c = v.rowCategory(r);
        return c !== null && needsConsent(c);
      });
      if (mislabelled.length) {
        return {
          status: 'fail',
          message: `Labelled strictly necessary but not: ${mislabelled
            .slice(0, 4)
            .map((r) => `${r.names[0] ?? r.provider ?? r.quote} (${v.rowCategory(r)})`)
            .join(', ')}.`,
          evidence: rowEvidence(mislabelled),
        };
      }
      const claims = find(v, o.essentialClaim);
      const nonEssentialRows = v.rows.filter((r) => {
        const c = v.rowCategory(r);
        return c !== null && needsConsent(c);
      });
      const nonEssentialSeen = v.observed.filter((c) => needsConsent(c.category));
      if (claims.length && (nonEssentialRows.length || nonEssentialSeen.length)) {
        return {
          status: 'fail',
          message: `The notice says only essential cookies are used (or that no consent is needed), yet ${
            nonEssentialRows.length
              ? `it lists ${nonEssentialRows
                  .slice(0, 3)
                  .map((r) => r.names[0] ?? r.provider)
                  .join(', ')}`
              : `the site set ${names(nonEssentialSeen, 3)}`
          }.`,
          evidence: [...quote(claims, o.essentialClaim, 1), ...rowEvidence(nonEssentialRows, 2), ...cookieEvidence(v, nonEssentialSeen, 2)],
        };
      }
      const categorised = find(v, o.categorised);
      const rowCats = v.rows.filter((r) => r.declaredCategory !== null && r.shape === 'table');
      if (!categorised.length && !rowCats.length) {
        return {
          status: 'fail',
          message: 'Cookies are not categorised (strictly necessary or not), so visitors cannot tell which need consent.',
          evidence: [],
        };
      }
      return {
        status: 'pass',
        message: 'Cookies are categorised and nothing non-essential is labelled strictly necessary.',
        evidence: [
          ...quote(categorised, o.categorised, 2),
          ...rowCats.slice(0, 1).map((r) => ({ text: r.declaredCategory!, where: r.where })),
        ],
      };
    },
  }),
  defineCheck({
    id: 'ck-withdraw-change',
    optionsSchema: z.object({ withdraw: phraseList, browserInstructions: phraseList, analyticsMention: phraseList.optional() }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('there is no way to change cookie choices');
      const browserish = /\bbrowsers?\b/i;
      const withdraw = find(v, o.withdraw).filter((s) => !browserish.test(s.text));
      if (withdraw.length)
        return {
          status: 'pass',
          message: 'Visitors can change or withdraw their cookie consent on the site.',
          evidence: quote(withdraw, o.withdraw, 2),
        };
      if (!nonEssentialInPlay(v, o.analyticsMention ?? ['\\banalytics?\\b', 'statistic', 'traffic log'])) {
        return {
          status: 'not-applicable',
          message: 'Only strictly necessary cookies are declared, so no consent needs withdrawing.',
          evidence: [],
        };
      }
      const browser = find(v, o.browserInstructions);
      if (browser.length)
        return {
          status: 'partial',
          message:
            'Only browser instructions for blocking or deleting cookies are given; there is no cookie-settings control to withdraw consent (UK GDPR Art 7(3)).',
          evidence: quote(browser, o.browserInstructions, 2),
        };
      return { status: 'fail', message: 'The notice gives no way to change or withdraw cookie consent.', evidence: [] };
    },
  }),
  defineCheck({
    id: 'ck-embedded-content',
    optionsSchema: z.object({ embedWords: phraseList, gated: phraseList, privacyMode: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      const disclosedVendors = new Map<string, Vendor>();
      for (const r of v.rows) if (r.vendor && EMBED_VENDORS.has(r.vendor.id)) disclosedVendors.set(r.vendor.id, r.vendor);
      for (const x of vendorsNamedIn(v.lower)) if (EMBED_VENDORS.has(x.id)) disclosedVendors.set(x.id, x);
      const embedSentences = find(v, o.embedWords);
      const seen = v.matched.filter(
        (m) => m.result.category === 'embed' || (m.result.party === 'third' && m.known !== null && EMBED_VENDORS.has(m.known.vendor.id)),
      );
      const undisclosed = seen.filter((m) => !(m.known && disclosedVendors.has(m.known.vendor.id)) && m.result.declared === 'no');
      if (!disclosedVendors.size && !embedSentences.length && !seen.length)
        return { status: 'not-applicable', message: 'No embedded videos, maps or social media content were found.', evidence: [] };
      if (undisclosed.length)
        return {
          status: 'fail',
          message: `Embedded content sets cookies the notice does not disclose: ${names(undisclosed.map((m) => m.result))}.`,
          evidence: cookieEvidence(
            v,
            undisclosed.map((m) => m.result),
          ),
        };
      const disclosedEv = [
        ...quote(embedSentences, o.embedWords, 1),
        ...rowEvidence(
          v.rows.filter((r) => r.vendor && disclosedVendors.has(r.vendor.id)),
          1,
        ),
      ];
      if (!v.hasNotice)
        return {
          status: 'fail',
          message: 'Embedded content sets cookies and there is no cookie notice to disclose it.',
          evidence: cookieEvidence(
            v,
            seen.map((m) => m.result),
          ),
        };
      const earlyEmbeds = seen.filter((m) => m.result.beforeConsent === true && m.result.category === 'embed');
      const gated = find(v, o.gated);
      if (gated.length && !earlyEmbeds.length)
        return {
          status: 'pass',
          message: 'Embedded content is disclosed and loads only after consent.',
          evidence: [...disclosedEv.slice(0, 1), ...quote(gated, o.gated, 1)],
        };
      if (earlyEmbeds.length)
        return {
          status: 'partial',
          message: `Embeds are disclosed, but their cookies were set ${v.capture?.consentBanner === 'none-found' ? 'on arrival, with no consent banner found' : consentLabel(v).replace('captured ', '')}: ${names(earlyEmbeds.map((m) => m.result))}.`,
          evidence: [
            ...disclosedEv.slice(0, 1),
            ...cookieEvidence(
              v,
              earlyEmbeds.map((m) => m.result),
              3,
            ),
          ],
        };
      const privacy = find(v, o.privacyMode);
      if (privacy.length)
        return {
          status: 'partial',
          message:
            'Embeds are disclosed and use a privacy-enhanced mode, but youtube-nocookie still stores data when a video plays: gate embeds behind consent.',
          evidence: [...disclosedEv.slice(0, 1), ...quote(privacy, o.privacyMode, 1)],
        };
      return {
        status: 'partial',
        message: `Embedded content is disclosed (${[...disclosedVendors.values()].map((x) => x.name).join(', ') || 'embeds'}) but not gated behind consent and no privacy-enhanced mode is mentioned.`,
        evidence: disclosedEv,
      };
    },
  }),
  defineCheck({
    id: 'ck-analytics-exception',
    optionsSchema: ExceptionOptions.extend({ optIn: phraseList.optional() }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      const a = analyticsFacts(v, o.analyticsMention);
      if (!a.present)
        return { status: 'not-applicable', message: 'No analytics cookies were found in the notice or the capture.', evidence: [] };
      const earlyAnalytics = a.observed.filter((c) => c.beforeConsent === true);
      const consentCheck = COOKIES_ITEM_OPTIONS.get('ck-prior-consent');
      const mechanism = v.hasNotice && consentCheck ? consentMechanism(v, ConsentOptions.parse(consentCheck)) : null;
      // Analytics behind an opt-in do not rely on the exception (unless the capture shows them set without consent).
      if (mechanism && mechanism.optIn.length && !mechanism.implied.length && !earlyAnalytics.length) {
        return {
          status: 'not-applicable',
          message: 'Analytics are set with consent, so the statistical-purposes exception is not relied on.',
          evidence: quote(mechanism.optIn, undefined, 1),
        };
      }
      if (!v.hasNotice)
        return {
          status: 'fail',
          message: `Analytics cookies were set without consent (${names(earlyAnalytics.length ? earlyAnalytics : a.observed)}) and there is no cookie notice to meet the exception's conditions.`,
          evidence: cookieEvidence(v, earlyAnalytics.length ? earlyAnalytics : a.observed),
        };
      const verdict = judgeException(ctx, v, o);
      return {
        status: verdict.status,
        message: verdict.message,
        evidence: [...verdict.evidence, ...cookieEvidence(v, earlyAnalytics, 2)].slice(0, 6),
      };
    },
  }),
  defineCheck({
    id: 'ck-current-law',
    optionsSchema: z.object({ obsolete: phraseList, current: phraseList, amended: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('no law is cited');
      const obsolete = find(v, o.obsolete);
      if (obsolete.length)
        return {
          status: 'fail',
          message:
            'The cookie notice uses outdated legal framing or obsolete browser advice (EU-era cookie law, Internet Explorer, BlackBerry).',
          evidence: quote(obsolete, o.obsolete, 3),
        };
      const amended = find(v, o.amended);
      if (amended.length)
        return {
          status: 'pass',
          message: 'The cookie notice reflects PECR as amended by the Data (Use and Access) Act 2025.',
          evidence: quote(amended, o.amended, 1),
        };
      const current = find(v, o.current);
      if (current.length)
        return {
          status: 'partial',
          message:
            'PECR is cited, but the notice does not reflect the changes in force from 5 February 2026 (note only if it is otherwise consent-based).',
          evidence: quote(current, o.current, 1),
        };
      return { status: 'partial', message: 'The cookie notice cites no law (PECR) and does not mention the 2026 changes.', evidence: [] };
    },
  }),
  defineCheck({
    id: 'ck-last-updated',
    optionsSchema: z.object({ staleMonths: z.number().int().positive().default(24), dateCue: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('there is no date');
      const date = cookieNoticeDate(v, o.dateCue.length ? o.dateCue : undefined);
      if (!date) return { status: 'fail', message: 'The cookie notice has no date.', evidence: [] };
      const age = monthsBetween(date.iso, ctx.asOf);
      if (age > o.staleMonths)
        return {
          status: 'partial',
          message: `The cookie notice is dated ${date.text}, more than ${o.staleMonths} months before ${ctx.asOf}.`,
          evidence: [date.evidence],
        };
      if (date.iso < '2021-01-01')
        return {
          status: 'partial',
          message: `The cookie notice is dated ${date.text}, before UK GDPR took effect.`,
          evidence: [date.evidence],
        };
      return { status: 'pass', message: `The cookie notice is dated ${date.text}.`, evidence: [date.evidence] };
    },
  }),
  defineCheck({
    id: 'ck-personal-data-link',
    optionsSchema: z.object({ privacyReference: phraseList, personalData: phraseList, misleading: phraseList }),
    evaluate: (ctx, o) => {
      const v = viewOf(ctx);
      if (!v.hasNotice) return noNotice('there is no link to the privacy notice');
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
      const positive = [
        ...quote(refs, o.privacyReference, 1),
        ...linkRefs.slice(0, 1).map((l) => ({ text: l.text, where: l.where })),
        ...quote(personal, o.personalData, 1),
      ];
      if (positive.length && misleading.length)
        return {
          status: 'partial',
          message:
            'The notice points to the privacy notice but also claims cookies give no information about the visitor, which is wrong: cookie identifiers are personal data.',
          evidence: [...positive.slice(0, 1), ...quote(misleading, o.misleading, 1)],
        };
      if (positive.length)
        return {
          status: 'pass',
          message: 'The cookie notice links to the privacy notice or explains how cookie data is handled as personal data.',
          evidence: positive,
        };
      if (misleading.length)
        return {
          status: 'fail',
          message:
            'The notice claims cookies give no information about the visitor; cookie identifiers are personal data, and there is no link to the privacy notice.',
          evidence: quote(misleading, o.misleading, 1),
        };
      return {
        status: 'fail',
        message: 'The cookie notice neither links to the privacy notice nor says how cookie data is handled as personal data.',
        evidence: [],
      };
    },
  }),
  defineCheck({
    id: 'ck-all-observed-declared',
    optionsSchema: z.object({}).passthrough(),
    evaluate: (ctx) => {
      const v = viewOf(ctx);
      if (!v.observedGiven)
        return {
          status: 'needs-review',
          message: 'No observed cookies were given, so the cookie table cannot be compared with what the site sets.',
          evidence: [],
        };
      if (!v.observed.length)
        return {
          status: 'needs-review',
          message: 'The capture holds no cookies (a browser without permission for the site returns none): nothing to compare.',
          evidence: [],
        };
      const undeclared = v.observed.filter((c) => c.declared === 'no');
      const undeclaredNeedingInfo = undeclared.filter((c) => c.category !== 'strictly-necessary');
      const loose = v.observed.filter((c) => c.declared === 'vendor-only' || c.declared === 'near-miss');
      if (undeclaredNeedingInfo.length)
        return {
          status: 'fail',
          message: `${plural(undeclaredNeedingInfo.length, 'cookie')} the site sets ${undeclaredNeedingInfo.length === 1 ? 'is' : 'are'} not in the cookie table: ${names(undeclaredNeedingInfo)}.`,
          evidence: cookieEvidence(v, undeclaredNeedingInfo),
        };
      if (undeclared.length || loose.length) {
        const parts = [
          undeclared.length ? `${plural(undeclared.length, 'strictly necessary cookie')} not listed (${names(undeclared, 4)})` : null,
          loose.length
            ? `${plural(loose.length, 'cookie')} covered only by a company name or a misspelt name (${loose
                .slice(0, 4)
                .map((c) => `${c.name} ~ ${c.matchedEntry}`)
                .join(', ')})`
            : null,
        ].filter(Boolean);
        return {
          status: 'partial',
          message: `Every cookie is at least roughly declared, but ${parts.join('; ')}.`,
          evidence: cookieEvidence(v, [...loose, ...undeclared]),
        };
      }
      return {
        status: 'pass',
        message: `All ${plural(v.observed.length, 'observed cookie')} are declared by name.`,
        evidence: cookieEvidence(v, v.observed, 3),
      };
    },
  }),
  defineCheck({
    id: 'ck-declared-durations-match',
    optionsSchema: z.object({ tolerance: z.number().positive().default(1.5) }),
    evaluate: (ctx) => {
      const v = viewOf(ctx);
      if (!v.observedGiven)
        return {
          status: 'needs-review',
          message: 'No observed cookies were given, so declared lifetimes cannot be checked.',
          evidence: [],
        };
      const comparable = v.observed.filter(
        (c) => (c.declared === 'yes' || c.declared === 'near-miss') && c.expiresInDays !== null && c.declaredDays !== null,
      );
      if (!comparable.length)
        return {
          status: 'not-applicable',
          message: 'Nothing to compare: no observed cookie has both a declared lifetime and a known expiry.',
          evidence: [],
        };
      const longer = comparable.filter(exceedsDeclared);
      const life = (d: number | null) => (d === 0 ? 'session' : d === 1 ? '1 day' : `${d} days`);
      const line = (c: ObservedCookieResult) => ({
        text: `${c.name}: declared ${life(c.declaredDays)}, observed ${life(c.expiresInDays)}`,
        where: `observed cookies, ${consentLabel(v)}`,
      });
      const ev = longer.slice(0, 5).map(line);
      if (!longer.length)
        return {
          status: 'pass',
          message: `All ${plural(comparable.length, 'compared cookie')} last no longer than 1.5 times their declared lifetime.`,
          evidence: comparable.slice(0, 2).map(line),
        };
      return {
        status: longer.length === comparable.length ? 'fail' : 'partial',
        message: `${longer.length} of ${comparable.length} cookies last more than 1.5 times their declared lifetime: ${names(longer)}.`,
        evidence: ev,
      };
    },
  }),
];

// Two checks read each other's phrases (consent <-> analytics exception): take them from the checklist data.
const COOKIES_ITEM_OPTIONS = new Map(COOKIES_ITEMS.map((i) => [i.id, (i.options ?? {}) as Record<string, unknown>]));

function exceptionOptionsFrom(partial: Partial<ExceptionOptions> | undefined): ExceptionOptions {
  const fromItem = COOKIES_ITEM_OPTIONS.get('ck-analytics-exception') ?? {};
  return ExceptionOptions.parse({ ...fromItem, ...(partial ?? {}) });
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
