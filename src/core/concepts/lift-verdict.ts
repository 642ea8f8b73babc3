// A check's second look by meaning: when its wording-based verdict is "nothing found" (or "part found"), a concept rule
// that the notice satisfies lifts it, quoting the units that did.
import type { ConceptLift } from '../schema/concept-rules';
import type { Evidence, Status } from '../report';
import type { ConceptIndex } from './match-concepts';

interface LiftableVerdict {
  status: Status;
  reason?: string;
  message: string;
  evidence: Evidence[];
}

export function liftByConcepts<V extends LiftableVerdict>(verdict: V, lifts: readonly ConceptLift[], index: ConceptIndex): V {
  for (const lift of lifts) {
    if (!(lift.from as readonly Status[]).includes(verdict.status)) continue;
    if (lift.whenReason && !(verdict.reason !== undefined && lift.whenReason.includes(verdict.reason))) continue;
    // Cheapest refusal first: most lifts fail on their own rules, so the further rules (each a search of the whole
    // notice) are read only once those hold, and stop at the first that does not.
    const evidence = index.evidence(lift.rules, Math.max(lift.minHits, 2));
    if (evidence.length < lift.minHits) continue;
    const also = alsoFound(lift, index);
    if (!also) continue;
    if (lift.unlessAnywhere.length && index.evidence(lift.unlessAnywhere, 1).length) continue;
    for (const e of also) if (!evidence.some((x) => x.text === e.text)) evidence.push(e);
    const before = verdict.status === 'partial' ? ` (the wording-based check found only part: ${verdict.message})` : '';
    const reason = lift.to === 'needs-review' ? 'doubt-by-concepts' : 'lifted-by-concepts';
    return { ...verdict, status: lift.to, reason, message: `${lift.message}${before}`, evidence };
  }
  return verdict;
}

/** One unit for each of the lift's further rules, in order; null as soon as one has none. */
function alsoFound(lift: ConceptLift, index: ConceptIndex): Evidence[] | null {
  const found: Evidence[] = [];
  for (const rule of lift.alsoNeeds) {
    const e = index.evidence([rule], 1)[0];
    if (!e) return null;
    found.push(e);
  }
  return found;
}
