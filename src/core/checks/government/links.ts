// Links a check can rely on: the reader's links plus any address written out in the text (PDF readers may keep no link list).
import type { NoticeDocument, NoticeLink } from '../../notice/types';
import type { AuditContext } from '../types';

const BARE_URL = /<?((?:https?:\/\/|www\.)[^\s<>"]+)>?/gi;

/** The notice's links, with written-out addresses added when the reader did not record them as links (once per audit). */
export function linksOf(ctx: AuditContext): NoticeLink[] {
  return ctx.memo.once(collectLinks, ctx.doc);
}

function collectLinks(doc: NoticeDocument): NoticeLink[] {
  const out = [...doc.links];
  const known = new Set(doc.links.map((l) => `${l.block}|${l.href}`));
  for (const b of doc.blocks) {
    if (!b.text.includes('http') && !b.text.includes('www.')) continue;
    for (const m of b.text.matchAll(BARE_URL)) {
      const raw = m[1]!.replace(/(?<![.,;)])[.,;)]+$/, '');
      const href = raw.startsWith('www.') ? `http://${raw}` : raw;
      if (known.has(`${b.index}|${href}`)) continue;
      known.add(`${b.index}|${href}`);
      out.push({ text: raw, href, block: b.index });
    }
  }
  return out;
}
