// Small hostile-input rules: a closed pipe, plain network reasons, --resume retrying failures, no credentials in lists.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument } from '../../src/cli/fetch-document';
import { documentFromBytes } from '../../src/cli/load-document';
import { parseSchoolList } from '../../src/cli/batch/read-school-list';
import { alreadyAudited } from '../../src/cli/batch/run-batch';

// These fetches stand for the audited site itself, on a local test server.
const LOCAL = { allowPrivate: true };

const root = join(import.meta.dirname, '..', '..');

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/stall') {
      // Headers, a little body, then nothing: the time limit must cover the body too.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('plain reasons for failed fetches', () => {
  it('a refused connection', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    await expect(fetchDocument(`http://127.0.0.1:${port}/notice`, 5_000, documentFromBytes, LOCAL)).rejects.toThrow(
      /^cannot fetch http:\/\/127\.0\.0\.1:\d+\/notice: connection refused \(ECONNREFUSED\)$/,
    );
  });

  it('a host name that does not resolve', async () => {
    await expect(fetchDocument('http://no-such-school.invalid/', 10_000)).rejects.toThrow(/DNS failure: the host name does not resolve/);
  });

  it('a body that stalls is a timeout, not an unexpected error', async () => {
    await expect(fetchDocument(`${base}/stall`, 500, documentFromBytes, LOCAL)).rejects.toThrow(/: timed out after 0\.5 s$/);
  });
});

describe('school lists', () => {
  it('drop user:password@ from every address and keep the working form of a duplicate', () => {
    const list = parseSchoolList('https://admin:secret@a.sch.uk/\nhttps://b.sch.uk//\nhttps://b.sch.uk/\n');
    expect(list.targets.map((t) => t.url)).toEqual(['https://a.sch.uk/', 'https://b.sch.uk/']);
    expect(JSON.stringify(list)).not.toMatch(/secret|admin/);
  });
});

describe('--resume', () => {
  it('skips finished sites and retries failed ones', () => {
    expect(alreadyAudited({ siteUrl: 'https://a.sch.uk/', status: 'done' }, 'https://a.sch.uk/')).toBe(true);
    expect(alreadyAudited({ siteUrl: 'https://a.sch.uk/', status: 'error' }, 'https://a.sch.uk/')).toBe(false);
    expect(alreadyAudited(null, 'https://a.sch.uk/')).toBe(false);
  });
});

describe('a reader that stops early', () => {
  it('ends the output quietly: no EPIPE stack trace, exit 0', async () => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'bin', 'school-privacy-audit.mjs'),
        'notice',
        join(root, 'tests', 'fixtures', 'corpus', 'seed-001.html'),
        '--as-of',
        '2026-11-23',
        '--format',
        'json',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // Like `| head -c 10`: read one chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(err).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(0);
  }, 120_000);
});

describe('text past the character limit', () => {
  it('is refused with the reason, never cut silently', async () => {
    const { documentFromBytes } = await import('../../src/cli/load-document');
    const bytes = new Uint8Array(20_500_000).fill(0x61);
    await expect(documentFromBytes(bytes, { name: 'long.txt', contentType: 'text/plain' })).rejects.toThrow(
      /long\.txt: the text is 20\.5 million characters; the limit is 20 million/,
    );
  });
});
