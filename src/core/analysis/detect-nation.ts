// Decides England vs Wales from the notice text and its addresses, with the signals that decided it.
import type { NoticeDocument } from '../notice/types';
import type { Detection, Evidence, Nation } from '../report';
import { blocksMatchingInOrder } from '../scan/block-scan';

const WELSH_LAS =
  'powys|wrexham|gwynedd|conwy|cardiff|caerdydd|swansea|abertawe|newport|casnewydd|denbighshire|sir ddinbych|flintshire|sir y fflint|ceredigion|pembrokeshire|sir benfro|carmarthenshire|sir gar|anglesey|ynys mon|bridgend|pen-y-bont|caerphilly|caerffili|merthyr tydfil|monmouthshire|sir fynwy|neath port talbot|castell-nedd|rhondda cynon taf|torfaen|blaenau gwent|vale of glamorgan|bro morgannwg';

/** Each signal: a pattern and its weight. Government and law names weigh most; place names and terms less. */
const WALES: [RegExp, number][] = [
  [/\bwelsh government\b|\bllywodraeth cymru\b/gi, 3],
  [/\bgov\.wales\b|\bllyw\.cymru\b/gi, 3],
  [/\(wales\) regulations\b/gi, 3],
  [/\bplasc\b|\bpupil level annual school census\b/gi, 3],
  [/\bcareers wales\b|\bestyn\b|\bhwb\b/gi, 2],
  [/\badditional learning needs\b|\bindividual development plan\b/gi, 2],
  // A school named "Ysgol ..." is a Welsh school; the word in Welsh prose weighs less (the prose carries other signals).
  [/\b(?:Ysgol|YSGOL|Cylch Meithrin|CYLCH MEITHRIN)\s+[A-Z\u00C0-\u00DE\u0174\u0176]/g, 3],
  [/\bysgol\b(?!\s+[A-Z\u00C0-\u00DE\u0174\u0176])/gi, 2],
  [new RegExp(`\\b(${WELSH_LAS})\\b`, 'gi'), 2],
  [new RegExp(`\\.(${WELSH_LAS.replace(/ /g, '')})\\.(sch|gov)\\.uk\\b`, 'gi'), 3],
  [/\bschools in wales\b/gi, 2],
];
const ENGLAND: [RegExp, number][] = [
  [/\bdepartment for education\b|\(dfe\)|\bdfe\b/gi, 2],
  [/\(england\) regulations\b/gi, 2],
  [/\beducation,? health and care plan\b|\behcps?\b/gi, 2],
  // Case-sensitive: "SEND" (special educational needs and disabilities) is an England term; the verb "send" is not.
  [/\bSEND\b/g, 2],
  [/\bofsted\b/gi, 2],
  [/\bacademy trust\b|\bmulti[- ]academy trust\b/gi, 2],
  [/\bsection 507b\b/gi, 2],
  [/\bschools in england\b/gi, 2],
  // Church schools in Wales are Church in Wales schools; the Church of England's schools are in England.
  [/\b[Cc]hurch [Oo]f England\b|\bC of E\b|\bCofE\b/g, 2],
  [/\b(kent|hants|hampshire|derby|essex|surrey|lancashire|yorkshire|devon|norfolk|suffolk|london|birmingham|manchester|leeds)\b/gi, 1],
];

// A signal counts at most this many times, so the scan for it stops there.
const MAX_HITS = 3;

interface Source {
  text: string;
  where: string;
}

/** Matches of the global `re` in `text`, up to `max`, and the first one. */
function matchesIn(re: RegExp, text: string, max: number): { hits: number; first: string | null } {
  re.lastIndex = 0;
  let hits = 0;
  let first: string | null = null;
  let m: RegExpExecArray | null;
  while (hits < max && (m = re.exec(text)) !== null) {
    first ??= m[0];
    hits++;
  }
  re.lastIndex = 0;
  return { hits, first };
}

/**
 * The blocks that may match `re` (only those a whole-text scan marks), in order, then the other sources. Read lazily:
 * a signal counts at most MAX_HITS times, and a common one is found that often near the top of a long notice.
 */
function* sources(doc: NoticeDocument, re: RegExp, others: Source[]): Generator<Source> {
  const candidates = blocksMatchingInOrder(doc, re);
  const blocks = candidates ? Array.from(candidates, (i) => doc.blocks[i]!) : doc.blocks;
  for (const block of blocks) if (!OTHER_NATION_PRACTICE.test(block.text)) yield block;
  yield* others;
}

/**
 * The other nation's practice set against the school's own ("Schools in Wales send their census to the Welsh Government
 * rather than to the DfE"): a paragraph saying so speaks of that nation, not the school's (read by the jurisdiction
 * check too).
 */
export const OTHER_NATION_PRACTICE =
  /\b(?:rather\s+than|instead\s+of|unlike)\b[^.;]{0,40}\b(?:dfe|department\s+for\s+education|welsh\s+government|schools\s+in\s+(?:england|wales))\b/i;

/** Weighted hits of the signals in the notice's blocks (only those a whole-text scan marks) and then the other sources. */
function score(doc: NoticeDocument, others: Source[], signals: [RegExp, number][]) {
  let total = 0;
  const evidence: Evidence[] = [];
  for (const [re, weight] of signals) {
    let hits = 0;
    let first: Evidence | null = null;
    for (const source of sources(doc, re, others)) {
      const found = matchesIn(re, source.text, MAX_HITS - hits);
      if (found.first === null) continue;
      first ??= { text: found.first, where: source.where };
      hits += found.hits;
      if (hits >= MAX_HITS) break;
    }
    total += weight * hits;
    if (first && evidence.length < 3) evidence.push(first);
  }
  return { total, evidence };
}

/** England when England signals clearly outweigh Wales ones, and the reverse; otherwise unknown. */
export function detectNation(doc: NoticeDocument): Detection<Nation> {
  const others: Source[] = [
    ...(doc.source.url ? [{ text: doc.source.url, where: 'page address' }] : []),
    ...(doc.chrome.footer ? [{ text: doc.chrome.footer, where: 'page footer' }] : []),
  ];
  const wales = score(doc, others, WALES);
  const england = score(doc, others, ENGLAND);
  // A Welsh-language version beside the English one (or a Welsh-language body) is published by Welsh schools, not English ones.
  if (doc.welshVersionPresent || /^cy\b/i.test(doc.lang ?? '')) {
    wales.total += 3;
    if (wales.evidence.length < 3)
      wales.evidence.push({
        text: doc.welshVersionPresent ? 'Welsh-language version of the notice' : `lang="${doc.lang}"`,
        where: 'page language',
      });
  }
  // DfE text with "Welsh Government" swapped in still carries England words, so Wales wins on a smaller margin.
  if (wales.total >= 3 && wales.total >= england.total * 0.6) return { value: 'wales', from: 'detected', evidence: wales.evidence };
  if (england.total >= 2 && england.total > wales.total) return { value: 'england', from: 'detected', evidence: england.evidence };
  return { value: 'unknown', from: 'default', evidence: [] };
}
