// The cookies adapter: a domain's plain and partitioned cookies are asked for together, and a browser that refuses
// partition keys still gives the plain ones.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserCookies } from '../../src/extension/adapters/cookies';

const fake = vi.hoisted(() => ({
  /** Each getAll call as it was made, and how to answer it. */
  calls: [] as { partitioned: boolean; answer: (cookies: unknown[]) => void; refuse: (err: Error) => void }[],
  /** A browser without partition keys throws at once when one is passed. */
  noPartitionKeys: false,
}));

vi.mock('../../src/extension/adapters/browser-api', () => ({
  browser: {
    cookies: {
      getAll: (query: { domain: string; partitionKey?: unknown }) => {
        const partitioned = query.partitionKey !== undefined;
        if (partitioned && fake.noPartitionKeys) throw new Error('Unexpected property "partitionKey"');
        return new Promise((answer, refuse) => fake.calls.push({ partitioned, answer, refuse }));
      },
    },
  },
}));

const cookie = (name: string) => ({
  name,
  value: '',
  domain: 'school.example',
  path: '/',
  hostOnly: true,
  httpOnly: false,
  secure: true,
  session: true,
});

beforeEach(() => {
  fake.calls = [];
  fake.noPartitionKeys = false;
});

describe('browserCookies.forDomain', () => {
  it('asks for the plain and the partitioned cookies before either answers, and returns both', async () => {
    const read = browserCookies.forDomain('school.example');
    await Promise.resolve();
    expect(fake.calls.map((c) => c.partitioned).sort()).toEqual([false, true]);
    for (const c of fake.calls) c.answer([cookie(c.partitioned ? 'chips' : 'session')]);
    expect((await read).map((c) => c.name)).toEqual(['session', 'chips']);
  });

  it('gives the plain cookies when the browser refuses a partition key, at once or later', async () => {
    fake.noPartitionKeys = true;
    const atOnce = browserCookies.forDomain('school.example');
    await Promise.resolve();
    expect(fake.calls).toHaveLength(1);
    fake.calls[0]!.answer([cookie('session')]);
    expect((await atOnce).map((c) => c.name)).toEqual(['session']);

    fake.noPartitionKeys = false;
    fake.calls = [];
    const later = browserCookies.forDomain('school.example');
    await Promise.resolve();
    for (const c of fake.calls) {
      if (c.partitioned) c.refuse(new Error('partitionKey is not supported'));
      else c.answer([cookie('session')]);
    }
    expect((await later).map((c) => c.name)).toEqual(['session']);
  });

  it('fails when the plain read fails (the caller reports the domain as unread)', async () => {
    const read = browserCookies.forDomain('school.example');
    await Promise.resolve();
    for (const c of fake.calls) {
      if (c.partitioned) c.answer([]);
      else c.refuse(new Error('no host permission'));
    }
    await expect(read).rejects.toThrow('no host permission');
  });
});
