// Tells a controller that is not a public authority (independent school, charity- or privately-run early-years setting, childminder) from a state one.
import type { AuditContext } from '../types';
import type { Evidence } from '../../report';
import { quoteSentence } from '../../analysis/notice-text';
import { findOwn } from './scope';

const INDEPENDENT_SCHOOL = /\bindependent (?:day |boarding |preparatory |prep )?schools?\b|\bfee[- ]paying\b|\bprivate school\b/i;
const CHILDMINDER_SELF =
  /\b(?:I am|as|we are) an? (?:registered |ofsted[- ]registered )?childminders?\b|\bchildminding (?:service|business|setting)\b/i;
const EARLY_YEARS = /\b(?:pre-?schools?|playgroups?|(?:day )?nurser(?:y|ies)|kindergartens?|early years settings?|childcare settings?)\b/i;
// How a setting says who runs it when that is not the state: a charity, a committee of volunteers, a company.
const RUN_PRIVATELY =
  /\b(?:registered charity|charitable incorporated organisation|CIO|charity (?:number|no\.?)|(?:parent|parents'?|management|voluntary|trustee)\s+(?:management\s+)?committee|committee of (?:parents|volunteers)|privately (?:owned|run)|private (?:day )?nurser(?:y|ies)|(?:private )?limited company|Ltd|community interest company|voluntary[- ]run)\b/i;
// Maintained nursery schools, academies and free schools are public authorities whatever else they say (an academy trust is a charity too).
const STATE = /\bmaintained\b|\bacadem(?:y|ies)\b|\bacademy trust\b|\bfree school\b|\blocal authority (?:nursery|school)\b/i;

/**
 * Evidence that the controller is not a public authority under FOIA 2000 / DPA 2018 s.7, so Art 6(1)'s bar on
 * legitimate interests for public tasks does not apply (checklist.md 2.3, 2.5(a)); null when nothing says so.
 */
export function notPublicAuthority(ctx: AuditContext): Evidence | null {
  const independent = findOwn(ctx, INDEPENDENT_SCHOOL)[0] ?? findOwn(ctx, CHILDMINDER_SELF)[0];
  if (independent) return quoteSentence(independent);
  if (!findOwn(ctx, EARLY_YEARS).length || findOwn(ctx, STATE).length) return null;
  const run = findOwn(ctx, RUN_PRIVATELY)[0];
  return run ? quoteSentence(run) : null;
}
