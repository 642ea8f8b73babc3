// Flag detectors for the rights and lawful-basis checks: DPA 1998 rights wording, legitimate interests, SAR holiday pause.
import type { AuditContext, FlagDetector } from '../types';
import { evidenceOf, phrases } from '../match';
import { RIGHTS_ITEMS } from './items';
import { LAWFUL_BASIS_ITEMS } from '../lawful-basis/items';
import { findHolidayPause, findLegacyRights, type DataSubjectRightsOptions, type SubjectAccessOptions } from './checks';
import { findLegitimateInterests, type LegitimateInterestsOptions } from '../lawful-basis/checks';
import { notPublicAuthority } from '../identity/provider';

// The flags read the same phrase data as their checks, so a phrase is maintained in one place. The checklist's options
// are written out in full and validated by the tests (against these checks' schemas), so they are read as they stand.
function optionsOf<T>(items: readonly { id: string; options?: Record<string, unknown> }[], id: string): () => T {
  return () => {
    const options = items.find((i) => i.id === id)?.options;
    if (!options) throw new Error(`checklist has no item ${id}`);
    return options as T;
  };
}
const rightsOptions = optionsOf<DataSubjectRightsOptions>(RIGHTS_ITEMS, 'data-subject-rights');
const sarOptions = optionsOf<SubjectAccessOptions>(RIGHTS_ITEMS, 'subject-access-route');
const liOptions = optionsOf<LegitimateInterestsOptions>(LAWFUL_BASIS_ITEMS, 'legitimate-interests-stated');

export const RIGHTS_FLAGS: FlagDetector[] = [
  {
    // Checklist.md 2.14: the DPA 1998 s.7-14 rights ("damage or distress", "blocked", "claim compensation") were repealed in 2018.
    id: 'legacy-rights-wording',
    detect: (ctx: AuditContext) => {
      const o = rightsOptions();
      return evidenceOf(findLegacyRights(ctx, o), phrases(o.legacy), 3);
    },
  },
  {
    // Art 6(1) final subparagraph: a public authority cannot rely on legitimate interests for its tasks (checklist.md 2.5(a)).
    id: 'li-used-by-public-authority',
    detect: (ctx: AuditContext) => {
      const o = liOptions();
      const relied = findLegitimateInterests(ctx, o);
      // Independent schools, charity- or privately-run settings and childminders are not FOIA public authorities.
      if (!relied.length || notPublicAuthority(ctx)) return [];
      return evidenceOf(relied, phrases(o.li), 2);
    },
  },
  {
    // Art 12(3): the one-month response time runs through school holidays (checklist.md 2.15).
    id: 'sar-holiday-pause',
    detect: (ctx: AuditContext) => {
      const o = sarOptions();
      return evidenceOf(findHolidayPause(ctx, o), phrases(o.holidayPause), 2);
    },
  },
];
