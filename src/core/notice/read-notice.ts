// One entry point from any DocumentInput to a NoticeDocument.
import type { DocumentInput } from '../artifacts';
import type { NoticeDocument } from './types';
import { readText } from './read-text';
import { readHtml } from './read-html';
import { buildDocument, type RawBlock } from './build-document';
import { encodingNote } from './encoding-note';
import { withoutCredentials } from '../url-credentials';

/** Pages whose HTML is an empty shell filled in by script (site builders) read as empty unless rendered: say which. */
const SCRIPT_TAG = /<script\b/i;

function emptyPageReason(input: Extract<DocumentInput, { format: 'html' }>): string {
  if (input.readFrom === 'rendered') return 'it has no text, even after scripts ran';
  if (SCRIPT_TAG.test(input.html)) return 'it has no readable text as served, and its scripts were not run';
  return 'it has no readable text';
}

export function readNotice(input: DocumentInput): NoticeDocument {
  const url = input.url ? withoutCredentials(input.url) : null;
  let doc: NoticeDocument;
  switch (input.format) {
    case 'text':
      doc = readText(input.text, url);
      break;
    case 'html':
      doc = readHtml(input.html, url, 'html');
      if (doc.blocks.length === 0) doc.unreadable.splice(0, doc.unreadable.length, emptyPageReason(input));
      if (input.readNote) doc.warnings.push(input.readNote);
      break;
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
          return {
            kind: b.kind,
            text: b.text,
            page: p.page,
            ...(b.level ? { level: b.level } : {}),
            ...(b.kind === 'list-item' ? { listId } : {}),
          };
        }),
      );
      doc = buildDocument({
        url,
        format: 'pdf',
        title: input.title ?? null,
        blocks,
        pageCount: input.pages.length,
        warnings: input.warnings ?? [],
      });
      break;
    }
  }
  if ((input.format === 'html' || input.format === 'text') && input.encoding) {
    doc.source.encoding = input.encoding.name;
    const note = encodingNote(input.encoding);
    if (note) doc.warnings.push(note);
  }
  if (input.unreadable) doc.unreadable.push(input.unreadable);
  if (!doc.unreadable.length && doc.blocks.length === 0) doc.unreadable.push('the document has no readable text');
  return doc;
}
