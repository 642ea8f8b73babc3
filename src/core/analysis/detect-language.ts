// Which blocks of a notice are in Welsh, and whether the notice as a whole is: English verdicts on Welsh text would be
// false "Missing"s. Block language comes from the n-gram detector of the `languagedetect` package (it knows Welsh;
// franc-min, eld and tinyld do not, and franc-all's data is 3.5x larger).
import LanguageDetect from 'languagedetect';
import type { NoticeDocument } from '../notice/types';
import type { Evidence } from '../report';

export interface LanguageReading {
  /** 'cy': mostly Welsh; 'mixed': a real share of both; 'en': English (or no Welsh found). */
  value: 'en' | 'cy' | 'mixed';
  /** Share of the body's letters in Welsh blocks, 0-1. */
  welshShare: number;
  welshBlocks: ReadonlySet<number>;
  evidence: Evidence[];
}

// Frequent Welsh function words. The detector only runs where a few of these occur: an English notice costs one scan.
const WELSH_MARKERS = /\b(?:yn|yr|mae|eich|ein|gyda|ydym|rydym|neu|gan|wedi|bydd|hyn|ysgol|gwybodaeth|disgyblion|plant|am|ac)\b/gi;
const MIN_MARKERS = 6;
const MIN_BLOCK_CHARS = 30;
const MAX_BLOCKS = 400;
const WELSH_DOCUMENT = 0.6;
const MIXED_DOCUMENT = 0.15;

let detector: LanguageDetect | undefined;

/** Welsh or English for one block of text, by the detector's scores for the two (other languages are ignored). */
function isWelsh(text: string): boolean {
  detector ??= new LanguageDetect();
  let welsh = 0;
  let english = 0;
  for (const [lang, score] of detector.detect(text)) {
    if (lang === 'welsh') welsh = score;
    else if (lang === 'english') english = score;
  }
  return welsh > english;
}

export function detectLanguage(doc: NoticeDocument): LanguageReading {
  const welshBlocks = new Set<number>();
  const english: LanguageReading = { value: 'en', welshShare: 0, welshBlocks, evidence: [] };
  const declaredWelsh = doc.lang !== null && /^cy\b/i.test(doc.lang);
  const blocks = doc.blocks.slice(0, MAX_BLOCKS);
  if (!declaredWelsh) {
    let markers = 0;
    for (const b of blocks) {
      markers += b.text.match(WELSH_MARKERS)?.length ?? 0;
      if (markers >= MIN_MARKERS) break;
    }
    if (markers < MIN_MARKERS) return english;
  }
  let welshChars = 0;
  let totalChars = 0;
  const evidence: Evidence[] = [];
  for (const b of blocks) {
    if (b.text.length < MIN_BLOCK_CHARS) continue;
    totalChars += b.text.length;
    if (isWelsh(b.text)) {
      welshBlocks.add(b.index);
      welshChars += b.text.length;
      if (evidence.length < 2) evidence.push({ text: b.text.length > 200 ? `${b.text.slice(0, 197)}...` : b.text, where: b.where });
    }
  }
  const welshShare = totalChars ? welshChars / totalChars : declaredWelsh ? 1 : 0;
  const value = welshShare >= WELSH_DOCUMENT ? 'cy' : welshShare >= MIXED_DOCUMENT ? 'mixed' : 'en';
  return { value, welshShare, welshBlocks, evidence: value === 'en' ? [] : evidence };
}
