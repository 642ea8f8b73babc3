// Ranks the links on a page as candidate privacy / cookie notices and says what kind each probably is.
import type { PageCapture } from '../artifacts';
import type { DocumentKind } from '../report';

export interface Candidate {
  /** Absolute URL. */
  url: string;
  /** Link text as captured (normalised). */
  text: string;
  kind: DocumentKind;
  /** Document format guessed from the URL: html, pdf, docx, doc. */
  format: 'html' | 'pdf' | 'docx' | 'doc';
  /** Higher is more likely; comparable within one page. */
  score: number;
  /** Why it scored as it did ("link text 'Privacy notice - pupils'", "file name privacy-notice.pdf"). */
  reasons: string[];
  /** A hub page ("GDPR", "Policies") worth following one level to find documents. */
  isHub: boolean;
  sameSite: boolean;
}

/** Rank every plausible notice link on the page, best first. Pure: the caller fetches. */
export function rankCandidates(page: PageCapture): Candidate[] {
  void page;
  return [];
}
