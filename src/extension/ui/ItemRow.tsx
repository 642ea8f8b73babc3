// One check in the list: status by icon, word and colour; expands (Enter/Space, it is a button) to evidence and guidance.
import { useState } from 'preact/hooks';
import type { Evidence, ItemResult } from '../../core/report';
import { STATUS_ICONS, severityWord, statusWord } from './status';

interface Props {
  item: ItemResult;
  onShow?: (evidence: Evidence) => void;
  showLabel: string;
}

export function ItemRow({ item, onShow, showLabel }: Props) {
  const [open, setOpen] = useState(false);
  const detailsId = `item-${item.id}`;
  return (
    <li class={`item status-${item.status}`}>
      <button type="button" class="item-toggle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="status-badge" aria-hidden="true">{STATUS_ICONS[item.status]}</span>
        <span class="status-word">{statusWord(item.area, item.status)}</span>
        <span class="item-title">{item.title}</span>
        <span class="severity">{severityWord(item.severity)}</span>
        <span class="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div id={detailsId} class="item-details">
          {item.evidence.length > 0 ? (
            <ul class="evidence">
              {item.evidence.map((e, i) => (
                <li key={i}>
                  <q>{e.text}</q>
                  {e.where && <span class="where"> — {e.where}</span>}
                  {onShow && (
                    <button type="button" class="link-button" onClick={() => onShow(e)}>
                      {showLabel}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {item.message && <p class="message">{item.evidence.length ? item.message : `Nothing found: ${item.message}`}</p>}
          <p class="ref">{item.ref}</p>
          {item.guidance && <p class="guidance">{item.guidance}</p>}
        </div>
      )}
    </li>
  );
}
