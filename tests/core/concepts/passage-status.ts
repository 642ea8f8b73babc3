// One check's verdict on a short passage read on its own: the passage sits in a skeleton notice that names the school
// and its ages and says nothing else any check could use. The paraphrase tests and the accuracy script's bank use it.
import { runAudit } from '../../../src/core/run-audit';
import type { Status } from '../../../src/core/report';

export interface Skeleton {
  school: string;
  ages: string;
  title: string;
  closing: string;
  url: string;
  asOf: string;
  /** Checks read without the school's name above the passage, so the passage alone must say who the controller is. */
  namelessFor?: readonly string[];
}

export function skeletonNotice(s: Skeleton, passage: string, id: string): string {
  const head = s.namelessFor?.includes(id) ? [`${s.title} (ages ${s.ages})`] : [`${s.school} (ages ${s.ages})`, s.title];
  return [...head, passage, s.closing].join('\n');
}

/** The status the audit gives check `id` on the passage; undefined when the report has no such item. */
export function passageStatus(s: Skeleton, id: string, passage: string, asOf = s.asOf): Status | undefined {
  const report = runAudit({ notice: { format: 'text', text: skeletonNotice(s, passage, id), url: s.url } }, { asOf, kind: 'pupil-notice' });
  return report.items.find((i) => i.id === id)?.status;
}

/** One check's status on a whole notice written as text, its kind read from the notice as an audit would. */
export function noticeStatus(id: string, text: string, url = 'https://school.example/privacy', asOf = '2026-12-02'): Status | undefined {
  return runAudit({ notice: { format: 'text', text, url } }, { asOf }).items.find((i) => i.id === id)?.status;
}

/** A test's reader of passages in its own skeleton: the status of check `id`, which the report must hold. */
export function statusReader(s: Skeleton): (id: string, passage: string, asOf?: string) => Status {
  return (id, passage, asOf = s.asOf) => {
    const status = passageStatus(s, id, passage, asOf);
    if (!status) throw new Error(`no item ${id}`);
    return status;
  };
}
