// Zod schema for the checklist data: a typo in the data fails at load time, never in front of a user.
import { z } from 'zod';

export const ChecklistAreaSchema = z.enum(['notice', 'quality', 'cookies']);
export type ChecklistArea = z.infer<typeof ChecklistAreaSchema>;

export const SeveritySchema = z.enum(['required', 'required-if', 'recommended', 'quality']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A named group of phrases: each phrase is a case-insensitive regular-expression source over normalised text. */
export const PhraseListSchema = z.array(z.string().min(1)).min(1);

/**
 * What a concept rule (src/core/concepts/match-concepts.ts) asks of one unit of text; concept ids come from the
 * lexicon and are checked when the checklist loads.
 * - all: concepts that must all occur; a nested list means those concepts in that order, within 10 words;
 * - any: at least one of these must occur too;
 * - none: concepts any one of which vetoes the unit (the checklist's traps);
 * - negatable: concepts that may occur negated ("you do not have to..."); all others must be affirmed;
 * - negated: concepts that must occur negated ("we do not send data abroad");
 * - prose: only sentences of running text, not list items or table rows;
 * - inList: only list items and table rows (an item inside a list, not a statement of its own);
 * - structure: only a lead-in joined to its list, or a heading joined to the start of its section;
 * - sameClause: the ordered concepts of a nested list stand in one clause (no comma, colon or "but" between);
 * - includeNpd: count units inside the DfE / Welsh Government NPD boilerplate too (default: no, it is about government).
 */
export const ConceptRuleSchema = z
  .object({
    all: z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(2)])).min(1),
    any: z.array(z.string().min(1)).min(1).optional(),
    none: z.array(z.string().min(1)).optional(),
    negatable: z.array(z.string().min(1)).optional(),
    negated: z.array(z.string().min(1)).optional(),
    prose: z.boolean().optional(),
    sameClause: z.boolean().optional(),
    structure: z.boolean().optional(),
    inList: z.boolean().optional(),
    includeNpd: z.boolean().optional(),
  })
  .strict();
export type ConceptRule = z.infer<typeof ConceptRuleSchema>;

/**
 * A verdict the wording-based evaluator could not reach but the meaning supports: when the evaluator says one of
 * `from`, and `minHits` units satisfy one of `rules`, the verdict becomes `to`, quoting those units.
 */
export const ConceptLiftSchema = z
  .object({
    to: z.enum(['pass', 'partial']),
    from: z.array(z.enum(['fail', 'partial'])).min(1),
    rules: z.array(ConceptRuleSchema).min(1),
    /** Further rules that must each be satisfied too, in any unit (two halves of one statement in different places). */
    alsoNeeds: z.array(ConceptRuleSchema).default([]),
    minHits: z.number().int().min(1).default(1),
    /** Lift only a verdict whose message matches this (one kind of partial, not every partial the evaluator gives). */
    whenMessage: z.string().min(3).optional(),
    message: z.string().min(10),
  })
  .strict();
export type ConceptLift = z.infer<typeof ConceptLiftSchema>;

export const ChecklistItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    area: ChecklistAreaSchema,
    severity: SeveritySchema,
    ref: z.string().min(1),
    title: z.string().min(1),
    /** Short popup label ("DPO contact details"). */
    shortTitle: z.string().min(1),
    /** One or two sentences a governor understands. */
    guidance: z.string().min(10),
    /** What the evaluator looks for, used in "Nothing found: looked for ...". */
    lookedFor: z.string().min(3),
    /** Options for this check's evaluator (phrases, section cues, traps); validated by the evaluator's own schema. */
    /** 'pupil-notice': a DfE / Welsh Government pupil-specific check, not applicable to other notices. */
    appliesTo: z.enum(['all', 'pupil-notice']).default('all'),
    /** True for a check this project adds beyond the canonical list of checklist-items.json (said in the README). */
    addition: z.boolean().default(false),
    options: z.record(z.string(), z.unknown()).default({}),
    /** Meaning-based second look, tried in order when the evaluator's verdict is in a lift's `from`. */
    concepts: z.array(ConceptLiftSchema).default([]),
  })
  .strict();
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type ChecklistItemInput = z.input<typeof ChecklistItemSchema>;

export const FlagDefSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1) }).strict();

export const ChecklistSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{2}(\.\d+)?$/),
    /** The date the legal content was last verified (YYYY-MM-DD). */
    verified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    items: z.array(ChecklistItemSchema).min(1),
    flags: z.array(FlagDefSchema),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    for (const item of c.items) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate check id ${item.id}` });
      seen.add(item.id);
    }
  });
export type Checklist = z.infer<typeof ChecklistSchema>;
