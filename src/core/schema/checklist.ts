// Zod schema for the checklist data: a typo in the data fails at load time, never in front of a user.
// src/core/schema/ is a leaf: the data shapes that the checklist, the checks and the concept matcher all read,
// importing nothing else from core, so none of those folders has to import another to learn a type.
import { z } from 'zod';
import { ConceptLiftSchema, ConceptRuleSchema } from './concept-rules';

// Object schemas are built on first parse (z.lazy), not as the module loads: the popup evaluates this code as it
// opens, on the thread that draws it, and validates with them only later.

export const ChecklistAreaSchema = z.enum(['notice', 'quality', 'cookies']);
export type ChecklistArea = z.infer<typeof ChecklistAreaSchema>;

export const SeveritySchema = z.enum(['required', 'required-if', 'recommended', 'quality']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A named group of phrases: each phrase is a case-insensitive regular-expression source over normalised text. */
export const PhraseListSchema = z.array(z.string().min(1)).min(1);

// Concept rules belong to the concept matcher that reads them; the checklist holds them as data.
export { ConceptLiftSchema, ConceptRuleSchema, type ConceptLift, type ConceptRule } from './concept-rules';

export const ChecklistItemSchema = z.lazy(() =>
  z
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
      /**
       * The words for each outcome, by the reason code the evaluator returns (as axe-core keeps messages beside each
       * check); {name} is filled from the verdict's values, {lookedFor} from this item. Codes ending "-note" are fragments.
       */
      messages: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)).default({}),
      /** Meaning-based second look, tried in order when the evaluator's verdict is in a lift's `from`. */
      concepts: z.array(ConceptLiftSchema).default([]),
      /**
       * How the check reads a notice in Welsh: Welsh concept lifts (from needs-review on a Welsh notice, from fail or
       * partial on a bilingual one), and the evaluator's reason codes whose verdicts read no English words (a link, the
       * school's phase) and so stand on a Welsh notice too.
       */
      welsh: z
        .object({
          concepts: z.array(ConceptLiftSchema).default([]),
          languageFree: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
          /** A conditional check that does not apply unless some unit satisfies one of these (biometrics named at all). */
          appliesIf: z.array(ConceptRuleSchema).default([]),
        })
        .strict()
        .default({ concepts: [], languageFree: [], appliesIf: [] }),
    })
    .strict(),
);
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type ChecklistItemInput = z.input<typeof ChecklistItemSchema>;

export const FlagDefSchema = z.lazy(() => z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1) }).strict());

export const ChecklistSchema = z.lazy(() =>
  z
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
    }),
);
export type Checklist = z.infer<typeof ChecklistSchema>;
