// Zod schemas for the quality checks' options (phrase lists and traps kept as checklist data), and the finding shape they share.
import { z } from 'zod';

const Phrases = z.array(z.string().min(1)).min(1);

export const LastUpdatedOptionsSchema = z
  .object({
    /** Words just before a date that make it the notice's own date ("last updated", "Date:", "version"). */
    noticeDateCues: Phrases,
    /** Words that make a date the notice's next review date. */
    reviewDateCues: Phrases,
    /** Words near a date that show it is not the notice's date (commencement, processor terms, copyright, Covid). */
    notNoticeDate: Phrases,
    /** Another of the school's documents named earlier in the date's sentence: that document's date, not the notice's. */
    otherDocument: Phrases,
    /**
     * The notice speaking of itself ("this notice", "this version") in the sentence that ends at a date: with a word of
     * writing or changing it (`madeWords`) and none of `futureWords`, the date is when it was made, however worded.
     */
    noticeSelf: Phrases,
    /** Writing or changing a text: "put together", "revised", "brought up to date". */
    madeWords: Phrases,
    /** A date still to come: "will", "next", "due" (a review date, not the notice's own). */
    futureWords: Phrases,
    /** An earlier text the notice replaced: "replaces the notice we first wrote for the May 2018 changes". */
    earlierWords: Phrases,
    /** How far before the cue a date may start, in characters. */
    cueWindow: z.number().int().min(5).max(200),
    /** A notice older than this many months is stale (checklist.md 2.24: 24). */
    staleAfterMonths: z.number().int().min(1),
    /** Notices dated before this were written before the UK GDPR existed (IP completion day, 1 Jan 2021). */
    staleBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();
export type LastUpdatedOptions = z.infer<typeof LastUpdatedOptionsSchema>;

export const CurrentLawOptionsSchema = z
  .object({
    /** Names of the current law: UK GDPR, DPA 2018 (or "Data Protection Act" with no year). */
    currentLaw: Phrases,
    /** "GDPR" / "General Data Protection Regulation" (checked for a "UK" in front separately). */
    gdpr: Phrases,
    /** The repealed Data Protection Act 1998 (not other 1998 Acts). */
    repealedLaw: Phrases,
    /** EU GDPR named as the governing law. */
    euLaw: Phrases,
    /** Correct descriptions that mention the EU text ("retained", "UK GDPR") and so are not a fail. */
    euLawExcusedBy: Phrases,
    /** Future tense about the 2018 commencement, written before May 2018 and never updated. */
    futureTense2018: Phrases,
    /** Transfer mechanisms or rule sets that no longer exist (Privacy Shield, "EU law on cookies"). */
    obsoleteLaw: Phrases,
    /** Context that makes an old law historical, not current ("replaced the Data Protection Act 1998"). */
    historical: Phrases,
    /** The EU or EEA used as the boundary or arbiter of transfers (the UK is the boundary since 2021). */
    euTransferBoundary: Phrases,
    /** A generic reference to data protection law, quoted when no law is named. */
    genericLaw: Phrases,
  })
  .strict();
export type CurrentLawOptions = z.infer<typeof CurrentLawOptionsSchema>;

export const JurisdictionOptionsSchema = z
  .object({
    /** England-only law, bodies and links: wrong as a Welsh school's own basis or recipient. */
    englandOnly: Phrases,
    /** "the department" as the actor of NPD / data-sharing text (DfE boilerplate with only some names swapped). */
    departmentActor: Phrases,
    /** Sentences where "the department" is about DfE data (needed with departmentActor). */
    departmentContext: Phrases,
    /** Wales-only law, bodies and links: wrong in an English school's notice. */
    walesOnly: Phrases,
    /** Legitimate cross-border mentions (ULN / Learning Records Service, pupils moving nation). */
    crossBorder: Phrases,
  })
  .strict();
export type JurisdictionOptions = z.infer<typeof JurisdictionOptionsSchema>;

export const LinksOptionsSchema = z
  .object({
    /** Host name patterns the public cannot reach. */
    intranetHosts: Phrases,
    /** Retired government hosts whose pages no longer exist (checklist.md 2.27). */
    retiredHosts: Phrases,
    /** Path or URL patterns of intranet, test and local files. */
    intranetPaths: Phrases,
    /** Path patterns of a sign-in page: what lies behind it opens only for account holders. */
    signInPaths: Phrases,
    /** A pointer to a link that should follow ("at the link below:"). */
    pointerToLink: Phrases,
    /** A pointer with a colon inside a block, where the link it promises should have stood ("at the link below: Records ..."). */
    pointerToLinkInText: Phrases,
    /** Link text that is only a pointer ("here", "click here"), useless once the address is lost. */
    bareLinkText: Phrases,
    /** Link text naming a document or a pointer: a link with it that goes nowhere ("#", the page itself) is a lost link. */
    deadLinkText: Phrases,
    /** A document said to be kept where only staff can reach it ("on the staff intranet", "in the staff room"). */
    privateLocation: Phrases,
    /** A public way to the same document in the same paragraph ("on request", "from the office", "our website"). */
    publicRoute: Phrases,
    /** Titles of government pages left as bare text when the address was dropped ("Contact DfE"). */
    orphanLinkTitles: Phrases,
    /** The ICO's address replaced by local text ("the ICO at Powys CC"). */
    icoReplaced: Phrases,
    /** Correct path segments of gov.uk pages schools link to; a near miss is a broken link. */
    knownGovUkSegments: Phrases,
    /** Largest edit distance counted as a near miss of a known gov.uk segment. */
    maxEditDistance: z.number().int().min(1).max(4),
  })
  .strict();
export type LinksOptions = z.infer<typeof LinksOptionsSchema>;

export const ResidueOptionsSchema = z
  .object({
    /** Unfilled template placeholders ("[insert school name]", "xxx", Word content controls). */
    placeholders: Phrases,
    /** A template choice left in ("for / in accordance with"). */
    slashChoices: Phrases,
    /** Word and editor artefacts ("[bookmark: _GoBack]", "Error! Reference source not found"). */
    editorArtefacts: Phrases,
    /** Words a lead-in ends with when it promises a list ("... include:", "... to:", "... by:"). */
    listPromises: Phrases,
    /** Last words of a sentence cut off mid-way ("such as the", "contact", a trailing comma). */
    cutOffEndings: Phrases,
    /** Council abbreviations (case-sensitive) such as WCBC, KCC; with councilVerbs they mark another organisation's text. */
    councilAbbreviation: z.string().min(1),
    /** Abbreviations that look like council ones but are not (BBC, ICC). */
    notCouncils: Phrases,
    /** Verbs that make an abbreviation the actor ("WCBC uses your personal information"). */
    councilVerbs: Phrases,
    /** "the Council" as actor in a school's notice (case-sensitive). */
    councilActor: Phrases,
    /**
     * "the Council" doing what the notice's own controller does for the reader (answering their requests, handling their
     * complaint about their data, taking queries about this notice): council text left in, even where the council is a
     * party to the notice (case-sensitive).
     */
    councilAsController: Phrases,
    /** A council's own holdings ("the information it holds"): a request to the council about those is the council's to answer. */
    councilOwnHoldings: Phrases,
    /** The council's corporate services offered as the notice's ("council tax, waste collection and parking"). */
    councilServices: Phrases,
    /**
     * The council's other services spoken of as the notice's ("our other Council services"): the council's voice, which
     * is the notice's own only where the council is its controller (a council-run unit or service).
     */
    councilSiblingServices: Phrases,
    /** Councils that are not a local authority ("School Council", "Joint Council for Qualifications"). */
    notLocalCouncils: Phrases,
    /** Labels of a data-processing agreement schedule (UK GDPR Art 28(3)) pasted into the notice. */
    processorLabels: Phrases,
    /** How many distinct processor labels mark a pasted agreement. */
    minProcessorLabels: z.number().int().min(1),
  })
  .strict();
export type ResidueOptions = z.infer<typeof ResidueOptionsSchema>;

/** One problem found by a quality check: what was found, where, why it matters, and whether it fails the check. */
export interface QualityFinding {
  kind: string;
  severity: 'fail' | 'partial';
  text: string;
  where: string;
  why: string;
}

const compiled = new Map<string, RegExp>();
// The options' lists live as long as the checklist: looked up by identity first, so an audit does not join every list
// into a text key again (a list built per call still goes through the key).
const compiledByList = new WeakMap<readonly string[], Map<string, RegExp>>();

/** One regex from a phrase list, cached; `flags` defaults to case-insensitive ("" for case-sensitive lists such as "the Council"). */
export function compilePhrases(list: readonly string[], flags = 'i'): RegExp {
  let byFlags = compiledByList.get(list);
  let re = byFlags?.get(flags);
  if (re) return re;
  const key = `${flags}\u0001${list.join('\u0000')}`;
  re = compiled.get(key);
  if (!re) {
    re = new RegExp(list.map((p) => `(?:${p})`).join('|'), flags);
    compiled.set(key, re);
  }
  if (!byFlags) compiledByList.set(list, (byFlags = new Map()));
  byFlags.set(flags, re);
  return re;
}

/** Keep the first finding of each kind at each place, in document order of discovery. */
export function dedupeFindings(findings: QualityFinding[]): QualityFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}|${f.where}|${f.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
