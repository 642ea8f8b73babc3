// Finds which data-protection law a notice cites (current, bare "GDPR", repealed, EU) and law or bodies from the wrong UK nation.
import type { AuditContext } from '../types';
import type { Nation } from '../../report';
import type { NoticeText, Sentence } from '../../analysis/notice-text';
import type { NoticeDocument } from '../../notice/types';
import { quoteSentence } from '../../analysis/notice-text';
import { mayMatchText } from '../../scan/block-scan';
import { compilePhrases, dedupeFindings, type CurrentLawOptions, type JurisdictionOptions, type QualityFinding } from './options';

export interface LawCitations {
  /** Sentences naming the current law (UK GDPR, DPA 2018 / "Data Protection Act"). */
  current: Sentence[];
  /** Sentences with "GDPR" not preceded by "UK". */
  bareGdpr: Sentence[];
  /** Sentences that only speak of "data protection law/legislation". */
  generic: Sentence[];
  /** Outdated law presented as current: each one fails the check. */
  outdated: QualityFinding[];
  /** EU-era framing that is inaccurate but not a wrong governing law: each one makes the check partial. */
  euFraming: QualityFinding[];
}

function finding(kind: string, severity: 'fail' | 'partial', s: Sentence, re: RegExp, why: string): QualityFinding {
  const e = quoteSentence(s, re);
  return { kind, severity, text: e.text, where: e.where, why };
}

// "UK" (or "UK's", "the UK") directly before a GDPR mention makes it the UK text; so does the GDPR named as the UK's own
// version ("the retained UK version of the GDPR", "the UK's form of the GDPR") or as kept in UK law after it ("the GDPR as
// retained in UK law", "the GDPR as it applies in the United Kingdom").
const UK_BEFORE =
  /\b(?:(?:uk|united kingdom)(?:'s)?[\s-]*(?:\(\s*)?|(?:uk|united kingdom|retained)(?:'s)?\s+(?:version|form)\s+of\s+(?:the\s+)?)$/i;
const UK_AFTER =
  /^\s*(?:\([^)]{0,30}\)\s*)?(?:,\s*)?as\s+(?:retained|kept|it\s+(?:applies|forms\s+part\s+of\s+(?:the\s+)?law))\b[^.;]{0,30}\b(?:uk|united kingdom|domestic)\b/i;

/** Every GDPR mention in the sentence is preceded by "UK" -> false. */
function hasBareGdpr(s: Sentence, gdpr: RegExp): boolean {
  const global = new RegExp(gdpr.source, 'gi');
  for (const m of s.text.matchAll(global)) {
    const end = m.index! + m[0].length;
    if (UK_BEFORE.test(s.text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    if (UK_AFTER.test(s.text.slice(end, end + 80))) continue;
    return true;
  }
  return false;
}

/** A sentence that opens by pointing at the law just named: "That Act ...", "It was ...", "The old scheme ...". */
const REFERS_BACK = /^\s*(?:it|(?:that|this|the) (?:1998 |old |former )?(?:act|law|legislation|scheme|framework))\b/i;

export function findLawCitations(text: NoticeText, o: CurrentLawOptions): LawCitations {
  const current = compilePhrases(o.currentLaw);
  const gdpr = compilePhrases(o.gdpr);
  const repealed = compilePhrases(o.repealedLaw);
  const eu = compilePhrases(o.euLaw);
  const euExcused = compilePhrases(o.euLawExcusedBy);
  const future = compilePhrases(o.futureTense2018);
  const obsolete = compilePhrases(o.obsoleteLaw);
  const historical = compilePhrases(o.historical);
  const boundary = compilePhrases(o.euTransferBoundary);
  const generic = compilePhrases(o.genericLaw);
  const out: LawCitations = { current: [], bareGdpr: [], generic: [], outdated: [], euFraming: [] };
  // Each pattern scans the whole text once; a sentence is tested only against the patterns that hit its block.
  const mayCurrent = mayMatchText(text, current);
  const mayGdpr = mayMatchText(text, gdpr);
  const mayGeneric = mayMatchText(text, generic);
  const mayRepealed = mayMatchText(text, repealed);
  const mayFuture = mayMatchText(text, future);
  const mayEu = mayMatchText(text, eu);
  const mayObsolete = mayMatchText(text, obsolete);
  const mayBoundary = mayMatchText(text, boundary);

  const sentences = text.sentences;
  // A sentence with the one after it in its block when that one speaks of it ("That Act was repealed in 2018").
  const withFollowUp = (n: number): string => {
    const s = sentences[n]!;
    const next = sentences[n + 1];
    return next && next.block === s.block && REFERS_BACK.test(next.text) ? `${s.text} ${next.text}` : s.text;
  };
  for (const [n, s] of sentences.entries()) {
    const b = s.block;
    if (mayCurrent(b) && current.test(s.text)) out.current.push(s);
    if (mayGdpr(b) && gdpr.test(s.text) && !eu.test(s.text)) {
      if (hasBareGdpr(s, gdpr)) out.bareGdpr.push(s);
      // Every mention made the UK's own in words the phrase list does not hold ("the GDPR as retained in UK law").
      else if (!out.current.includes(s)) out.current.push(s);
    }
    if (mayGeneric(b) && generic.test(s.text)) out.generic.push(s);
    // DPA 1998 is only wrong when presented as current: "replaced the Data Protection Act 1998" is history.
    if (mayRepealed(b) && repealed.test(s.text) && !historical.test(withFollowUp(n))) {
      out.outdated.push(
        finding('repealed-law', 'fail', s, repealed, 'cites the Data Protection Act 1998, repealed on 25 May 2018, as current law'),
      );
    }
    if (mayFuture(b) && future.test(s.text)) {
      out.outdated.push(
        finding(
          'future-2018',
          'fail',
          s,
          future,
          'describes the May 2018 data protection law in the future tense: the text predates the GDPR and was never updated',
        ),
      );
    } else if (mayEu(b) && eu.test(s.text) && !euExcused.test(s.text) && !historical.test(withFollowUp(n))) {
      out.outdated.push(
        finding(
          'eu-gdpr',
          'fail',
          s,
          eu,
          'names the EU GDPR (Regulation (EU) 2016/679) as the governing law; since 1 January 2021 it is the UK GDPR',
        ),
      );
    }
    if (mayObsolete(b) && obsolete.test(s.text) && !historical.test(withFollowUp(n))) {
      out.outdated.push(finding('obsolete-law', 'fail', s, obsolete, 'relies on a rule or mechanism that no longer applies in the UK'));
    }
    if (mayBoundary(b) && boundary.test(s.text)) {
      out.euFraming.push(
        finding(
          'eu-boundary',
          'partial',
          s,
          boundary,
          'treats the EU/EEA as the boundary for transfers; under the UK GDPR the boundary is the UK',
        ),
      );
    }
  }
  out.outdated = dedupeFindings(out.outdated);
  return out;
}

/** Law, bodies and links of the other nation used as the school's own. Unknown nation: nothing is judged. */
export function findJurisdictionProblems(ctx: AuditContext, nation: Nation, o: JurisdictionOptions): QualityFinding[] {
  return ctx.memo.once(scanJurisdictionProblems, ctx.doc, ctx.text, nation, o);
}

function scanJurisdictionProblems(doc: NoticeDocument, text: NoticeText, nation: Nation, o: JurisdictionOptions): QualityFinding[] {
  if (nation === 'unknown') return [];
  const crossBorderRe = compilePhrases(o.crossBorder);
  // The move across the border may be said in the sentence before, in the same paragraph: "If your child moves to a
  // school in England, we send their records. From then on the Department for Education collects their information."
  // Or in the sentence after, which sets the other nation's practice against the school's: "Schools in Wales work under
  // Welsh law. They send their census to the Welsh Government rather than to the DfE." Or by its section's heading:
  // "Learners placed with us by a local authority in England".
  const crossBorderSections = new Set(
    doc.sections.filter((sec) => sec.heading !== null && crossBorderRe.test(sec.heading)).map((sec) => sec.index),
  );
  const crossBorder = (s: Sentence, i: number): boolean => {
    const near = (t: Sentence | undefined) => t !== undefined && t.block === s.block && crossBorderRe.test(t.text);
    return crossBorderSections.has(s.section) || crossBorderRe.test(s.text) || near(text.sentences[i - 1]) || near(text.sentences[i + 1]);
  };
  const findings: QualityFinding[] = [];
  if (nation === 'wales') {
    const england = compilePhrases(o.englandOnly);
    const department = compilePhrases(o.departmentActor);
    const departmentContext = compilePhrases(o.departmentContext);
    const mayEngland = mayMatchText(text, england);
    const mayDepartment = mayMatchText(text, department);
    for (const [i, s] of text.sentences.entries()) {
      if (!mayEngland(s.block) && !mayDepartment(s.block)) continue;
      // A Welsh school may mention DfE for the ULN or a pupil moving to England (checklist.md 2.26).
      if (crossBorder(s, i)) continue;
      if (mayEngland(s.block) && england.test(s.text)) {
        findings.push(
          finding(
            'england-in-wales',
            'fail',
            s,
            england,
            "England-only law, body or page in a Welsh school's notice (Wales has its own regulations and the Welsh Government collects the data)",
          ),
        );
      } else if (department.test(s.text) && departmentContext.test(s.text)) {
        findings.push(
          finding(
            'department-in-wales',
            'fail',
            s,
            department,
            '"the department" (DfE) left as the actor in DfE text adapted for a Welsh school',
          ),
        );
      }
    }
  } else {
    const wales = compilePhrases(o.walesOnly);
    const mayWales = mayMatchText(text, wales);
    for (const [i, s] of text.sentences.entries()) {
      if (!mayWales(s.block)) continue;
      if (crossBorder(s, i)) continue;
      if (wales.test(s.text)) {
        findings.push(finding('wales-in-england', 'fail', s, wales, "Wales-only law, body or page in an English school's notice"));
      }
    }
  }
  return dedupeFindings(findings);
}
