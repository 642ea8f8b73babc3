// HTML -> NoticeDocument (cheerio): the notice body without site chrome, keeping header/footer as signals.
import { load } from 'cheerio';
import type { NoticeDocument } from './types';
import { buildDocument, type RawBlock } from './build-document';

/** Minimal reader: headings, paragraphs and list items of <main> or <body>. */
export function readHtml(html: string, url: string | null = null, format: 'html' | 'docx' = 'html'): NoticeDocument {
  const $ = load(html);
  $('script,style,noscript,template,svg').remove();
  const header = $('header').text();
  const footer = $('footer').text();
  const pageTitle = $('title').first().text() || null;
  $('header,footer,nav').remove();
  const root = $('main').length ? $('main').first() : $('body');
  const blocks: RawBlock[] = [];
  let listId = 0;
  root.find('h1,h2,h3,h4,h5,h6,p,li').each((_, el) => {
    const tag = el.tagName.toLowerCase();
    const text = $(el).text();
    if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', level: Number(tag[1]), text });
    else if (tag === 'li') blocks.push({ kind: 'list-item', text, listId: ++listId });
    else blocks.push({ kind: 'paragraph', text });
  });
  return buildDocument({ url, format, title: $('h1').first().text() || null, blocks, chrome: { pageTitle, header, footer } });
}
