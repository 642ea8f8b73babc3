// Finds concrete contact channels (email, phone, postcode, contact-form link) and tells the school's from the ICO's or DfE's.
import { z } from 'zod';
import type { NoticeDocument, NoticeLink } from '../../notice/types';
import { blocksMatching } from '../../scan/block-scan';
import { phrases } from '../match';
import { isSampleAddress, isSamplePhone } from '../sample-addresses';

/** Channel patterns and the non-school channels to reject, as checklist data. */
export const ChannelOptionsSchema = z
  .object({
    email: z.string().min(1),
    phone: z.string().min(1),
    postcode: z.string().min(1),
    /** A URL that is a contact form or page ("/contact-us"). */
    contactUrl: z.string().min(1),
    /** Channels that belong to someone else (ICO, DfE, Welsh Government): a school contact is not shown by them. */
    notSchool: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type ChannelOptions = z.infer<typeof ChannelOptionsSchema>;

export type ChannelKind = 'email' | 'phone' | 'postcode' | 'contact-url' | 'link';

export interface Channel {
  kind: ChannelKind;
  value: string;
}

const globalCache = new Map<string, RegExp>();
function globalRe(source: string): RegExp {
  let re = globalCache.get(source);
  if (!re) {
    re = new RegExp(source, 'gi');
    globalCache.set(source, re);
  }
  return re;
}

// A UK number has 10 or 11 digits once "+44" is read as "0"; fewer is a date, a year or a reference.
function isUkPhone(raw: string): boolean {
  const digits = raw.replace(/^\+44\s*\(?0?\)?/, '0').replace(/\D/g, '');
  return digits.startsWith('0') && digits.length >= 10 && digits.length <= 11;
}

const anyValue = (): boolean => true;
// Postcodes are written in capitals; "KS2 1st" in lower case is a key stage, not an address.
const inCapitals = (v: string): boolean => v === v.toUpperCase();

/**
 * A pointer to the page's own edge, where a website keeps its contact details: "at the bottom of this page", "shown in
 * the footer". The first group is the edge named ("top" reads the site header; any other, or none, the footer).
 */
export const PAGE_EDGE = /\b(?:at the (top|foot|bottom|end) of (?:this|the) (?:web ?)?page|in the (?:page(?:'s)? )?footer)\b/i;

/** Every channel in `text` that is not someone else's (ICO, DfE ...). */
export function findChannels(text: string, opts: ChannelOptions): Channel[] {
  return channelsIn(text, opts, anyValue);
}

/** Channels of one kind in `text`, added to `out`. */
function readChannels(
  out: Channel[],
  text: string,
  kind: ChannelKind,
  source: string,
  notSchool: RegExp,
  ok: (v: string) => boolean,
): void {
  for (const m of text.matchAll(globalRe(source))) {
    const value = m[0].replace(/(?<![.,;:)])[.,;:)]+$/, '');
    if (
      !ok(value) ||
      notSchool.test(value) ||
      ((kind === 'email' || kind === 'contact-url') && isSampleAddress(value)) ||
      (kind === 'phone' && isSamplePhone(value))
    )
      continue;
    // Judge a phone number or postcode by its surroundings too: "Wilmslow, Cheshire SK9 5AF" is the ICO's.
    const around = text.slice(Math.max(0, m.index - 80), m.index + value.length + 20);
    if ((kind === 'phone' || kind === 'postcode') && notSchool.test(around)) continue;
    out.push({ kind, value });
  }
}

/** The channels of `text`, reading only the kinds `mayHold` allows (a kind it rules out cannot match there). */
function channelsIn(text: string, opts: ChannelOptions, mayHold: (source: string) => boolean): Channel[] {
  if (!text) return [];
  const notSchool = phrases(opts.notSchool);
  const out: Channel[] = [];
  if (mayHold(opts.email)) readChannels(out, text, 'email', opts.email, notSchool, anyValue);
  if (mayHold(opts.phone)) readChannels(out, text, 'phone', opts.phone, notSchool, isUkPhone);
  if (mayHold(opts.postcode)) readChannels(out, text, 'postcode', opts.postcode, notSchool, inCapitals);
  if (mayHold(opts.contactUrl)) readChannels(out, text, 'contact-url', opts.contactUrl, notSchool, anyValue);
  return out;
}

// Per document, held weakly: the checks ask for the links of one block at a time, many times per audit.
const linksByBlock = new WeakMap<NoticeDocument, ReadonlyMap<number, readonly NoticeLink[]>>();

function linksOfBlock(doc: NoticeDocument, block: number): readonly NoticeLink[] {
  let byBlock = linksByBlock.get(doc);
  if (!byBlock) {
    const map = new Map<number, NoticeLink[]>();
    for (const l of doc.links) {
      const list = map.get(l.block);
      if (list) list.push(l);
      else map.set(l.block, [l]);
    }
    linksByBlock.set(doc, (byBlock = map));
  }
  return byBlock.get(block) ?? [];
}

/** Channels carried by real links in a block (mailto:, tel:, or a contact page), for HTML notices whose link text hides the address. */
export function findLinkChannels(doc: NoticeDocument, block: number, opts: ChannelOptions): Channel[] {
  const notSchool = phrases(opts.notSchool);
  const contact = /contact|enquir|get-in-touch/i;
  return linksOfBlock(doc, block)
    .filter((l) => l.href !== null)
    .filter((l) => /^(mailto|tel):/i.test(l.href!) || contact.test(l.href!) || contact.test(l.text))
    .filter((l) => !notSchool.test(l.href!) && !notSchool.test(l.text) && !isSampleAddress(l.href!.replace(/^mailto:/i, '')))
    .filter((l) => !isSamplePhone(l.href!.replace(/^tel:/i, '')))
    .map((l) => ({ kind: 'link' as const, value: l.href!.replace(/^(mailto|tel):/i, '') }));
}

/** A labelled line of a contact card ("Email: ...", "Telephone: ...", "Provided by: ..."), set out under whom it reaches. */
export const CONTACT_FIELD =
  /^\s*(?:name|e-?mail|tel|telephone|phone|mobile|address|post|postal address|provided by|website|web|contact|write to)\s*:/i;

/**
 * Channels of one block: in its text and behind its links. Each channel pattern is scanned once over the whole
 * document (the scan engine caches it), and a block is read only for the kinds that scan found there.
 */
export function blockChannels(doc: NoticeDocument, block: number, opts: ChannelOptions): Channel[] {
  const b = doc.blocks[block];
  if (!b) return [];
  const mayHold = (source: string) => {
    const hits = blocksMatching(doc, globalRe(source));
    return hits === null || hits.has(block);
  };
  return [...channelsIn(b.text, opts, mayHold), ...findLinkChannels(doc, block, opts)];
}

/** A short human description of channels for messages: "email office@x.sch.uk". */
export function describeChannels(channels: readonly Channel[]): string {
  const seen = new Set<string>();
  return channels
    .filter((c) => {
      // "01332 555010" in the text and "tel:01332555010" behind it are one channel.
      const key = c.value.toLowerCase().replace(/[\s()+-]/g, '');
      return !seen.has(key) && !!seen.add(key);
    })
    .slice(0, 3)
    .map((c) => `${c.kind === 'contact-url' || c.kind === 'link' ? 'link' : c.kind} ${c.value}`)
    .join(', ');
}
