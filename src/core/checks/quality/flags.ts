// Flag detectors for the quality checks: bare link text, intranet links, wrong-nation law, other organisations' text, stale dates.
import type { FlagDetector } from '../types';
import type { Evidence } from '../../report';
import { judgeNoticeDates, qualityItem, qualityOptions } from './checks';
import {
  JurisdictionOptionsSchema,
  LastUpdatedOptionsSchema,
  LinksOptionsSchema,
  ResidueOptionsSchema,
  type QualityFinding,
} from './options';
import { findLinkProblems } from './links';
import { findJurisdictionProblems } from './law';
import { findResidue, OTHER_ORG_KINDS } from './residue';

const MAX_EVIDENCE = 6;

function asEvidence(findings: readonly QualityFinding[]): Evidence[] {
  return findings.slice(0, MAX_EVIDENCE).map((f) => ({ text: f.text, where: f.where }));
}

export const QUALITY_FLAGS: FlagDetector[] = [
  {
    id: 'link-text-only',
    detect: (ctx) =>
      asEvidence(
        findLinkProblems(ctx, qualityOptions(ctx, 'links-public-and-working', LinksOptionsSchema)).filter(
          (f) => f.kind === 'bare-link-text' || f.kind === 'orphan-link-title',
        ),
      ),
  },
  {
    id: 'intranet-link',
    detect: (ctx) =>
      asEvidence(
        findLinkProblems(ctx, qualityOptions(ctx, 'links-public-and-working', LinksOptionsSchema)).filter((f) => f.kind === 'intranet'),
      ),
  },
  {
    id: 'wrong-jurisdiction-law',
    detect: (ctx) =>
      asEvidence(
        findJurisdictionProblems(ctx, ctx.nation.value, qualityOptions(ctx, 'jurisdiction-consistency', JurisdictionOptionsSchema)),
      ),
  },
  {
    id: 'other-org-residue',
    detect: (ctx) =>
      asEvidence(
        findResidue(ctx, qualityOptions(ctx, 'no-template-residue', ResidueOptionsSchema)).filter((f) => OTHER_ORG_KINDS.has(f.kind)),
      ),
  },
  {
    id: 'stale-date',
    detect: (ctx) =>
      judgeNoticeDates(
        ctx,
        qualityOptions(ctx, 'last-updated-date', LastUpdatedOptionsSchema),
        qualityItem(ctx, 'last-updated-date'),
      ).stale.slice(0, MAX_EVIDENCE),
  },
];
