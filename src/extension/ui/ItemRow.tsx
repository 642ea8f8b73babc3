// One check in the list: status by icon, word and colour; expands (Enter/Space, it is a button) to evidence and guidance.
import { useState } from 'preact/hooks';
import type { Evidence, ItemResult } from '../../core/report';
import { STATUS_ICONS, severityWord, statusWord } from './status';

interface Props {
  item: ItemResult;
  onShow?: (evidence: Evidence) => void;
  showLabel: string;
}

/** The check's message; "Nothing found:" leads a failed check with nothing quoted, once, whether or not the check wrote it. */
export function messageLine(item: Pick<ItemResult, 'message' | 'evidence' | 'status'>): string {
  if (item.status !== 'fail' || item.evidence.length || /^nothing found\b/i.test(item.message)) return item.message;
  return `Nothing found: ${item.message}`;
}

export function ItemRow({ item, onShow, showLabel }: Props) {
  const [open, setOpen] = useState(false);
  const detailsId = `item-${item.id}`;
  return (
    <li class={`item status-${item.status}`}>
      <button type="button" class="item-toggle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="status-badge" aria-hidden="true">
          {STATUS_ICONS[item.status]}
        </span>
        <span class="status-word">{statusWord(item.area, item.status)}</span>
        <span class="item-title">{item.title}</span>
        <span class="severity">{severityWord(item.severity)}</span>
        <span class="chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open && (
        <div id={detailsId} class="item-details">
          {item.evidence.length > 0 ? (
            <ul class="evidence">
              {item.evidence.map((e, i) => (
                <li key={i} class={e.kind === 'description' ? 'described' : 'quoted'}>
                  {/* A description the check composed is not the school's words: no quotation marks, nothing to find on the page. */}
                  {e.kind === 'description' ? <span class="description">{e.text}</span> : <q>{e.text}</q>}
                  {e.where && <span class="where"> — {e.where}</span>}
                  {onShow && e.kind !== 'description' && (
                    <button type="button" class="link-button" onClick={() => onShow(e)}>
                      {showLabel}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {item.message && <p class="message">{messageLine(item)}</p>}
          <p class="ref">{item.ref}</p>
          {item.guidance && <p class="guidance">{item.guidance}</p>}
        </div>
      )}
    </li>
  );
}
