// Measures resident memory of this Node process and every process it spawned (Chromium's whole tree), from /proc.
import { readFileSync, readdirSync } from 'node:fs';

export interface MemorySample {
  /** Sum of RSS over the tree, bytes (counts pages shared between Chromium processes once per process). */
  rss: number;
  /** Sum of PSS over the tree, bytes (shared pages split between sharers: the fairer total), 0 if unreadable. */
  pss: number;
  processes: number;
  /** RSS and PSS of the root process alone (the Node side), bytes. */
  rootRss: number;
  rootPss: number;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: parse after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function kbField(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) * 1024 : 0;
}

/** The root process (default: this one) and all its descendants. Linux only; zeros elsewhere. */
export function sampleProcessTreeMemory(root: number = process.pid): MemorySample {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return { rss: 0, pss: 0, processes: 0, rootRss: 0, rootPss: 0 };
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const ppid = parentOf(pid);
    if (ppid === null) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  let rss = 0;
  let pss = 0;
  let rootRss = 0;
  let rootPss = 0;
  for (const pid of tree) {
    let r = 0;
    let p = 0;
    try {
      r = kbField(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
    } catch {
      /* exited meanwhile */
    }
    try {
      p = kbField(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
    } catch {
      /* not permitted or exited */
    }
    rss += r;
    pss += p;
    if (pid === root) {
      rootRss = r;
      rootPss = p;
    }
  }
  return { rss, pss, processes: tree.length, rootRss, rootPss };
}
