// Deterministic sharding of a school list: shard i of n takes the sites whose URL hash falls in its slot.
import { createHash } from 'node:crypto';
import { InputError } from '../load-document';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InputError(`--shard ${spec}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}

/** The key a site is hashed by: scheme and trailing slash do not matter, so lists written differently agree. */
export function siteKey(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

/** Stable across machines, runs and list orders: the first 8 bytes of SHA-256 of the site key, mod n. */
export function shardOf(url: string, count: number): number {
  const h = createHash('sha256').update(siteKey(url)).digest();
  return Number(h.readBigUInt64BE(0) % BigInt(count)) + 1;
}

export function inShard(url: string, shard: Shard): boolean {
  return shardOf(url, shard.count) === shard.index;
}
