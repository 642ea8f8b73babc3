// Zod schema of the concept rules the checklist data carries and the concept matcher applies (a leaf: imports only zod).
import { z } from 'zod';

// Object schemas are built on first parse (z.lazy), not as the module loads: the popup evaluates this code as it
// opens, on the thread that draws it, and validates with them only later.

/**
 * What a concept rule (match-concepts.ts) asks of one unit of text; concept ids come from the
 * lexicon and are checked when the checklist loads.
 * - all: concepts that must all occur; a nested list means those concepts in that order, within 10 words;
 * - any: at least one of these must occur too;
 * - none: concepts any one of which vetoes the unit (the checklist's traps);
 * - noneBefore: concepts that veto a sentence referring back ("It has strict rules about who may see the data", "The
 *   database is encrypted") when the sentence before it in its paragraph holds one: its subject is what that one spoke of;
 * - negatable: concepts that may occur negated ("you do not have to..."); all others must be affirmed;
 * - negated: concepts that must occur negated ("we do not send data abroad");
 * - prose: only sentences of running text, not list items or table rows;
 * - statement: as prose, and not a heading's own text either (a heading names a topic, it states nothing);
 * - inList: only list items and table rows (an item inside a list, not a statement of its own);
 * - inTable: only table rows (a row read with its column headers; a list item may finish its lead-in's sentence);
 * - structure: only a lead-in joined to its list, or a heading joined to the start of its section;
 * - sameClause: the ordered concepts of a nested list stand in one clause (no comma, colon or "but" between);
 * - oneItem: in a lead-in or heading joined to its list, the concepts stand in one item (with the lead-in for the first):
 *   "consent" in one item and "stop at any time" in the next are two statements about two things;
 * - leadInItem: only a list's lead-in read with one of its items, as one sentence ("We may use it because:" / "- it is
 *   work we do in the public interest"); these units are read by no other rule;
 * - includeNpd: count units inside the DfE / Welsh Government NPD boilerplate too (default: no, it is about government).
 */
export const ConceptRuleSchema = z.lazy(() =>
  z
    .object({
      all: z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(2)])).min(1),
      any: z.array(z.string().min(1)).min(1).optional(),
      none: z.array(z.string().min(1)).optional(),
      noneBefore: z.array(z.string().min(1)).optional(),
      negatable: z.array(z.string().min(1)).optional(),
      negated: z.array(z.string().min(1)).optional(),
      prose: z.boolean().optional(),
      statement: z.boolean().optional(),
      sameClause: z.boolean().optional(),
      oneItem: z.boolean().optional(),
      structure: z.boolean().optional(),
      inList: z.boolean().optional(),
      inTable: z.boolean().optional(),
      leadInItem: z.boolean().optional(),
      includeNpd: z.boolean().optional(),
    })
    .strict(),
);
export type ConceptRule = z.infer<typeof ConceptRuleSchema>;

/**
 * A verdict the wording-based evaluator could not reach but the meaning supports: when the evaluator says one of
 * `from`, and `minHits` units satisfy one of `rules`, the verdict becomes `to`, quoting those units.
 * `to: 'needs-review'` is a doubt, not a finding: the notice speaks of the topic in a way no rule can confirm or rule
 * out, so a person reads the quoted text rather than the report calling it missing.
 */
export const ConceptLiftSchema = z.lazy(() =>
  z
    .object({
      to: z.enum(['pass', 'partial', 'needs-review']),
      /** 'needs-review' is the Welsh reading's starting point: a Welsh notice's check nobody has read yet. */
      from: z.array(z.enum(['fail', 'partial', 'needs-review'])).min(1),
      rules: z.array(ConceptRuleSchema).min(1),
      /** Further rules that must each be satisfied too, in any unit (two halves of one statement in different places). */
      alsoNeeds: z.array(ConceptRuleSchema).default([]),
      /** Rules no unit of the notice may satisfy ("names the current law" holds only where no outdated law is named). */
      unlessAnywhere: z.array(ConceptRuleSchema).default([]),
      minHits: z.number().int().min(1).default(1),
      /** Lift only a verdict with one of these reason codes (one kind of partial, not every partial the evaluator gives). */
      whenReason: z
        .array(z.string().regex(/^[a-z0-9-]+$/))
        .min(1)
        .optional(),
      message: z.string().min(10),
    })
    .strict(),
);
export type ConceptLift = z.infer<typeof ConceptLiftSchema>;
