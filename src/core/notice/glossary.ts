// A notice's glossary: entries that say what words mean ("Automated decision-making means a decision made by computer
// alone"), not what the school does, so no check reads them as a statement of its practice.
import type { NoticeDocument } from './types';

// An optional clause or part number first ("2.", "Part A:", "Section 3"), each part of it a few characters at most.
const GLOSSARY_HEADING =
  /^\W{0,3}(?:(?:(?:part|section|appendix|annex|schedule)\s+)?\w{1,6}(?:\.\w{1,4}){0,3}\s*[:.)\u2013\u2014-]\s*|(?:part|section|appendix|annex|schedule)\s+\w{1,6}(?:\.\w{1,4}){0,3}\s+)?(?:glossary|definitions|key (?:terms|words)|interpretation|(?:the )?(?:words|terms) (?:we use|used)(?: in this (?:notice|document))?|what (?:the|some|these|our) (?:words|terms) mean)(?:\s+(?:and interpretation|(?:we )?used(?: in this (?:notice|document))?))?\W*$/i;

/** The blocks of every section headed as a glossary, and no more than that (its heading included). */
export function glossaryBlocks(doc: NoticeDocument): Set<number> {
  const out = new Set<number>();
  for (const section of doc.sections) {
    if (section.heading === null || !GLOSSARY_HEADING.test(section.heading)) continue;
    for (let b = section.firstBlock; b <= section.lastBlock; b++) out.add(b);
  }
  return out;
}
