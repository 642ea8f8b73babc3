// Test harness for the identity, lawful-basis and rights checks: build an AuditContext from text or HTML and run one check or flag.
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { IDENTITY_CHECKS } from '../../../src/core/checks/identity/checks';
import { LAWFUL_BASIS_CHECKS } from '../../../src/core/checks/lawful-basis/checks';
import { RIGHTS_CHECKS } from '../../../src/core/checks/rights/checks';
import { RIGHTS_FLAGS } from '../../../src/core/checks/rights/flags';
import { IDENTITY_ITEMS } from '../../../src/core/checks/identity/items';
import { LAWFUL_BASIS_ITEMS } from '../../../src/core/checks/lawful-basis/items';
import { RIGHTS_ITEMS } from '../../../src/core/checks/rights/items';
import { ChecklistItemSchema } from '../../../src/core/schema/checklist';
import type { AuditContext, Verdict } from '../../../src/core/checks/types';
import type { Evidence } from '../../../src/core/report';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { AuditMemo } from '../../../src/core/audit-memo';
import { loadChecklist } from '../../../src/core/checklist';

const CHECKS = [...IDENTITY_CHECKS, ...LAWFUL_BASIS_CHECKS, ...RIGHTS_CHECKS];
const ITEMS = [...IDENTITY_ITEMS, ...LAWFUL_BASIS_ITEMS, ...RIGHTS_ITEMS];

export function contextOf(source: string, html = false): AuditContext {
  const doc = html ? readHtml(source, 'https://school.example/privacy') : readText(source);
  return {
    doc,
    text: analyseNotice(doc),
    concepts: new ConceptIndex(doc, analyseNotice(doc)),
    memo: new AuditMemo(),
    checklist: loadChecklist(),
    nation: { value: 'england', from: 'default', evidence: [] },
    phase: { value: 'unknown', from: 'default', evidence: [] },
    school: { value: null, from: 'default', evidence: [] },
    kind: 'pupil-notice',
    asOf: '2026-11-23',
  };
}

/** Run one check on a notice given as plain text (or HTML when `html`). */
export function run(id: string, source: string, html = false): Verdict {
  const check = CHECKS.find((c) => c.id === id);
  const data = ITEMS.find((i) => i.id === id);
  if (!check || !data) throw new Error(`unknown check ${id}`);
  const item = ChecklistItemSchema.parse(data);
  return check.evaluate(contextOf(source, html), check.optionsSchema.parse(item.options), item);
}

/** Evidence raised by one flag (empty = not raised). */
export function flag(id: string, source: string, html = false): Evidence[] {
  const detector = RIGHTS_FLAGS.find((f) => f.id === id);
  if (!detector) throw new Error(`unknown flag ${id}`);
  return detector.detect(contextOf(source, html));
}

/** Every check id and its options, for schema tests. */
export function allItems() {
  return ITEMS.map((data) => ({ data, check: CHECKS.find((c) => c.id === data.id) }));
}

/** Wrap body HTML in a page with a header and footer, as school sites do. */
export function page(body: string, chrome: { title?: string; header?: string; footer?: string } = {}): string {
  return `<!doctype html><html><head><title>${chrome.title ?? 'Privacy notice'}</title></head><body><header>${chrome.header ?? ''}</header><main>${body}</main><footer>${chrome.footer ?? ''}</footer></body></html>`;
}
