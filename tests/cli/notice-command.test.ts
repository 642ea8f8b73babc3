// The notice command end to end: formats, exit codes, and one-line errors for bad input (never a stack trace).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';
import { fetchDocument } from '../../src/cli/fetch-document';
import { documentFromBytes } from '../../src/cli/load-document';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
// The test server stands for the audited site itself, on a local address.
const LOCAL = { allowPrivate: true };
const tmp = mkdtempSync(join(tmpdir(), 'spa-cli-'));

async function run(args: string[], stdin?: NodeJS.ReadableStream) {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    setExit: () => {},
    ...(stdin ? { stdin } : {}),
  });
  return { code, out, err };
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/notice') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        readFileSync(join(corpus, 'seed-001.txt'), 'utf8')
          .split('\n')
          .map((l) => `<p>${l}</p>`)
          .join('\n'),
      );
    } else if (req.url === '/hang') {
      // Never answers: the client's time limit must end the request.
    } else {
      res.writeHead(404);
      res.end('not found');
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

describe('notice command', () => {
  it('prints a JSON report with every notice and quality id', async () => {
    const { code, out, err } = await run(['notice', join(corpus, 'seed-003.txt'), '--format', 'json', '--as-of', '2026-11-23']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const spec = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'checklist-items.json'), 'utf8'));
    const ids = spec.items.filter((i: { area: string }) => i.area !== 'cookies').map((i: { id: string }) => i.id);
    expect(report.items.map((i: { id: string }) => i.id).sort()).toEqual([...ids].sort());
    expect(report.asOf).toBe('2026-11-23');
    expect(report.checklist.version).toMatch(/^\d{4}\.\d{2}/);
  });

  it("prints CSV with a BOM, CRLF and the contract columns (then the school's URN and LA)", async () => {
    const { code, out } = await run(['notice', join(corpus, 'seed-002.txt'), '--format', 'csv', '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    expect(
      out.startsWith(
        '\uFEFFsite_url,school,document_url,audited_at,area,check_id,title,severity,status,evidence,location,legal_ref,guidance,checklist_version,urn,la,row_type,status_word,cookie_category\r\n',
      ),
    ).toBe(true);
  });

  it('prints a readable text report with the gaps first', async () => {
    const { code, out } = await run(['notice', join(corpus, 'seed-000.txt'), '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Summary: /m);
    const firstOk = out.search(/^ok /m);
    const firstMissing = out.search(/^MISSING /m);
    if (firstOk >= 0 && firstMissing >= 0) expect(firstMissing).toBeLessThan(firstOk);
  });

  it('audits a URL', async () => {
    const { code, out } = await run(['notice', `${base}/notice`, '--format', 'json', '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    expect(JSON.parse(out).source.url).toBe(`${base}/notice`);
  });

  it.each([
    ['an empty file', () => writeFileSync(join(tmp, 'empty.txt'), ''), 'empty.txt', /is empty/],
    ['a binary file', () => writeFileSync(join(tmp, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 8, 0])), 'bin.txt', /binary/],
    [
      'a file over the size cap',
      () => writeFileSync(join(tmp, 'big.txt'), Buffer.alloc(21 * 1024 * 1024, 97)),
      'big.txt',
      /limit is 20 MB/,
    ],
    ['a missing file', () => {}, 'nope.txt', /no such file/],
  ])('refuses %s with one line and exit 1', async (_what, make, name, message) => {
    make();
    const { code, out, err } = await run(['notice', join(tmp, name), '--format', 'json']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('a URL that answers 404 is a one-line error', async () => {
    const { code, out, err } = await run(['notice', `${base}/missing`]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/HTTP 404/);
  });

  it('a URL that never answers times out with a clear message', async () => {
    await expect(fetchDocument(`${base}/hang`, 300, documentFromBytes, LOCAL)).rejects.toThrow(/timed out after 0.3 s/);
  });

  it('HTML with no text gives a report whose checks say needs-review with the reason', async () => {
    writeFileSync(join(tmp, 'blank.html'), '<!doctype html><html><head><title>x</title></head><body><div></div></body></html>');
    const { code, out } = await run(['notice', join(tmp, 'blank.html'), '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.items.every((i: { status: string }) => i.status === 'needs-review')).toBe(true);
    expect(report.items[0].message).toMatch(/no readable text/);
  });

  it('reads Windows-1252 text', async () => {
    const text = 'Privacy Notice\nWe hold pupil data for 6 years \u2013 see our \u201cretention schedule\u201d.\n';
    const bytes = Buffer.from([...text].map((c) => ({ '\u2013': 0x96, '\u201c': 0x93, '\u201d': 0x94 })[c] ?? c.charCodeAt(0)));
    writeFileSync(join(tmp, 'cp1252.txt'), bytes);
    const { code, out } = await run(['notice', join(tmp, 'cp1252.txt'), '--format', 'json']);
    expect(code).toBe(0);
    expect(out).toContain('retention schedule');
    expect(out).not.toContain('\uFFFD');
  });

  it('usage errors exit 2', async () => {
    expect((await run(['notice'])).code).toBe(2);
    expect((await run(['notice', 'x.txt', '--format', 'xml'])).code).toBe(2);
    expect((await run(['notice', 'x.txt', '--as-of', '23/11/2026'])).code).toBe(2);
    expect((await run(['notice', 'x.txt', '--fail-on', 'some'])).code).toBe(2);
  });

  it('notice - reads the notice from standard input', async () => {
    const stdin = Readable.from([readFileSync(join(corpus, 'seed-001.html'))]);
    const fromStdin = await run(['notice', '-', '--format', 'json', '--as-of', '2026-11-23'], stdin);
    expect(fromStdin.code).toBe(0);
    const fromFile = await run(['notice', join(corpus, 'seed-001.html'), '--format', 'json', '--as-of', '2026-11-23']);
    const statuses = (out: string) =>
      (JSON.parse(out) as { items: { id: string; status: string }[] }).items.map((i) => `${i.id}:${i.status}`);
    expect(statuses(fromStdin.out)).toEqual(statuses(fromFile.out));
    expect(JSON.parse(fromStdin.out).source.format).toBe('html');
    const empty = await run(['notice', '-'], Readable.from([]));
    expect(empty).toMatchObject({ code: 1, out: '' });
    expect(empty.err).toContain('standard input is empty');
  });

  it('--fail-on exits 3 when gaps of that severity are found, 0 otherwise', async () => {
    const seed = join(corpus, 'seed-001.html');
    const plain = await run(['notice', seed, '--as-of', '2026-11-23']);
    expect(plain.code).toBe(0);
    const required = await run(['notice', seed, '--as-of', '2026-11-23', '--fail-on', 'required']);
    expect(required.code).toBe(3);
    expect(required.err).toMatch(/\d+ required gaps? found \(--fail-on required\)/);
    // Output is printed as usual: the exit code is the only difference.
    expect(required.out).toBe(plain.out);
    expect((await run(['notice', seed, '--as-of', '2026-11-23', '--fail-on', 'any'])).code).toBe(3);
  });

  it('--help lists every exit code', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const line of ['0  done', '1  the input could not be read', '2  usage error', '3  gaps found', '4  batch: every site failed'])
      expect(out).toContain(line);
  });
});
