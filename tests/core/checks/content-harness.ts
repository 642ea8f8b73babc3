// Test harness for the content and government checks: build an AuditContext from text or HTML and run one check or flag.
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { CONTENT_CHECKS } from '../../../src/core/checks/content/checks';
import { GOVERNMENT_CHECKS } from '../../../src/core/checks/government/checks';
import { CONTENT_FLAGS } from '../../../src/core/checks/content/flags';
import { CONTENT_ITEMS } from '../../../src/core/checks/content/items';
import { GOVERNMENT_ITEMS } from '../../../src/core/checks/government/items';
import { ChecklistItemSchema } from '../../../src/core/schema/checklist';
import type { AuditContext, Verdict } from '../../../src/core/checks/types';
import type { Evidence, Nation, Phase } from '../../../src/core/report';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { AuditMemo } from '../../../src/core/audit-memo';
import { loadChecklist } from '../../../src/core/checklist';

const CHECKS = [...CONTENT_CHECKS, ...GOVERNMENT_CHECKS];
const ITEMS = [...CONTENT_ITEMS, ...GOVERNMENT_ITEMS];

export interface ContextOptions {
  html?: boolean;
  nation?: Nation;
  phase?: Phase;
}

export function contextOf(source: string, o: ContextOptions = {}): AuditContext {
  const doc = o.html ? readHtml(source, 'https://school.example/privacy') : readText(source);
  return {
    doc,
    text: analyseNotice(doc),
    concepts: new ConceptIndex(doc, analyseNotice(doc)),
    memo: new AuditMemo(),
    checklist: loadChecklist(),
    nation: { value: o.nation ?? 'england', from: 'override', evidence: [] },
    phase: { value: o.phase ?? 'unknown', from: 'override', evidence: [] },
    school: { value: null, from: 'default', evidence: [] },
    kind: 'pupil-notice',
    asOf: '2026-11-23',
  };
}

/** Run one check on a notice given as plain text (or HTML). */
export function run(id: string, source: string, o: ContextOptions = {}): Verdict {
  const check = CHECKS.find((c) => c.id === id);
  const data = ITEMS.find((i) => i.id === id);
  if (!check || !data) throw new Error(`unknown check ${id}`);
  const item = ChecklistItemSchema.parse(data);
  return check.evaluate(contextOf(source, o), check.optionsSchema.parse(item.options), item);
}

/** Run one content flag; returns its evidence (empty = not raised). */
export function flag(id: string, source: string, o: ContextOptions = {}): Evidence[] {
  const f = CONTENT_FLAGS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown flag ${id}`);
  return f.detect(contextOf(source, o));
}

/** The NPD boilerplate (May-2018 DfE text) whose trigger words are traps for school-level checks. */
export const NPD_BOILERPLATE = [
  'The National Pupil Database (NPD)',
  '',
  'The NPD is owned and managed by the Department for Education and contains information about pupils in schools in England. This information is securely collected from a range of sources including schools, local authorities and awarding bodies.',
  '',
  'The Department has robust processes in place to ensure the confidentiality of our data is maintained.',
  '',
  'To be granted access to pupil information, organisations must comply with strict terms and conditions covering the confidentiality and handling of the data, security arrangements and retention and use of the data.',
  '',
].join('\n');
