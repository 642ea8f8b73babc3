// One entry point from any DocumentInput to a NoticeDocument.
import type { DocumentInput } from '../artifacts';
import type { NoticeDocument } from './types';
import { readText } from './read-text';
import { readHtml } from './read-html';
import { buildDocument, type RawBlock } from './build-document';

export function readNotice(input: DocumentInput): NoticeDocument {
  const url = input.url ?? null;
  let doc: NoticeDocument;
  switch (input.format) {
    case 'text':
      doc = readText(input.text, url);
      break;
    case 'html':
    case 'docx':
      doc = readHtml(input.html, url, input.format);
      break;
    case 'pdf': {
      let listId = 0;
      let lastKind = '';
      const blocks: RawBlock[] = input.pages.flatMap((p) =>
        p.blocks.map((b) => {
          if (b.kind === 'list-item' && lastKind !== 'list-item') listId++;
          lastKind = b.kind;
          return { kind: b.kind, text: b.text, page: p.page, ...(b.level ? { level: b.level } : {}), ...(b.kind === 'list-item' ? { listId } : {}) };
        }),
      );
      doc = buildDocument({ url, format: 'pdf', title: input.title ?? null, blocks, pageCount: input.pages.length, warnings: input.warnings ?? [] });
      break;
    }
  }
  if (input.unreadable) doc.unreadable.push(input.unreadable);
  if (!doc.unreadable.length && doc.blocks.length === 0) doc.unreadable.push('the document has no readable text');
  return doc;
}
