// Finds links the public cannot follow: intranet and test hosts, near-miss gov.uk paths, pointers to a link that is not there, and bare "here" link text.
import type { Block, NoticeDocument } from '../../notice/types';
import { blockSentences } from '../../analysis/notice-text';
import type { AuditContext } from '../types';
import { mayMatch } from '../../scan/block-scan';
import { hostAndPath, privateAddressKind } from './private-addresses';
import { compilePhrases, dedupeFindings, type LinksOptions, type QualityFinding } from './options';

// Addresses written in the text: web URLs, bare hosts with a path, file URLs, UNC shares and drive paths.
const URL_IN_TEXT =
  /<?((?:https?|file):\/\/[^\s<>"]+|www\.[^\s<>"]+|(?<![a-z0-9.-])(?:[a-z0-9-]+\.)+(?:uk|com|org|net|local|lan|internal)\/[^\s<>"]*|\\\\[\w.$-]+\\[^\s<>"]*|\b[a-z]:\\[^\s<>"]+)>?/gi;
const HAS_ADDRESS =
  /(?:https?|file):\/\/|www\.|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![a-z0-9.-])(?:[a-z0-9-]+\.)+(?:uk|com|org|net|wales|cymru)\b/i;

/** The page's own address as links are compared with it: trimmed, lower-cased, without its fragment. */
const pageAddress = (pageUrl: string): string => pageUrl.trim().toLowerCase().split('#')[0]!;

/** A link to "#" or to the page it stands on (an empty href): it takes the reader nowhere. */
function goesNowhere(href: string | null, pageUrl: string | null): boolean {
  if (href === null) return false;
  const h = href.trim().toLowerCase();
  if (h === '' || h === '#') return true;
  if (!pageUrl) return false;
  const page = pageAddress(pageUrl);
  return h === page || h === `${page}#`;
}

/** A link the reader can follow: a real address, not "#", "javascript:" or an empty href. */
export function isUsableHref(href: string | null, pageUrl: string | null = null): boolean {
  if (!href) return false;
  const h = href.trim().toLowerCase();
  if (h === '' || h === '#' || h.startsWith('javascript:') || h === 'about:blank') return false;
  // href="#" resolved against the page gives the page itself plus an empty fragment: it goes nowhere.
  return !(pageUrl && h.endsWith('#') && h.slice(0, -1) === pageAddress(pageUrl));
}

/**
 * A link to another part of the same page ("#keeping", or the page's own address with a fragment): a cross-reference to
 * a section, never a document of its own.
 */
export function isInPageLink(href: string, pageUrl: string | null): boolean {
  const h = href.trim().toLowerCase();
  if (h.startsWith('#')) return true;
  const at = h.indexOf('#');
  return at >= 0 && pageUrl !== null && h.slice(0, at) === pageAddress(pageUrl);
}

// Literal anchors every address form contains: a cheap test that spares the backtracking patterns most blocks.
const MAY_HAVE_ADDRESS = /:\/\/|www\.|@|\\|\.(?:uk|com|org|net|wales|cymru|local|lan|internal)\b/i;

function blockHasAddress(linkedBlocks: ReadonlySet<number>, block: Block | undefined): boolean {
  if (!block) return false;
  return linkedBlocks.has(block.index) || textHasAddress(block.text);
}

const textHasAddress = (text: string): boolean => MAY_HAVE_ADDRESS.test(text) && HAS_ADDRESS.test(text);

/** A host written as the name of a site ("on the GOV.UK website"): it names where to look, not the page meant. */
const HOST_AS_SITE_NAME =
  /(?<![a-z0-9.-])(?:[a-z0-9-]+\.)+(?:uk|com|org|net|wales|cymru)\s+(?:website|web\s?site|site|web\s?pages?|pages?)\b/gi;

/**
 * An address the reader could follow, not counting a host written only as a site's name (a text with no address anchor
 * holds no such name either, so most blocks are turned away before the backtracking pattern).
 */
function blockHasFollowableAddress(linkedBlocks: ReadonlySet<number>, block: Block): boolean {
  return linkedBlocks.has(block.index) || (MAY_HAVE_ADDRESS.test(block.text) && textHasAddress(block.text.replace(HOST_AS_SITE_NAME, '')));
}

/** Edit distance with an early exit once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The sentence, or up to 200 characters of it around the match. */
function cutAround(s: string, start: number, end: number): string {
  if (s.length <= 200) return s;
  const from = Math.max(0, Math.min(start - 120, end + 60 - 200));
  const to = Math.min(s.length, from + 200);
  return `${from > 0 ? '...' : ''}${s.slice(from, to)}${to < s.length ? '...' : ''}`;
}

interface FoundAddress {
  url: string;
  block: Block;
}

function collectAddresses(doc: NoticeDocument): FoundAddress[] {
  const out: FoundAddress[] = [];
  const seen = new Set<string>();
  const add = (url: string, block: Block | undefined) => {
    if (!block) return;
    const clean = url.replace(/(?<![.,;:)\]>])[.,;:)\]>]+$/, '');
    const key = `${block.index}|${clean.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ url: clean, block });
  };
  for (const l of doc.links) if (isUsableHref(l.href, doc.source.url)) add(l.href!, doc.blocks[l.block]);
  for (const b of doc.blocks)
    if (MAY_HAVE_ADDRESS.test(b.text) || /\b[a-z]:\\/i.test(b.text)) for (const m of b.text.matchAll(URL_IN_TEXT)) add(m[1]!, b);
  return out;
}

// Only web and file addresses can be intranet links; mailto:, tel: and the like are contact details.
const NOT_A_PAGE = /^(?:mailto|tel|sms|callto|data):/i;

/** Every link problem in the notice, in document order (once per audit: a check and two flags read it). */
export function findLinkProblems(ctx: AuditContext, o: LinksOptions): QualityFinding[] {
  return ctx.memo.once(scanLinkProblems, ctx.doc, o, ctx.kind !== 'workforce-notice' && ctx.kind !== 'governors-notice');
}

function scanLinkProblems(doc: NoticeDocument, o: LinksOptions, audienceIsPublic: boolean): QualityFinding[] {
  // Blocks that carry a followable <a href>, found once so each block's test is constant time.
  const linkedBlocks = new Set(doc.links.filter((l) => isUsableHref(l.href, doc.source.url)).map((l) => l.block));
  const retiredHost = compilePhrases(o.retiredHosts);
  const pointer = compilePhrases([...o.pointerToLink.map((p) => `(?:${p})\\s*(?::\\s*)?(?:-\\s*)?$`), ...o.pointerToLinkInText]);
  const bare = compilePhrases(o.bareLinkText);
  const orphan = compilePhrases(o.orphanLinkTitles.map((p) => `^\\s*(?:${p})\\s*(?::\\s*)?$`));
  const ico = compilePhrases(o.icoReplaced);
  const deadText = compilePhrases(o.deadLinkText);
  const privateLocation = compilePhrases(o.privateLocation);
  const publicRoute = compilePhrases(o.publicRoute);
  const known = o.knownGovUkSegments.map((s) => s.toLowerCase());
  const findings: QualityFinding[] = [];
  const split = blockSentences(doc);

  for (const { url, block } of collectAddresses(doc)) {
    if (NOT_A_PAGE.test(url)) continue;
    const { host, full } = hostAndPath(url);
    const notPublic = privateAddressKind(url, o, audienceIsPublic);
    if (notPublic === 'intranet') {
      findings.push({
        kind: 'intranet',
        severity: 'fail',
        text: url,
        where: block.where,
        why: 'an intranet, internal or test address the public cannot open',
      });
      continue;
    }
    if (notPublic === 'sign-in') {
      findings.push({
        kind: 'sign-in',
        severity: 'fail',
        text: url,
        where: block.where,
        why: 'a sign-in page: what lies behind it opens only for account holders, not the public',
      });
      continue;
    }
    if (host && retiredHost.test(host)) {
      findings.push({
        kind: 'retired-host',
        severity: 'fail',
        text: url,
        where: block.where,
        why: 'a government site that has been closed: the page no longer exists',
      });
      continue;
    }
    if (/(?:^|\.)gov\.(?:uk|wales)$/.test(host)) {
      for (const segment of full.replace(/^[a-z]+:\/\/[^/]+/, '').split(/[/?#]/)) {
        if (segment.length < 15 || known.includes(segment)) continue;
        const near = known.find((k) => k.length >= 15 && editDistance(segment, k, o.maxEditDistance) <= o.maxEditDistance);
        if (near) {
          findings.push({
            kind: 'malformed-gov-uk',
            severity: 'fail',
            text: url,
            where: block.where,
            why: `"${segment}" is a mistyped "${near}": this government page address does not exist`,
          });
          break;
        }
      }
    }
  }

  // A link to "#" or back to the page itself, whose text promises a document: the document's address was never filled in,
  // and the reader who follows it gets nowhere (checklist.md 2.27).
  for (const l of doc.links) {
    const block = doc.blocks[l.block];
    if (!block || !goesNowhere(l.href, doc.source.url) || !deadText.test(l.text)) continue;
    findings.push({
      kind: 'dead-link',
      severity: 'fail',
      text: l.text,
      where: block.where,
      why: 'a link that goes nowhere ("#" or this page): the document it names cannot be reached',
    });
  }

  // A document placed where only staff can reach it, with no public way to it in the same paragraph. Staff and governors
  // reach their own intranet, so their notices may point there.
  if (audienceIsPublic) {
    const mayPrivate = mayMatch(doc, privateLocation);
    doc.blocks.forEach((block, i) => {
      if (!mayPrivate(i) || publicRoute.test(block.text)) return;
      for (const s of split[i]!) {
        const m = privateLocation.exec(s);
        if (!m) continue;
        findings.push({
          kind: 'private-location',
          severity: 'partial',
          text: cutAround(s, m.index, m.index + m[0].length),
          where: block.where,
          why: 'a document kept where only staff can reach it (intranet, shared drive, staff room): parents cannot read it',
        });
      }
    });
  }

  // Each pattern scans the whole text once; a block is tested only against the patterns that hit it.
  const mayPoint = mayMatch(doc, pointer);
  const mayIco = mayMatch(doc, ico);
  const mayOrphan = mayMatch(doc, orphan);
  const mayBare = mayMatch(doc, bare);

  doc.blocks.forEach((block, i) => {
    const next = doc.blocks[i + 1];
    const hasAddress = blockHasAddress(linkedBlocks, block);
    if (!hasAddress && mayPoint(i) && pointer.test(block.text) && !blockHasAddress(linkedBlocks, next)) {
      findings.push({
        kind: 'pointer-without-link',
        severity: 'fail',
        text: block.text,
        where: block.where,
        why: 'points to a link that is not there',
      });
    }
    const icoHit = mayIco(i) ? ico.exec(block.text) : null;
    if (icoHit) {
      findings.push({
        kind: 'ico-replaced',
        severity: 'fail',
        text: icoHit[0],
        where: block.where,
        why: "the ICO's address (ico.org.uk) was replaced by local text",
      });
    }
    // "Read how the DfE uses it on the GOV.UK website here": the site is named, the page "here" meant is not given.
    if (blockHasFollowableAddress(linkedBlocks, block)) return;
    // A page title used as a heading, with its address in the next paragraph, is a heading, not a lost link.
    if (mayOrphan(i) && orphan.test(block.text) && !blockHasAddress(linkedBlocks, next)) {
      findings.push({
        kind: 'orphan-link-title',
        severity: 'partial',
        text: block.text,
        where: block.where,
        why: 'the title of a government page with no address: the link was lost',
      });
      return;
    }
    if (!mayBare(i)) return;
    // A page or Word file keeps its links, so "here" with none is a link that was never made (checklist.md 2.27: fail);
    // plain text and a PDF's text may have lost the address the original carried.
    const linksKept = doc.source.format === 'html' || doc.source.format === 'docx';
    // "The guidance is here:" with the address on the next line shows where "here" leads.
    if (/[:\u2013-]\s*$/.test(block.text) && blockHasAddress(linkedBlocks, next)) return;
    for (const s of split[i]!) {
      const m = bare.exec(s);
      if (m) {
        findings.push({
          kind: 'bare-link-text',
          severity: linksKept ? 'fail' : 'partial',
          text: cutAround(s, m.index, m.index + m[0].length),
          where: block.where,
          why: '"here" with no address: the reader cannot see or check where it leads',
        });
      }
    }
  });
  return dedupeFindings(findings);
}
