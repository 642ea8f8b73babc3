// Web addresses written out in a notice's text, as links: the same reading for plain text and for a page's own words.

/**
 * With its scheme, from "www.", or a host under a UK, Welsh or common ending followed by a path, as a printed notice
 * writes it ("gov.uk/government/publications/..."). Not the host of an email address. An address in angle brackets
 * ("<https://...>") is read without them.
 */
const TEXT_ADDRESS = /<?(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:uk|wales|cymru|com|org|net)\/[^\s<>"]*)>?/gi;

/** A quick test that a text may hold an address at all: the full scan is skipped otherwise. */
export const mayHoldAddress = (text: string): boolean => text.includes('/') || text.includes('www.');

/** Each address in the text, without the sentence's closing punctuation, and the link it makes (a scheme added where none). */
export function addressesIn(text: string): { text: string; href: string }[] {
  return [...text.matchAll(TEXT_ADDRESS)].map((m) => {
    const address = m[1]!.replace(/(?<![.,;)])[.,;)]+$/, '');
    return { text: address, href: /^https?:\/\//i.test(address) ? address : `http://${address}` };
  });
}
