// A readable terminal report: a summary line, then the gaps first, each with its evidence.
import type { AuditReport, ItemResult, Status } from '../core/report';
import { outcomeLines } from '../core/discovery/document-outcomes';

const ORDER: Status[] = ['fail', 'partial', 'needs-review', 'pass', 'not-applicable'];
const WORD: Record<Status, string> = { fail: 'MISSING', partial: 'PARTLY', 'needs-review': 'CHECK', pass: 'ok', 'not-applicable': 'n/a' };
const QUALITY_WORD: Record<Status, string> = { fail: 'PROBLEM', partial: 'WARNING', 'needs-review': 'CHECK', pass: 'ok', 'not-applicable': 'n/a' };

function line(i: ItemResult): string[] {
  const word = (i.area === 'quality' ? QUALITY_WORD : WORD)[i.status];
  const out = [`${word.padEnd(8)} ${i.title} [${i.id}] (${i.severity}; ${i.ref})`];
  if (i.message) out.push(`         ${i.message}`);
  for (const e of i.evidence.slice(0, 3)) out.push(`         "${e.text}" (${e.where})`);
  return out;
}

export function formatTextReport(r: AuditReport): string {
  const c = r.summary.counts;
  const out: string[] = [];
  out.push(`${r.school ?? 'School not named'} - ${r.source.url ?? 'document'}`);
  out.push(`${r.nation} - ${r.phase} - ${r.source.kind.replace(/-/g, ' ')} - audited as of ${r.asOf} - checklist ${r.checklist.version} (verified ${r.checklist.date})`);
  out.push(`Summary: ${c.fail} missing/problems, ${c.partial} partly met, ${c['needs-review']} to check by hand, ${c.pass} met, ${c['not-applicable']} not applicable.`);
  out.push(...r.summary.headline.map((h) => `  ${h}`));
  out.push(...outcomeLines(r).map((d) => `  ${d}`));
  for (const w of r.warnings) out.push(`Warning: ${w}`);
  for (const area of ['notice', 'quality', 'cookies'] as const) {
    const items = r.items.filter((i) => i.area === area).sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
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
    out.push('', 'Observed cookies (name, party, category, declared, expires in days, before consent)');
    for (const k of observed) out.push(`  ${k.name} ${k.domain} ${k.party} ${k.category} ${k.declared} ${k.expiresInDays ?? 'session'} ${k.beforeConsent ?? 'unknown'}`);
  }
  return `${out.join('\n')}\n`;
}
