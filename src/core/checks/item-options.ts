// The validated options of a checklist item, parsed once and shared by its check and by the flags that read the same data.
import type { z } from 'zod';
import type { Checklist, ChecklistItem } from '../schema/checklist';

// One parsed object per item: the per-document memos key on option objects by identity, so a check and its flag
// must receive the same object for a whole-document scan to run once per audit rather than once per reader.
// Module-level on purpose: keyed on checklist items, constant data, so the parse is a pure function of them.
const parsed = new WeakMap<ChecklistItem, unknown>();

/**
 * Items of the built-in checklist: their options are written out in full, and the tests check each equals its
 * schema's reading, so they are taken as they stand. Options of any other checklist are parsed on first use.
 */
export function trustOptions(items: readonly ChecklistItem[]): void {
  for (const item of items) if (!parsed.has(item)) parsed.set(item, item.options);
}

export function itemOptions<S extends z.ZodType>(item: ChecklistItem, schema: S): z.infer<S> {
  if (!parsed.has(item)) parsed.set(item, schema.parse(item.options));
  return parsed.get(item) as z.infer<S>;
}

/** The options of check `id` in the audit's checklist, so a flag reads the same data as its check (null: no such item). */
export function optionsOfCheck<S extends z.ZodType>(checklist: Checklist, id: string, schema: S): z.infer<S> | null {
  const item = checklist.items.find((i) => i.id === id);
  return item ? itemOptions(item, schema) : null;
}
