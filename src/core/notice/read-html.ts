// HTML -> NoticeDocument (cheerio/slim, on htmlparser2): the notice body without site chrome, keeping header/footer as signals.
import { load } from 'cheerio/slim';
import { LIMITS } from '../artifacts';
import type { NoticeDocument } from './types';
import { buildDocument, type RawBlock } from './build-document';
import type { HtmlNode } from './html-dom';
import { readPageFacts } from './html-page';
import { readHtmlBlocks, type HtmlBlocks } from './html-blocks';
import { chooseBase } from './html-links';
import { isWelshLang } from './html-block-writer';
import { EMAIL_SOURCE, UK_PHONE_SOURCE } from '../contact-patterns';

// A Welsh version only counts as a second version of the notice when both languages carry real text.
const MIN_VERSION_CHARS = 200;

/**
 * Read an HTML page (or mammoth's DOCX HTML) as a notice: body blocks in reading order, links resolved,
 * tables kept, chrome text set aside. Nothing on the page is executed or fetched.
 */
export function readHtml(html: string, url: string | null = null, format: 'html' | 'docx' = 'html'): NoticeDocument {
  const warnings: string[] = [];
  let source = html;
  // Pages beyond the cap are cut before parsing, with a warning (the artifact schema already refuses larger ones).
  if (source.length > LIMITS.documentChars) {
    source = source.slice(0, LIMITS.documentChars);
    warnings.push(`page cut at ${LIMITS.documentChars / 1_000_000} million characters`);
  }
  // cheerio's slim entry parses with htmlparser2 rather than parse5: 3-4x faster on big pages and linear on deep
  // nesting. It builds no implied <html>/<body>, which the page reader allows for.
  const document = load(source).root()[0] as unknown as HtmlNode;
  const facts = readPageFacts(document);
  const base = chooseBase(url, facts.baseHref, facts.canonical);
  const read = readHtmlBlocks(document, facts, base);
  const { kept, welshVersionPresent, lang } = separateWelsh(read, facts.htmlLang);

  const doc = buildDocument({
    url,
    format,
    title: read.h1,
    blocks: kept.blocks,
    links: kept.links,
    tables: kept.tables,
    chrome: { pageTitle: facts.pageTitle, header: read.header, footer: read.footer },
    lang,
    welshVersionPresent,
    warnings: [...warnings, ...read.warnings],
  });
  if (doc.blocks.length === 0) doc.unreadable.push('the page has no readable text');
  return doc;
}

interface Kept {
  blocks: RawBlock[];
  links: { text: string; href: string | null; rawBlock: number }[];
  tables: { headers: string[]; rows: string[][] }[];
}

/** Text marked English inside a Welsh line, without the separator that set it beside the Welsh; '' when it has no words. */
function englishPart(text: string): string {
  const english = text.replace(/^[\s/|\u2013\u2014-]+/, '').trim();
  return /[a-z]{2}/i.test(english) ? english : '';
}

/** An email address or a phone number: the same in either language. (A web address is more often a pointer's, in prose.) */
const CONTACT_DETAIL = new RegExp(`${EMAIL_SOURCE}|${UK_PHONE_SOURCE}`, 'g');
/** Words left beside the contact details in a line that is only a contact: a name, an address. */
const CONTACT_LINE_WORDS = 12;
/** A contact line is short; a longer one is prose. */
const CONTACT_LINE_CHARS = 400;

/**
 * A Welsh-declared line that is only contact details ("Gwarchod Data Cymru Cyf: dpo@gwarchoddata.cymru · 029 2018 0911"
 * under a bilingual "Swyddog Diogelu Data / Data Protection Officer"): both versions share it, so it is kept.
 */
function isSharedContactLine(text: string): boolean {
  if (text.length > CONTACT_LINE_CHARS) return false;
  const rest = text.replace(CONTACT_DETAIL, ' ');
  return rest.length < text.length && rest.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length <= CONTACT_LINE_WORDS;
}

/**
 * Bilingual Welsh pages carry the notice twice. When blocks declared lang="cy" and blocks in another
 * (or no) language both hold real text, keep the non-Welsh version so no item counts twice and Welsh
 * words are not mistaken for template residue; a Welsh-only page is read as it is.
 */
function separateWelsh(read: HtmlBlocks, htmlLang: string | null): { kept: Kept; welshVersionPresent: boolean; lang: string | null } {
  let welshChars = 0;
  let otherChars = 0;
  const otherLangs = new Map<string, number>();
  read.blocks.forEach((b, i) => {
    const lang = read.langs[i] ?? null;
    if (isWelshLang(lang)) welshChars += b.text.length;
    else {
      otherChars += b.text.length;
      if (lang) otherLangs.set(lang, (otherLangs.get(lang) ?? 0) + b.text.length);
    }
  });
  const mainLang = [...otherLangs].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  if (welshChars < MIN_VERSION_CHARS || otherChars < MIN_VERSION_CHARS) {
    const lang = otherChars === 0 && welshChars > 0 ? 'cy' : (mainLang ?? htmlLang?.toLowerCase() ?? null);
    return { kept: read, welshVersionPresent: false, lang };
  }

  const newIndex = new Map<number, number>();
  const blocks: RawBlock[] = [];
  read.blocks.forEach((b, i) => {
    if (isWelshLang(read.langs[i] ?? null) && !isSharedContactLine(b.text)) {
      // A Welsh line that carries its English inline ("Diweddarwyd: 14 Ionawr 2026 <span lang="en">/ Last updated: 14
      // January 2026</span>"), often the title or date both versions share: its English part belongs to the version kept.
      const english = englishPart(read.otherLangTexts[i] ?? '');
      if (english) blocks.push({ ...b, text: english });
      return;
    }
    newIndex.set(i, blocks.length);
    blocks.push(b);
  });
  const tableIndex = new Map<number, number>();
  const tables: Kept['tables'] = [];
  for (const b of blocks) {
    if (b.table === undefined) continue;
    let t = tableIndex.get(b.table);
    if (t === undefined) {
      t = tables.length;
      tableIndex.set(b.table, t);
      tables.push(read.tables[b.table] ?? { headers: [], rows: [] });
    }
    b.table = t;
  }
  const links = read.links.flatMap((l) => {
    const rawBlock = newIndex.get(l.rawBlock);
    return rawBlock === undefined ? [] : [{ ...l, rawBlock }];
  });
  return { kept: { blocks, links, tables }, welshVersionPresent: true, lang: mainLang ?? 'en' };
}
