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
    if (lift.unlessAnywhere.length && index.evidence(lift.unlessAnywhere, 1).length) continue;
    const evidence = index.evidence(lift.rules, Math.max(lift.minHits, 2));
    const also = lift.alsoNeeds.map((rule) => index.evidence([rule], 1)[0]);
    if (evidence.length >= lift.minHits && also.every((e) => e !== undefined)) {
      for (const e of also) if (e && !evidence.some((x) => x.text === e.text)) evidence.push(e);
      const before = verdict.status === 'partial' ? ` (the wording-based check found only part: ${verdict.message})` : '';
      const reason = lift.to === 'needs-review' ? 'doubt-by-concepts' : 'lifted-by-concepts';
      return { ...verdict, status: lift.to, reason, message: `${lift.message}${before}`, evidence };
    }
  }
  return verdict;
}
