// Decides the school's phase (primary / secondary / all-through / special) from its name and the notice text.
import type { NoticeDocument } from '../notice/types';
import type { Detection, Evidence, Phase } from '../report';
import { blocksMatching } from './block-scan';

const SIGNALS: [Phase, RegExp][] = [
  ['special', /\b(special school|pupil referral unit|\bpru\b|alternative provision academy)\b/i],
  ['all-through', /\b(all[- ]through|(?:3|4)\s*(?:-|to)\s*(?:18|19) (?:school|academy)|through school)\b/i],
  ['primary', /\b(primary|infants?|junior|first school|nursery school|CP school|county primary|ysgol gynradd|reception class|key stage 1|foundation phase)\b/i],
  [
    'secondary',
    /\b(secondary|high school|grammar school|upper school|sixth form|post[- ]16 (?:provider|institution|options)|year 1[0-3]\b|years? [7-9] (?:to|-) 1[0-3]\b|key stage [45]|gcses?|a[- ]levels?|ysgol uwchradd|students? aged 1[3-8])\b/i,
  ],
];

// The DfE 2019-21 category list says "key stage 1 and phonics results, post 16 courses enrolled for" in every school's copy,
// secondary or primary, so it is no signal of phase.
// Likewise a secondary's "records from their primary school" names where pupils came from, not what the school is.
const TEMPLATE_NOISE = /key stage 1 and phonics results,?(?: post[- ]16 courses enrolled for)?|\b(?:their|previous|former|feeder|partner|from (?:a|the)) primary schools?\b/gi;

/** Blocks that may hold a signal, or template noise (whose removal is what could change them), in document order. */
function blocksToRead(doc: NoticeDocument): NoticeDocument['blocks'] {
  const read = new Set<number>();
  for (const re of [...SIGNALS.map(([, re]) => re), TEMPLATE_NOISE]) {
    const hits = blocksMatching(doc, re);
    if (!hits) return doc.blocks;
    for (const i of hits) read.add(i);
  }
  return [...read].sort((a, b) => a - b).map((i) => doc.blocks[i]!);
}

/** Strongest signal in the school's name first, then in the text (outside the NPD boilerplate). */
export function detectPhase(doc: NoticeDocument, school: string | null, npdBlocks: Set<number>): Detection<Phase> {
  if (school) {
    for (const [phase, re] of SIGNALS) {
      const m = re.exec(school);
      if (m) return { value: phase, from: 'detected', evidence: [{ text: school, where: 'school name' }] };
    }
  }
  const found = new Map<Phase, Evidence>();
  for (const b of blocksToRead(doc)) {
    if (npdBlocks.has(b.index)) continue;
    const text = b.text.replace(TEMPLATE_NOISE, ' ');
    for (const [phase, re] of SIGNALS) {
      if (!found.has(phase) && re.test(text)) found.set(phase, { text: re.exec(text)![0], where: b.where });
    }
  }
  // Mixed primary and secondary words (e.g. "schools that the pupils attend after leaving us") settle nothing.
  for (const phase of ['special', 'all-through'] as const) {
    if (found.has(phase)) return { value: phase, from: 'detected', evidence: [found.get(phase)!] };
  }
  if (found.has('primary') !== found.has('secondary')) {
    const phase = found.has('primary') ? 'primary' : 'secondary';
    return { value: phase, from: 'detected', evidence: [found.get(phase)!] };
  }
  return { value: 'unknown', from: 'default', evidence: [...found.values()] };
}
