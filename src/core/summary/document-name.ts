// How a summary names the document a line is about: its kind in words and where it is ("pupil privacy notice (/privacy)").
import type { AuditReport, DocumentKind } from '../report';

const KIND_WORDS: Record<DocumentKind, string> = {
  'pupil-notice': 'pupil privacy notice',
  'workforce-notice': 'workforce privacy notice',
  'governors-notice': 'governors privacy notice',
  'website-privacy-policy': 'website privacy policy',
  'cookie-notice': 'cookie notice',
  'other-policy': 'policy',
  unknown: 'privacy notice',
};

export function kindWords(kind: string): string {
  return KIND_WORDS[kind as DocumentKind] ?? 'document';
}

/** The path and query of an address (the school's host is already known), or the text itself when not a URL. */
export function shortAddress(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}` || '/';
  } catch {
    return url;
  }
}

export function documentName(source: Pick<AuditReport['source'], 'kind' | 'url'>): string {
  const where = shortAddress(source.url);
  return `${kindWords(source.kind)}${where ? ` (${where})` : ''}`;
}
