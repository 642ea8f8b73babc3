// Deterministic sharding of a school list: shard i of n takes the sites whose URL hash falls in its slot.
import { createHash } from 'node:crypto';
import { UsageError } from '../usage-error';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${spec}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}

/**
 * `--shards n` with the 0-based index a Kubernetes Indexed Job puts in JOB_COMPLETION_INDEX (0 .. n-1), as the
 * same 1-based shard `--shard i/n` takes, so both ways split a list identically.
 */
export function shardFromJobIndex(count: number, jobIndex: string | undefined): Shard {
  if (jobIndex === undefined || jobIndex.trim() === '')
    throw new UsageError(
      `--shards ${count} needs the shard's 0-based index in JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job), e.g. JOB_COMPLETION_INDEX=0`,
    );
  const index = Number(jobIndex.trim());
  if (!/^\d+$/.test(jobIndex.trim()) || index >= count)
    throw new UsageError(`JOB_COMPLETION_INDEX=${jobIndex}: expected a whole number from 0 to ${count - 1} for --shards ${count}`);
  return { index: index + 1, count };
}

/** What a school is sharded by: its website (so schools sharing one stay together), else its URN or name. */
export function shardKeyOf(t: { url: string; urn?: string | null; school?: string | null }): string {
  return t.url.trim() ? t.url : `school:${t.urn ?? t.school ?? ''}`;
}

/** The key a site is hashed by: scheme and trailing slash do not matter, so lists written differently agree. */
export function siteKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** Stable across machines, runs and list orders: the first 8 bytes of SHA-256 of the site key, mod n. */
export function shardOf(url: string, count: number): number {
  const h = createHash('sha256').update(siteKey(url)).digest();
  return Number(h.readBigUInt64BE(0) % BigInt(count)) + 1;
}

export function inShard(url: string, shard: Shard): boolean {
  return shardOf(url, shard.count) === shard.index;
}
