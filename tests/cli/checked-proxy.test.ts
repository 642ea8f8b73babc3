// The browser's proxy connects only where the private-address policy allows, with the policy's own DNS answer.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { checkAddress, type AddressPolicy, type ResolveHost } from '../../src/cli/address-policy';
import { startCheckedProxy, type CheckedProxy } from '../../src/cli/browser/checked-proxy';

let server: Server;
let port = 0;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(`${(req.headers.host ?? '').replace(/:\d+$/, '')}${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('reached');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function withProxy<T>(policy: AddressPolicy, fn: (proxy: CheckedProxy, server: string) => Promise<T>): Promise<T> {
  const proxy = await startCheckedProxy(policy);
  try {
    return await fn(proxy, proxy.settingsFor('school.example.test').server);
  } finally {
    await proxy.close();
  }
}

/** A plain-HTTP request through the proxy (absolute-form, as a browser sends it). */
async function getVia(proxyServer: string, url: string): Promise<{ status: number; body: string }> {
  const dispatcher = new ProxyAgent({ uri: proxyServer, proxyTunnel: false });
  try {
    const res = await undiciFetch(url, { dispatcher });
    return { status: res.status, body: await res.text() };
  } finally {
    await dispatcher.close();
  }
}

/** A CONNECT tunnel request, as a browser sends for https and websockets: the proxy's answer status. */
function connectVia(proxyServer: string, target: string): Promise<number> {
  const { hostname, port: proxyPort } = new URL(proxyServer);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port: Number(proxyPort), method: 'CONNECT', path: target });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(5_000, () => reject(new Error('no answer')));
    req.end();
  });
}

const loopback: ResolveHost = async () => ['127.0.0.1'];

describe('the checked proxy', () => {
  it('settings send everything but the audited host through it, loopback included', async () => {
    await withProxy({ allowPrivate: false }, async (proxy, server) => {
      expect(server).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(proxy.settingsFor('school.example.test').bypass).toBe('<-loopback>,school.example.test');
    });
  });

  it('refuses a name that resolves to a private address, over plain HTTP and CONNECT, and reaches nothing', async () => {
    received.length = 0;
    await withProxy({ allowPrivate: false, resolve: loopback }, async (proxy, server) => {
      const res = await getVia(server, `http://intranet.example.test:${port}/notice`);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('reached');
      expect(await connectVia(server, `intranet.example.test:${port}`)).not.toBe(200);
      expect(proxy.failureFor([`https://intranet.example.test/`])?.message).toBe('not fetched: intranet.example.test is a private address');
    });
    expect(received).toEqual([]);
  });

  it('refuses private IP literals, which Node would connect to without a lookup', async () => {
    received.length = 0;
    await withProxy({ allowPrivate: false, resolve: loopback }, async (proxy, server) => {
      expect((await getVia(server, `http://127.0.0.1:${port}/notice`)).status).toBe(403);
      expect(await connectVia(server, `127.0.0.1:${port}`)).toBe(403);
      expect(await connectVia(server, `[::1]:${port}`)).toBe(403);
      expect(proxy.failureFor([`http://127.0.0.1:${port}/x`])?.message).toBe('not fetched: 127.0.0.1 is a private address');
      expect(proxy.failureFor([`http://[::1]:${port}/x`])?.message).toBe('not fetched: ::1 is a private address');
    });
    expect(received).toEqual([]);
  });

  it('connects with the answer it checked: a name that answers public to a check, then loopback, is refused', async () => {
    const answers = [['93.184.216.34'], ['127.0.0.1']];
    const asked: string[] = [];
    const rebinding: ResolveHost = async (host) => {
      asked.push(host);
      return answers.shift() ?? ['127.0.0.1'];
    };
    const policy: AddressPolicy = { allowPrivate: false, resolve: rebinding };
    received.length = 0;
    await withProxy(policy, async (proxy, server) => {
      await checkAddress(`http://rebind.example.test:${port}/`, policy);
      const res = await getVia(server, `http://rebind.example.test:${port}/notice`);
      expect(res.body).not.toContain('reached');
      expect(proxy.failureFor([`http://rebind.example.test:${port}/notice`])?.message).toBe(
        'not fetched: rebind.example.test is a private address',
      );
    });
    expect(asked).toEqual(['rebind.example.test', 'rebind.example.test']);
    expect(received).toEqual([]);
  });

  it('forwards what the policy allows, through its own lookup, and remembers names that do not resolve', async () => {
    received.length = 0;
    const resolve: ResolveHost = async (host) => {
      if (host === 'docs.example.test') return ['127.0.0.1'];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    };
    await withProxy({ allowPrivate: true, resolve }, async (proxy, server) => {
      expect(await getVia(server, `http://docs.example.test:${port}/notice`)).toEqual({ status: 200, body: 'reached' });
      expect(await connectVia(server, `docs.example.test:${port}`)).toBe(200);
      expect(proxy.failureFor([`http://docs.example.test:${port}/notice`])).toBeNull();
      expect((await getVia(server, `http://gone.example.test:${port}/`)).status).toBeGreaterThanOrEqual(400);
      expect(proxy.failureFor([`http://gone.example.test/`])).toMatchObject({ code: 'ENOTFOUND' });
    });
    expect(received).toEqual(['docs.example.test/notice']);
  });
});
