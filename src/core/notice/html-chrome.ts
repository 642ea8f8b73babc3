// Tells site chrome (menus, cookie banners, breadcrumbs, sidebars, site header and footer) apart from notice content.
import { attr, hasChildren, isElement, isText, type HtmlElement, type HtmlNode } from './html-dom';

/**
 * What the reader does with an element: drop it, keep its text as the page header or footer, read it as content, or
 * read it as a box of the notice's own beside its text ('box': a "Key facts" or "Contacts" sidebar, read even outside the
 * notice's root).
 */
export type ChromeRole = 'drop' | 'header' | 'footer' | 'box' | null;

/** Elements whose content is never notice text (code, media, form controls, metadata). */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'select',
  'option',
  'optgroup',
  'datalist',
  'input',
  'textarea',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
  'img',
  'picture',
  'head',
  'meta',
  'link',
  'title',
  'base',
  'dialog',
]);

const CONTENT_TAGS = new Set(['main', 'article']);

// Consent-manager containers that are always banners, whatever they hold (Cookiebot, OneTrust, Civic, CookieYes, Complianz...).
const KNOWN_BANNER =
  /^(cybotcookiebotdialog|onetrust-banner-sdk|onetrust-consent-sdk|onetrust-pc-sdk|ccc|ccc-overlay|ccc-notify|cookie-law-info-bar|cookie-law-info-again|cliSettingsPopup|cmplz-cookiebanner-container|moove_gdpr_cookie_info_bar|moove_gdpr_cookie_modal|catapult-cookie-bar|cookiescript_injected|cky-consent|cookieconsent|cc-window|cc-banner|cookie-consent-banner|usercentrics-root|truste-consent-track|qc-cmp2-container|gdpr-cookie-consent-bar|cookie-bar|cookiebar|cookie-banner|cookies-banner)$/i;
const CONSENT_MARKER = /cookie|consent|gdpr|\bcc-(?:window|banner|revoke)|cmplz|cookiebot|onetrust|usercentrics/i;
const BANNER_WORD = /banner|bar\b|popup|pop-up|modal|overlay|dialog|notification|prompt|alert|toast|drawer|sticky|fixed/i;
// Words on the buttons of a consent prompt; a cookie section of a notice rarely has them as controls.
const CONSENT_CONTROL =
  /\b(accept|agree|allow|reject|decline|deny|got it|ok|okay|i understand|dismiss|close|manage|settings|preferences|customi[sz]e|continue)\b/i;

const HEADER_TOKENS = new Set([
  'header',
  'site-header',
  'siteheader',
  'masthead',
  'header-wrapper',
  'header-container',
  'global-header',
  'top-header',
  'page-top',
  // The strip above the site header ("A community special school for children aged 2 to 19 · Tel ...").
  'topbar',
  'top-bar',
  'header-top',
  'pre-header',
  'preheader',
]);
const FOOTER_TOKENS = new Set([
  'footer',
  'site-footer',
  'sitefooter',
  'colophon',
  'page-footer',
  'footer-wrapper',
  'footer-container',
  'global-footer',
  'main-footer',
  'bottom-footer',
]);
const SIDEBAR_TOKENS =
  /^(sidebar|side-bar|sidenav|side-nav|secondary|widget-area|subnav|sub-nav|section-nav|in-this-section|related-links|related-pages|quicklinks|quick-links)$/;
// "secondary" also names a school phase: on a <section> or <article> it marks the notice's part on secondary schools
// ("<section id=\"secondary\"><h2>Secondary schools: youth support services</h2>"), not a theme's sidebar (a <div>).
const SECTIONING_TAGS = new Set(['section', 'article']);
// Of those, the ones that may hold a box of the notice's own ("Key facts", "Contacts"); the rest name navigation.
const BOX_TOKENS = /^(sidebar|side-bar|secondary|widget-area)$/;
// A box that speaks of the notice's subject: who is responsible for the data, its officer, the regulator, the law, or what
// becomes of the reader's information ("Your information is locked down").
const PRIVACY_TOPIC =
  /\b(?:data protection|privacy|personal (?:data|information)|data controller|controller|dpo|information commissioner|ico|u?k? ?gdpr|retention|records management|(?:your|their|pupils'?|students'?|children'?s) (?:child'?s )?(?:information|data) (?:is|are|will))\b/i;
/**
 * The notice's own document-control box ("Approved: Board of Trustees, 8 July 2026 · Next review: July 2028", "Reviewed by
 * the Governing Body on 14 October 2025"): a cue of approval or review with a year, where the notice's date may be given
 * and nowhere else.
 */
const DOCUMENT_CONTROL =
  /\b(?:next review|review date|date of (?:next )?review|last (?:updated|reviewed|revised)|reviewed|ratified|approved|adopted)\b[^]{0,80}?\b20\d\d\b/i;
/** A box needs this much text of its own, most of it not link text (a list of links is navigation). */
const MIN_BOX_CHARS = 80;
const MAX_BOX_LINK_SHARE = 0.5;
const SOCIAL_TOKENS =
  /^(socials?|social[-_]?(share|sharing|links?|icons?|media|buttons?|bar|networks?)|share[-_]?(bar|buttons?|links?|this|tools|icons?|widget|page)|sharing[-_](buttons?|bar|links)|addthis.*|sharethis.*|addtoany|a2a_kit)$/;
const SKIP_LINK = /\bskip[-_]?(link|links|to|nav|navigation|content|main)\b|\bskiplinks?\b/;

/** Shared allowance for look-ahead scans, so a page of many nested banner-like elements stays linear. */
export interface ScanBudget {
  nodes: number;
}

interface SubtreeFacts {
  textChars: number;
  /** Text inside links. */
  linkChars: number;
  /** The start of the text, to read what it is about. */
  sample: string;
  hasConsentControl: boolean;
  hasMajorHeading: boolean;
  hasTable: boolean;
  exceeded: boolean;
}

/** Count text and look for consent buttons under `el`, visiting at most `max` nodes. */
function scanSubtree(el: HtmlElement, max: number, budget: ScanBudget): SubtreeFacts {
  const facts: SubtreeFacts = {
    textChars: 0,
    linkChars: 0,
    sample: '',
    hasConsentControl: false,
    hasMajorHeading: false,
    hasTable: false,
    exceeded: false,
  };
  // Children pushed last-first, so the sample reads in document order ("Approved by the Governors: 18 June 2024").
  const stack: HtmlNode[] = [...el.children].reverse();
  let seen = 0;
  while (stack.length) {
    if (++seen > max || --budget.nodes < 0) {
      facts.exceeded = true;
      break;
    }
    const node = stack.pop()!;
    if (isText(node)) {
      const text = node.data.trim();
      facts.textChars += text.length;
      if (facts.sample.length < 2000) facts.sample += ` ${text}`;
      continue;
    }
    if (!isElement(node) || node.name === 'script' || node.name === 'style') continue;
    const name = node.name;
    if (name === 'h1' || name === 'h2') facts.hasMajorHeading = true;
    if (name === 'table') facts.hasTable = true;
    if (name === 'button' || name === 'a' || name === 'input' || attr(node, 'role') === 'button') {
      const label = name === 'input' ? `${node.attribs.value ?? ''}` : shallowText(node, 200);
      if (name === 'a') facts.linkChars += label.trim().length;
      if (CONSENT_CONTROL.test(`${label} ${node.attribs['aria-label'] ?? ''}`)) facts.hasConsentControl = true;
    }
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return facts;
}

/** Text of a small element (a button's label), capped. */
function shallowText(el: HtmlElement, cap: number): string {
  let out = '';
  const stack: HtmlNode[] = [...el.children].reverse();
  let steps = 0;
  while (stack.length && out.length < cap && steps++ < 200) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

function tokens(el: HtmlElement): string[] {
  const id = el.attribs.id;
  const cls = el.attribs.class;
  if (!id && !cls) return [];
  return `${id ?? ''} ${cls ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when the element starts a content region (its <header>/<footer> descendants are the article's own). */
export function isContentContainer(el: HtmlElement): boolean {
  return CONTENT_TAGS.has(el.name) || attr(el, 'role') === 'main';
}

export interface ClassifyContext {
  /** Inside main/article/[role=main] or the chosen notice root (not the body). */
  inContent: boolean;
  budget: ScanBudget;
}

/** Decide whether an element is chrome. Cheap for ordinary elements: attribute tests only, look-ahead only for consent-marked ones. */
export function classifyChrome(el: HtmlElement, ctx: ClassifyContext): ChromeRole {
  const name = el.name;
  const a = el.attribs;
  // Fast path: most elements carry no attribute that could mark chrome.
  if (
    a.role === undefined &&
    a.id === undefined &&
    a.class === undefined &&
    a['aria-label'] === undefined &&
    a['aria-modal'] === undefined
  ) {
    if (CHROME_TAGS.has(name)) return classifyByTag(el, name, '', ctx);
    if (name === 'a' && a.href !== undefined && a.href.startsWith('#') && /^\s*skip to\b/i.test(shallowText(el, 40))) return 'drop';
    return null;
  }
  const role = attr(el, 'role');
  if (role === 'dialog' || role === 'alertdialog' || attr(el, 'aria-modal') === 'true') return 'drop';
  if (name === 'nav' || role === 'navigation' || role === 'menubar' || role === 'menu') return 'drop';
  if (role === 'search') return 'drop';
  if (name === 'aside' || role === 'complementary') return isNoticeBox(el, ctx.budget) ? 'box' : 'drop';

  const toks = tokens(el);
  const label = attr(el, 'aria-label');
  if (toks.length || label) {
    const marker = `${toks.join(' ')} ${label}`;
    if (marker.includes('breadcrumb')) return 'drop';
    if (SKIP_LINK.test(marker)) return 'drop';
    if (CONSENT_MARKER.test(marker) && isConsentBanner(el, toks, marker, ctx.budget)) return 'drop';
    if (name === 'form' && (marker.includes('search') || attr(el, 'action').includes('search'))) return 'drop';
    for (const t of toks) {
      if (SOCIAL_TOKENS.test(t)) return 'drop';
      if (t === 'secondary' && SECTIONING_TAGS.has(name)) continue;
      if (SIDEBAR_TOKENS.test(t)) return BOX_TOKENS.test(t) && isNoticeBox(el, ctx.budget) ? 'box' : 'drop';
    }
    if (!ctx.inContent) {
      for (const t of toks) {
        if (HEADER_TOKENS.has(t)) return 'header';
        if (FOOTER_TOKENS.has(t)) return 'footer';
      }
    }
  }
  if (name === 'form' && attr(el, 'action').includes('search')) return 'drop';
  if (name === 'a' && (el.attribs.href ?? '').startsWith('#') && /^\s*skip to\b/i.test(shallowText(el, 40))) return 'drop';
  return classifyByTag(el, name, role, ctx);
}

const CHROME_TAGS = new Set(['nav', 'aside', 'header', 'footer', 'dialog']);

function classifyByTag(el: HtmlElement, name: string, role: string, ctx: ClassifyContext): ChromeRole {
  if (name === 'aside') return isNoticeBox(el, ctx.budget) ? 'box' : 'drop';
  if (name === 'nav' || name === 'dialog') return 'drop';
  if (!ctx.inContent) {
    if (name === 'header' || role === 'banner') return 'header';
    if (name === 'footer' || role === 'contentinfo') return 'footer';
  }
  return null;
}

/**
 * A sidebar or aside that is a box of the notice's own ("Key facts: Who is responsible ... Data Protection Officer ...",
 * "Contacts ... Data Protection Lead ...", its approval and review dates): text of its own about the notice's subject or
 * the notice itself, not a list of links ("In this section", a contents list) or the site's news.
 */
function isNoticeBox(el: HtmlElement, budget: ScanBudget): boolean {
  if (budget.nodes <= 0) return false;
  const facts = scanSubtree(el, 3000, budget);
  // A consent prompt in an <aside> speaks of privacy too, but carries accept or reject controls.
  if (facts.exceeded || facts.hasConsentControl || facts.linkChars > facts.textChars * MAX_BOX_LINK_SHARE) return false;
  // A document-control box is short ("Adopted: 3 March 2026 · Review date: March 2028"), and its cue and year say enough.
  if (DOCUMENT_CONTROL.test(facts.sample)) return true;
  return facts.textChars >= MIN_BOX_CHARS && (PRIVACY_TOPIC.test(facts.sample) || isInTextFlow(el));
}

/**
 * The notice's own divisions (its sections, accordions and headings). A box set between two of them ("Did you know?"
 * after one section and before the next) is a pull-out of the notice, whatever its words; a site's sidebar stands beside
 * the content, not between its parts.
 */
const FLOW_TAGS = new Set(['section', 'details', 'h2', 'h3', 'h4']);

function isInTextFlow(el: HtmlElement): boolean {
  const before = neighbourElement(el, 'prev');
  const after = neighbourElement(el, 'next');
  return before !== null && after !== null && FLOW_TAGS.has(before.name) && FLOW_TAGS.has(after.name);
}

/** The nearest element beside `el`, across whitespace and comments (a few steps at most). */
function neighbourElement(el: HtmlElement, side: 'prev' | 'next'): HtmlElement | null {
  let node = el[side] ?? null;
  for (let steps = 0; node && steps < 4; steps++) {
    if (isElement(node)) return node;
    node = node[side] ?? null;
  }
  return null;
}

/**
 * A consent-marked element is a banner when it is a known consent manager, or small and carrying
 * accept/reject controls, or named like a banner and small. A notice's own cookie section (long, with
 * headings, no consent buttons) is content and must stay.
 */
function isConsentBanner(el: HtmlElement, toks: string[], marker: string, budget: ScanBudget): boolean {
  if (toks.some((t) => KNOWN_BANNER.test(t))) return true;
  if (budget.nodes <= 0) return false;
  const facts = scanSubtree(el, 3000, budget);
  if (facts.exceeded) return false;
  // A section under its own h1/h2 holding a cookie table or more than a prompt's worth of text is the notice's cookie
  // section, even when it links to the cookie settings.
  const noticeSection = facts.hasMajorHeading && (facts.hasTable || facts.textChars > 600);
  if (facts.hasConsentControl && facts.textChars <= 3000 && !noticeSection) return true;
  return BANNER_WORD.test(marker) && facts.textChars <= 1500 && !facts.hasMajorHeading;
}
