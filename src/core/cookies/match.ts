// Match observed cookies to declared rows: exact, wildcard, stem, near-miss, vendor-level; with facts from the knowledge base.
import type { ConsentState } from '../artifacts';
import type { ObservedCookieResult } from '../report';
import { editDistance, nearMissBudget } from './names';
import { compiledKnownCookies, findKnownCookies, type CompiledKnownCookie } from './known-cookies';
import { vendorCovers, vendorForDomain, type Vendor } from './vendors';
import { registrableDomain } from './party';
import { expiresInDays, type NormalisedCookie } from './observed';
import type { DeclaredRow } from './declared';

/** An observed cookie's result with the row that matched it (kept out of the report). */
export interface MatchedCookie {
  result: ObservedCookieResult;
  row: DeclaredRow | null;
  known: CompiledKnownCookie | null;
}

/** A declared name that is close to, but not, a real cookie name ("ASPSESSID" for ASPSESSIONIDxxxxxxxx). */
export interface NearMissName {
  row: DeclaredRow;
  declared: string;
  known: CompiledKnownCookie;
  distance: number;
}

function bigramsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function stemOf(c: CompiledKnownCookie): string | null {
  if (c.pattern?.exact) return c.pattern.source;
  if (c.pattern?.wildcard) return c.pattern.source.slice(0, c.pattern.prefix.length).replace(/(?<![_.-])[_.-]+$/, '') || null;
  return null;
}

/**
 * Declared names that are not any known cookie but are within a small edit distance of one (or of the fixed
 * stem of one: classic ASP's ASPSESSIONID + 8 letters), as checklist.md §3.2 asks a detector to flag.
 */
export function findNearMissNames(rows: readonly DeclaredRow[]): NearMissName[] {
  const out: NearMissName[] = [];
  const cache = new Map<string, Omit<NearMissName, 'row' | 'declared'> | null>();
  for (const row of rows) {
    for (const p of row.patterns) {
      // A wildcard ("_pk_id.*", "_ga_<id>") is judged by its fixed start: fine when it starts a known name.
      const name = p.exact !== null ? p.source : p.source.slice(0, p.prefix.length);
      if (p.exact === null && (name.length < 3 || startsKnownName(p.prefix))) continue;
      let hit = cache.get(name);
      if (hit === undefined) {
        hit = nearestKnown(name);
        cache.set(name, hit);
      }
      if (hit) out.push({ row, declared: name, ...hit });
    }
  }
  return out;
}

// Known names and stems, lower-cased with their bigrams, for the near-miss search.
const KNOWN_STEMS = compiledKnownCookies().flatMap((c) => {
  const stem = c.pattern ? stemOf(c) : null;
  if (!stem || stem.length < 4) return [];
  const lower = stem.toLowerCase();
  return [{ c, lower, bigrams: new Set(bigramsOf(lower)) }];
});

function nearestKnown(name: string): Omit<NearMissName, 'row' | 'declared'> | null {
  if (findKnownCookies(name).length || isKnownStem(name)) return null;
  const budget = nearMissBudget(name);
  if (budget === 0) return null;
  const lower = name.toLowerCase();
  const grams = new Set(bigramsOf(lower));
  let best: { known: CompiledKnownCookie; distance: number; prefix: number } | null = null;
  for (const k of KNOWN_STEMS) {
    if (Math.abs(k.lower.length - lower.length) > budget) continue;
    let shared = 0;
    for (const g of grams) if (k.bigrams.has(g)) shared++;
    // q-gram lemma: within edit distance k, strings share at least (longer length - 1) - 2k bigrams.
    if (shared < Math.max(k.lower.length, lower.length) - 1 - 2 * budget) continue;
    const d = editDistance(lower, k.lower, budget);
    if (d > budget || d === 0) continue;
    // Prefer the candidate sharing the longest start ("ASPSESSID" is ASPSESSIONID, not PHPSESSID), then the closest.
    const prefix = commonPrefix(lower, k.lower);
    if (!best || prefix > best.prefix || (prefix === best.prefix && d < best.distance)) best = { known: k.c, distance: d, prefix };
  }
  return best ? { known: best.known, distance: best.distance } : null;
}

const STEMS = new Set(
  compiledKnownCookies()
    .flatMap((c) => (c.pattern?.wildcard ? [stemOf(c)?.toLowerCase() ?? ''] : []))
    .filter((s) => s.length >= 4),
);

const KNOWN_STARTS = compiledKnownCookies().flatMap((c) => (c.pattern ? [c.pattern.wildcard ? c.pattern.prefix : c.pattern.exact!] : []));

/** True when a declared wildcard's fixed start begins (or is begun by) a known name or stem. */
function startsKnownName(prefixLower: string): boolean {
  const p = prefixLower.replace(/(?<![_.-])[_.-]+$/, '');
  return (
    p.length >= 2 &&
    KNOWN_STARTS.some(
      (k) =>
        k.startsWith(p) ||
        (k.length >= 3 && p.startsWith(k.replace(/(?<![_.-])[_.-]+$/, '')) && k.replace(/(?<![_.-])[_.-]+$/, '').length >= 3),
    )
  );
}

/** True when a declared name is the fixed stem of a known variable name ("ASPSESSIONID", "_hjSessionUser"). */
function isKnownStem(name: string): boolean {
  return STEMS.has(name.toLowerCase().replace(/(?<![_.-])[_.-]+$/, ''));
}

// ---- Index over the declared rows, built once per audit ----

interface RowIndex {
  exact: Map<string, { row: DeclaredRow; name: string }>;
  wildcards: { row: DeclaredRow; name: string; re: RegExp }[];
  /** Declared stems (lower case) that stand for a variable known name. */
  stems: Map<string, { row: DeclaredRow; name: string }>;
  /** Bigram inverted index for near-miss search over exact names. */
  bigrams: Map<string, number[]>;
  names: { row: DeclaredRow; name: string; lower: string; budget: number }[];
  /** Known entries a declared near-miss name stands for. */
  nearKnown: Map<CompiledKnownCookie, NearMissName>;
  vendorRows: DeclaredRow[];
  /** Scratch space for nearestName. */
  counts: Int32Array;
  /** Wildcards by the first two characters of their fixed start ("" = no fixed start). */
  wildcardBuckets: Map<string, { row: DeclaredRow; name: string; re: RegExp; prefix: string }[]>;
}

function buildIndex(rows: readonly DeclaredRow[], nearMisses: readonly NearMissName[]): RowIndex {
  const idx: RowIndex = {
    exact: new Map(),
    wildcards: [],
    stems: new Map(),
    bigrams: new Map(),
    names: [],
    nearKnown: new Map(),
    vendorRows: [],
    counts: new Int32Array(0),
    wildcardBuckets: new Map(),
  };
  for (const row of rows) {
    if (row.vendor) idx.vendorRows.push(row);
    for (const p of row.patterns) {
      if (p.exact !== null) {
        if (!idx.exact.has(p.exact)) idx.exact.set(p.exact, { row, name: p.source });
        // "ASPSESSIONID" stands for ASPSESSIONID + 8 letters; "_ga" is a cookie of its own and does not cover _ga_<id>.
        if (isKnownStem(p.source) && !findKnownCookies(p.source).some((k) => k.pattern?.exact != null))
          idx.stems.set(p.source.toLowerCase().replace(/(?<![_.-])[_.-]+$/, ''), { row, name: p.source });
        const lower = p.exact;
        const id = idx.names.length;
        idx.names.push({ row, name: p.source, lower, budget: nearMissBudget(p.source) });
        for (const g of new Set(bigramsOf(lower))) {
          const list = idx.bigrams.get(g) ?? [];
          list.push(id);
          idx.bigrams.set(g, list);
        }
      } else if (p.wildcard) {
        idx.wildcards.push({ row, name: p.source, re: p.wildcard });
        const key = p.prefix.slice(0, 2);
        const bucket = idx.wildcardBuckets.get(key.length === 2 ? key : '') ?? [];
        bucket.push({ row, name: p.source, re: p.wildcard, prefix: p.prefix });
        idx.wildcardBuckets.set(key.length === 2 ? key : '', bucket);
      }
    }
  }
  for (const n of nearMisses) if (!idx.nearKnown.has(n.known)) idx.nearKnown.set(n.known, n);
  return idx;
}

function nearestName(idx: RowIndex, observedLower: string): { row: DeclaredRow; name: string } | null {
  if (observedLower.length > 100 || nearMissBudget(observedLower) === 0) return null;
  // Shared-bigram counts in a reused array; only the touched entries are visited and reset.
  if (idx.counts.length < idx.names.length) idx.counts = new Int32Array(idx.names.length);
  const counts = idx.counts;
  const touched: number[] = [];
  for (const g of new Set(bigramsOf(observedLower))) {
    for (const id of idx.bigrams.get(g) ?? []) {
      if (counts[id] === 0) touched.push(id);
      counts[id]!++;
    }
  }
  let best: { row: DeclaredRow; name: string; d: number } | null = null;
  for (const id of touched) {
    const shared = counts[id]!;
    counts[id] = 0;
    const n = idx.names[id]!;
    const budget = Math.min(n.budget, nearMissBudget(observedLower));
    if (budget === 0 || Math.abs(n.lower.length - observedLower.length) > budget) continue;
    // q-gram lemma: strings within edit distance k share at least (longer length - 1) - 2k bigrams.
    if (shared < Math.max(n.lower.length, observedLower.length) - 1 - 2 * budget) continue;
    const d = editDistance(n.lower, observedLower, budget);
    if (d > 0 && d <= budget && (!best || d < best.d)) best = { row: n.row, name: n.name, d };
  }
  return best;
}

// ---- Facts about one observed cookie ----

function pickKnown(known: CompiledKnownCookie[], host: string, party: 'first' | 'third'): CompiledKnownCookie | null {
  if (!known.length) return null;
  const onVendorDomain = known.find(
    (c) =>
      c.vendor.domains.some((d) => host === d || host.endsWith(`.${d}`)) ||
      c.entry.domains?.some((d) => host === d || host.endsWith(`.${d}`)),
  );
  if (onVendorDomain) return onVendorDomain;
  if (party === 'first') return known.find((c) => c.entry.setOn !== 'vendor') ?? known[0]!;
  return known.find((c) => c.entry.setOn !== 'site') ?? known[0]!;
}

export interface MatchInput {
  cookies: readonly NormalisedCookie[];
  rows: readonly DeclaredRow[];
  nearMisses: readonly NearMissName[];
  siteUrl: string | null;
  consent: ConsentState;
  /** 'none-found': no banner to consent with, so every cookie was set without consent. */
  consentBanner?: 'found' | 'none-found' | 'unknown';
  capturedAtSeconds: number | null;
}

/** Match every observed cookie; linear in cookies x (wildcard rows + near-miss candidates), never quadratic in names. */
export function matchObservedCookies(input: MatchInput): MatchedCookie[] {
  const idx = buildIndex(input.rows, input.nearMisses);
  const site = registrableDomain(input.siteUrl);
  const beforeConsent =
    input.consent === 'none-given' || input.consent === 'rejected' || (input.consent === 'unknown' && input.consentBanner === 'none-found')
      ? true
      : input.consent === 'accepted'
        ? false
        : null;
  // Captures repeat domains and names: look each up once.
  const domains = new Map<string, { vendor: Vendor | undefined; own: string | null }>();
  const nearCache = new Map<string, { row: DeclaredRow; name: string } | null>();
  return input.cookies.map((c) => {
    let d = domains.get(c.domain);
    if (!d) {
      d = { vendor: vendorForDomain(c.domain), own: registrableDomain(c.domain) };
      domains.set(c.domain, d);
    }
    const domainVendor = d.vendor;
    const own = d.own;
    const party: 'first' | 'third' =
      site && own ? (own === site ? 'first' : 'third') : domainVendor && domainVendor.domains.length ? 'third' : 'first';
    const knownList = findKnownCookies(c.name, c.domain);
    const known = pickKnown(knownList, c.domain, party);
    // A third-party domain that belongs to a vendor names the setter even when the name is generic.
    const vendor: Vendor | null =
      party === 'third' && domainVendor && known && !known.vendor.domains.length ? domainVendor : (known?.vendor ?? domainVendor ?? null);
    const category = known?.entry.category ?? domainVendor?.defaultCategory ?? 'unknown';

    const lower = c.name.toLowerCase();
    let declared: ObservedCookieResult['declared'] = 'no';
    let hit: { row: DeclaredRow; name: string } | null = idx.exact.get(lower) ?? null;
    if (!hit) {
      const w = [...(idx.wildcardBuckets.get(lower.slice(0, 2)) ?? []), ...(idx.wildcardBuckets.get('') ?? [])].find(
        (x) => lower.startsWith(x.prefix) && x.re.test(c.name),
      );
      if (w) hit = { row: w.row, name: w.name };
    }
    if (!hit) {
      // A declared stem ("ASPSESSIONID", "_ga_") covers the variable names built on it.
      for (const k of knownList) {
        const stem = stemOf(k);
        const s = stem ? idx.stems.get(stem.toLowerCase()) : undefined;
        if (s && k.pattern?.wildcard) {
          hit = s;
          break;
        }
      }
    }
    if (hit) declared = 'yes';
    else {
      const viaKnown = knownList.map((k) => idx.nearKnown.get(k)).find((n) => n !== undefined);
      let near: { row: DeclaredRow; name: string } | null = viaKnown ? { row: viaKnown.row, name: viaKnown.declared } : null;
      if (!near) {
        const cached = nearCache.get(lower);
        near = cached !== undefined ? cached : nearestName(idx, lower);
        if (cached === undefined) nearCache.set(lower, near);
      }
      if (near) {
        hit = near;
        declared = 'near-miss';
      } else if (vendor) {
        const row =
          idx.vendorRows.find((r) => r.vendor && vendorCovers(r.vendor, vendor)) ??
          (domainVendor ? idx.vendorRows.find((r) => r.vendor && vendorCovers(r.vendor, domainVendor)) : undefined);
        if (row) {
          hit = { row, name: row.provider ?? row.vendor!.name };
          declared = 'vendor-only';
        }
      }
    }
    const declaredSeconds = hit && declared !== 'vendor-only' ? hit.row.durationSeconds : null;
    const result: ObservedCookieResult = {
      name: c.name,
      domain: c.domain,
      party,
      category,
      vendor: vendor?.name ?? null,
      declared,
      matchedEntry: hit?.name ?? null,
      expiresInDays: expiresInDays(c, input.capturedAtSeconds),
      declaredDays: declaredSeconds === null ? null : Math.round((declaredSeconds / 86_400) * 100) / 100,
      beforeConsent,
      ...(c.httpOnly !== null ? { httpOnly: c.httpOnly } : {}),
    };
    return { result, row: hit?.row ?? null, known };
  });
}

/** True when an observed lifetime exceeds the declared one by more than half (a session cookie declared, 1 day+ seen). */
export function exceedsDeclared(r: Pick<ObservedCookieResult, 'expiresInDays' | 'declaredDays'>): boolean {
  if (r.expiresInDays === null || r.declaredDays === null) return false;
  if (r.declaredDays === 0) return r.expiresInDays > 1;
  return r.expiresInDays > r.declaredDays * 1.5;
}
