// Verdicts by reason code: an evaluator names the outcome, and the words for it live beside the item's data.
import type { ChecklistItem } from '../schema/checklist';
import type { Evidence, Status } from '../report';
import type { Verdict } from './types';

export type MessageValues = Readonly<Record<string, string>>;

/** The item's words for `reason`, with {name} filled from `values` ({lookedFor} from the item). Throws on a gap. */
export function messageFor(item: Pick<ChecklistItem, 'id' | 'messages' | 'lookedFor'>, reason: string, values: MessageValues = {}): string {
  const template = item.messages[reason];
  if (template === undefined) throw new Error(`${item.id} has no message for reason "${reason}"`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = name === 'lookedFor' ? item.lookedFor : values[name];
    if (value === undefined) throw new Error(`${item.id}: message "${reason}" needs a value for {${name}}`);
    return value;
  });
}

/** A verdict whose message is the item's words for `reason`. */
export function verdictFor(
  item: ChecklistItem,
  status: Status,
  reason: string,
  evidence: Evidence[] = [],
  values: MessageValues = {},
): Verdict {
  return { status, reason, message: messageFor(item, reason, values), evidence };
}
