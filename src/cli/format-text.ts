// A readable terminal report: the summary, then the gaps first, each with its evidence.
import type { AuditReport, ItemResult } from '../core/report';
import { outcomeLines } from '../core/discovery/document-outcomes';
import { sortByStatus, statusWord } from '../core/status-words';
import { noteLine, summariseAudit } from '../core/summary';
import { describeCapture, describeConsent, describeExpiry } from '../core/cookies/describe';

const WORD_WIDTH = 14;

function line(i: ItemResult): string[] {
  const word = statusWord(i.area, i.status).toUpperCase();
  const out = [`${word.padEnd(WORD_WIDTH)} ${i.title} [${i.id}] (${i.severity}; ${i.ref})`];
  const indent = ' '.repeat(WORD_WIDTH + 1);
  if (i.message) out.push(`${indent}${i.message}`);
  for (const e of i.evidence.slice(0, 3)) out.push(`${indent}"${e.text}" (${e.where})`);
  return out;
}

export function formatTextReport(r: AuditReport): string {
  const summary = summariseAudit({ documents: [r] });
  const out: string[] = [];
  out.push(`${r.school ?? 'School not named'} - ${r.source.url ?? 'document'}`);
  out.push(
    `${r.nation} - ${r.phase} - ${r.source.kind.replace(/-/g, ' ')} - audited as of ${r.asOf} - checklist ${r.checklist.version} (verified ${r.checklist.date})`,
  );
  out.push(`Summary: ${summary.lines[0] ?? ''}`);
  out.push(...summary.lines.slice(1).map((h) => `  ${h}`));
  out.push(...outcomeLines(r).map((d) => `  ${d}`));
  for (const n of summary.notes) out.push(`Note: ${noteLine(n)}`);
  for (const area of ['notice', 'quality', 'cookies'] as const) {
    const items = sortByStatus(r.items.filter((i) => i.area === area));
    if (!items.length) continue;
    out.push('', area === 'notice' ? 'Notice content' : area === 'quality' ? 'Quality' : 'Cookies');
    for (const i of items) out.push(...line(i));
  }
  if (r.flags.length) {
    out.push('', 'Flags');
    for (const f of r.flags) {
      out.push(`  ${f.title} [${f.id}]`);
      for (const e of f.evidence.slice(0, 3)) out.push(`         "${e.text}" (${e.where})`);
    }
  }
  const observed = r.cookies?.observed ?? [];
  if (observed.length) {
    const capture = r.cookies?.capture;
    out.push(
      '',
      `Observed cookies${capture ? ` (captured ${describeCapture(capture)})` : ''}: name, domain, party, category, declared, expires, set before consent`,
    );
    for (const k of observed)
      out.push(
        `  ${k.name} ${k.domain} ${k.party} ${k.category} ${k.declared} ${describeExpiry(k.expiresInDays)} ${describeConsent(k.beforeConsent, capture?.consentBanner)}`,
      );
  }
  return `${out.join('\n')}\n`;
}
