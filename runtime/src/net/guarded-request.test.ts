import type dns from 'node:dns';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KefuError } from '../errors.js';
import { checkUrlSyntax, guardedRequest, nextHop } from './guarded-request.js';

interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** TCP connections accepted so far: proof of whether the client dialled at all. */
  connections: number;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
}

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  }));
});

async function startServer(handle: (request: IncomingMessage, response: ServerResponse, body: string) => void): Promise<TestServer> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: TestServer = { origin: `http://127.0.0.1:${port}`, port, connections: 0, requests: [] };
  server.on('connection', () => (state.connections += 1));
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      state.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      handle(request, response, body);
    });
  });
  return state;
}

function answer(status: number, body: string, headers: Record<string, string | string[]> = {}) {
  return (_request: IncomingMessage, response: ServerResponse) => response.writeHead(status, headers).end(body);
}

/** A `dns.lookup` stand-in that answers from a table and counts its calls. */
function fakeLookup(table: Record<string, string[]>) {
  const calls: string[] = [];
  const lookup = (hostname: string, _options: unknown, callback: (error: Error | null, addresses: dns.LookupAddress[]) => void) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, addresses.map((address) => ({ address, family: isIP(address) })));
  };
  return { calls, lookup: lookup as unknown as typeof dns.lookup };
}

async function failure(promise: Promise<unknown>): Promise<KefuError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(KefuError);
  return error as KefuError;
}

const ALLOW_LOOPBACK = { allow: ['127.0.0.1'] };
const NO_EXCEPTIONS = { allow: [] };

describe('guardedRequest: the SSRF guard', () => {
  it('blocks a loopback server by default, naming the address but not the query string', async () => {
    const server = await startServer(answer(200, 'secret'));
    const error = await failure(guardedRequest({ url: `${server.origin}/admin?token=hunter2` }, NO_EXCEPTIONS));
    expect(error.code).toBe('KEFU_ERR_URL_BLOCKED');
    expect(error.message).toBe(`${server.origin}: 127.0.0.1 is a loopback address; add it to KEFU_SSRF_ALLOW to allow it`);
    expect(error.message).not.toContain('hunter2');
    expect(server.connections).toBe(0);
  });

  it('reaches a loopback server allowed by address or by CIDR', async () => {
    const server = await startServer(answer(200, 'hello', { 'X-Answer': '42' }));
    for (const policy of [ALLOW_LOOPBACK, { allow: ['127.0.0.0/8'] }]) {
      const response = await guardedRequest({ url: `${server.origin}/hi?q=1` }, policy);
      expect(response).toMatchObject({ status: 200, text: 'hello', url: `${server.origin}/hi?q=1` });
      expect(response.headers['x-answer']).toBe('42');
    }
    expect(server.requests.map((request) => request.headers['user-agent'])).toEqual(['Kefu', 'Kefu']);
  });

  it('blocks localhost, which resolves to loopback', async () => {
    const server = await startServer(answer(200, 'secret'));
    const error = await failure(guardedRequest({ url: `http://localhost:${server.port}/` }, NO_EXCEPTIONS));
    expect(error.code).toBe('KEFU_ERR_URL_BLOCKED');
    expect(error.message).toMatch(/^http:\/\/localhost:\d+: localhost resolves to (127\.0\.0\.1|::1), a loopback address; add it to KEFU_SSRF_ALLOW/);
    expect(server.connections).toBe(0);
  });

  it('blocks an IPv6 literal and an IPv4-mapped literal', async () => {
    const v6 = await failure(guardedRequest({ url: 'http://[::1]:9/' }, NO_EXCEPTIONS));
    expect(v6.message).toBe('http://[::1]:9: ::1 is a loopback address; add it to KEFU_SSRF_ALLOW to allow it');
    const mapped = await failure(guardedRequest({ url: 'http://[::ffff:169.254.169.254]/latest/meta-data/' }, NO_EXCEPTIONS));
    expect(mapped.message).toContain('a link-local address');
  });

  it('blocks a public-looking name that resolves to a private or metadata address', async () => {
    const { lookup } = fakeLookup({ 'erp.example.com': ['10.0.0.5'], 'meta.example.com': ['169.254.169.254'] });
    const erp = await failure(guardedRequest({ url: 'https://erp.example.com/api?key=s3cret' }, NO_EXCEPTIONS, { lookup }));
    expect(erp.code).toBe('KEFU_ERR_URL_BLOCKED');
    expect(erp.message).toBe('https://erp.example.com: erp.example.com resolves to 10.0.0.5, a private address; add it to KEFU_SSRF_ALLOW to allow it');
    expect(erp.details).toEqual({ origin: 'https://erp.example.com', host: 'erp.example.com', address: '10.0.0.5', category: 'private' });
    const meta = await failure(guardedRequest({ url: 'http://meta.example.com/latest/meta-data/' }, NO_EXCEPTIONS, { lookup }));
    expect(meta.message).toContain('resolves to 169.254.169.254, a link-local address');
  });

  it('blocks before connecting when any resolved address is not allowed', async () => {
    // Without the guard Node would dial 127.0.0.1 first, which is allowed and listening.
    const server = await startServer(answer(200, 'secret'));
    for (const bad of ['10.0.0.5', '169.254.169.254']) {
      const { calls, lookup } = fakeLookup({ 'mixed.example.com': ['127.0.0.1', bad] });
      const error = await failure(guardedRequest({ url: `http://mixed.example.com:${server.port}/` }, ALLOW_LOOPBACK, { lookup }));
      expect(error.message).toContain(`resolves to ${bad}`);
      expect(calls).toEqual(['mixed.example.com']);
    }
    expect(server.connections).toBe(0);
  });

  it('connects to the address it checked, and honours an allowed host name', async () => {
    const server = await startServer(answer(200, 'ok'));
    const { lookup } = fakeLookup({ 'api.example.com': ['127.0.0.1'], 'erp.internal': ['127.0.0.1'] });
    const viaAddress = await guardedRequest({ url: `http://api.example.com:${server.port}/v1` }, ALLOW_LOOPBACK, { lookup });
    expect(viaAddress.status).toBe(200);
    const viaName = await guardedRequest({ url: `http://erp.internal:${server.port}/v1` }, { allow: ['erp.internal'] }, { lookup });
    expect(viaName.status).toBe(200);
    expect(server.requests.map((request) => request.headers.host)).toEqual([`api.example.com:${server.port}`, `erp.internal:${server.port}`]);
  });

  it('reports a host name that does not resolve', async () => {
    const { lookup } = fakeLookup({});
    const error = await failure(guardedRequest({ url: 'http://nowhere.example.com/' }, NO_EXCEPTIONS, { lookup }));
    expect(error.code).toBe('KEFU_ERR_HTTP_FAILED');
    expect(error.message).toBe('http://nowhere.example.com: the host name nowhere.example.com could not be resolved.');
  });
});

describe('checkUrlSyntax and guardedRequest: URL rules', () => {
  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'javascript:alert(1)', 'gopher://example.com/'])('refuses %s', async (url) => {
    const scheme = url.slice(0, url.indexOf(':') + 1);
    expect(() => checkUrlSyntax(url)).toThrow(expect.objectContaining({ code: 'KEFU_ERR_URL_BLOCKED', message: `${scheme} URLs are not allowed; use http: or https:.` }));
    const { calls, lookup } = fakeLookup({});
    expect((await failure(guardedRequest({ url }, NO_EXCEPTIONS, { lookup }))).code).toBe('KEFU_ERR_URL_BLOCKED');
    expect(calls).toEqual([]);
  });

  it('refuses credentials in the URL without repeating them', async () => {
    for (const url of ['https://user:pa55@api.example.com/', 'https://user@api.example.com/']) {
      expect(() => checkUrlSyntax(url)).toThrow(expect.objectContaining({ code: 'KEFU_ERR_URL_BLOCKED' }));
      const error = await failure(guardedRequest({ url }, NO_EXCEPTIONS));
      expect(error.message).toBe('https://api.example.com: a user name or password in the URL is not allowed; send credentials in a header.');
    }
  });

  it('refuses what is not an absolute URL, and accepts http and https', () => {
    expect(() => checkUrlSyntax('/relative')).toThrow(expect.objectContaining({ code: 'KEFU_ERR_URL_BLOCKED' }));
    expect(() => checkUrlSyntax('http://')).toThrow(expect.objectContaining({ code: 'KEFU_ERR_URL_BLOCKED' }));
    expect(checkUrlSyntax('https://api.example.com/x?y=1').hostname).toBe('api.example.com');
    expect(checkUrlSyntax('HTTP://10.0.0.5/').protocol).toBe('http:');
  });
});

describe('guardedRequest: redirects', () => {
  it('checks every hop: an allowed server cannot redirect to a blocked address', async () => {
    const inner = await startServer(answer(200, 'secret'));
    const { lookup } = fakeLookup({ 'internal.example.com': ['10.0.0.5'] });
    for (const target of ['http://10.0.0.5/admin', 'http://internal.example.com/admin', `http://127.0.0.2:${inner.port}/`]) {
      const outer = await startServer(answer(302, '', { location: target }));
      const error = await failure(guardedRequest({ url: outer.origin }, ALLOW_LOOPBACK, { lookup }));
      expect(error.code).toBe('KEFU_ERR_URL_BLOCKED');
      expect(error.message).toMatch(/10\.0\.0\.5|127\.0\.0\.2/);
    }
    expect(inner.connections).toBe(0);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const server = await startServer(answer(301, '', { location: 'file:///etc/passwd' }));
    const error = await failure(guardedRequest({ url: server.origin }, ALLOW_LOOPBACK));
    expect(error).toMatchObject({ code: 'KEFU_ERR_URL_BLOCKED', message: 'file: URLs are not allowed; use http: or https:.' });
  });

  it('follows up to maxRedirects hops and fails beyond', async () => {
    const server = await startServer((request, response) => {
      const hop = Number(request.url?.slice(1));
      response.writeHead(hop < 3 ? 302 : 200, hop < 3 ? { location: `/${hop + 1}` } : {}).end(`hop ${hop}`);
    });
    const followed = await guardedRequest({ url: `${server.origin}/0` }, ALLOW_LOOPBACK);
    expect(followed).toMatchObject({ status: 200, text: 'hop 3', url: `${server.origin}/3` });
    const error = await failure(guardedRequest({ url: `${server.origin}/0`, maxRedirects: 2 }, ALLOW_LOOPBACK));
    expect(error).toMatchObject({ code: 'KEFU_ERR_HTTP_FAILED', message: `${server.origin}: too many redirects (more than 2).` });
  });

  it('turns POST into GET without body on 301/302/303, keeps it on 307/308', async () => {
    const server = await startServer((request, response) => {
      const status = Number(request.url?.slice(1));
      if (status >= 300) response.writeHead(status, { location: '/done' }).end();
      else response.writeHead(200).end('done');
    });
    for (const status of [301, 302, 303, 307, 308]) {
      server.requests.length = 0;
      const post = { url: `${server.origin}/${status}`, method: 'POST' as const, body: '{"a":1}', headers: { 'Content-Type': 'application/json' } };
      await guardedRequest(post, ALLOW_LOOPBACK);
      const final = server.requests[1];
      const keeps = status === 307 || status === 308;
      expect(final, String(status)).toMatchObject({ method: keeps ? 'POST' : 'GET', url: '/done', body: keeps ? '{"a":1}' : '' });
      expect(final?.headers['content-type'], String(status)).toBe(keeps ? 'application/json' : undefined);
    }
  });

  it('never resends a body to another origin on 307/308, and never follows https to http', async () => {
    const other = await startServer(answer(200, 'other'));
    const server = await startServer((request, response) => response.writeHead(307, { location: `${other.origin}/landing` }).end());
    const error = await failure(guardedRequest({ url: server.origin, method: 'POST', body: '{"card":"4111"}' }, ALLOW_LOOPBACK));
    expect(error).toMatchObject({ code: 'KEFU_ERR_HTTP_FAILED', message: `${server.origin} redirected a request with a body to ${other.origin}; not followed.` });
    expect(other.requests).toEqual([]);
    // A GET may follow a 307 to another origin (there is nothing to resend).
    expect(await guardedRequest({ url: server.origin }, ALLOW_LOOPBACK)).toMatchObject({ status: 200, text: 'other' });
    // https → http, to the same host or another, is never followed.
    const secure = { url: new URL('https://shop.example/x'), method: 'GET' as const, headers: {}, body: undefined };
    expect(() => nextHop(secure, 302, 'http://shop.example/y')).toThrow('https://shop.example redirected to plain http (http://shop.example); not followed.');
    expect(nextHop(secure, 302, 'https://shop.example/y').url.href).toBe('https://shop.example/y');
  });

  it('caps maxRedirects at 10 whatever an executor asks for', async () => {
    const server = await startServer((request, response) => {
      const hop = Number(request.url?.slice(1));
      response.writeHead(302, { location: `/${hop + 1}` }).end();
    });
    const error = await failure(guardedRequest({ url: `${server.origin}/0`, maxRedirects: 1000 }, ALLOW_LOOPBACK));
    expect(error).toMatchObject({ message: `${server.origin}: too many redirects (more than 10).` });
    expect(server.requests).toHaveLength(11);
  });

  it('forwards only harmless headers when a redirect leaves the origin, all of them within it', async () => {
    const other = await startServer(answer(200, 'other'));
    const server = await startServer((request, response) => {
      if (request.url === '/away') response.writeHead(302, { location: `${other.origin}/landing` }).end();
      else if (request.url === '/stay') response.writeHead(302, { location: '/landing' }).end();
      else response.writeHead(200).end('landed');
    });
    const headers = { Authorization: 'Bearer t0ken', 'X-Api-Key': 'k3y', Accept: 'application/json' };
    await guardedRequest({ url: `${server.origin}/away`, headers }, ALLOW_LOOPBACK);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
    expect(other.requests[0]?.headers['x-api-key']).toBeUndefined();
    expect(other.requests[0]?.headers.accept).toBe('application/json');
    await guardedRequest({ url: `${server.origin}/stay`, headers }, ALLOW_LOOPBACK);
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer t0ken');
    expect(server.requests.at(-1)?.headers['x-api-key']).toBe('k3y');
  });
});

describe('guardedRequest: the exchange', () => {
  it('sends a POST body and parses a JSON answer; non-2xx is returned, not thrown', async () => {
    const server = await startServer((request, response, body) => {
      response.writeHead(request.url === '/missing' ? 404 : 201, { 'content-type': 'application/json' }).end(JSON.stringify({ received: JSON.parse(body || 'null') }));
    });
    const created = await guardedRequest({ url: `${server.origin}/orders`, method: 'POST', body: '{"id":7}', headers: { 'content-type': 'application/json' } }, ALLOW_LOOPBACK);
    expect(created.status).toBe(201);
    expect(created.json()).toEqual({ received: { id: 7 } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', body: '{"id":7}' });
    expect(server.requests[0]?.headers['content-length']).toBe('8');
    const missing = await guardedRequest({ url: `${server.origin}/missing` }, ALLOW_LOOPBACK);
    expect(missing.status).toBe(404);
  });

  it('explains an answer that is not JSON', async () => {
    const server = await startServer(answer(200, '<html>oops</html>', { 'content-type': 'text/html' }));
    const response = await guardedRequest({ url: `${server.origin}/?key=s3cret` }, ALLOW_LOOPBACK);
    expect(response.text).toBe('<html>oops</html>');
    expect(() => response.json()).toThrow(expect.objectContaining({
      code: 'KEFU_ERR_HTTP_FAILED',
      message: `${server.origin} did not answer with JSON (status 200, text/html).`,
    }));
  });

  it('never sends a body on GET, and keeps a caller\'s user-agent', async () => {
    const server = await startServer(answer(200, 'ok'));
    await guardedRequest({ url: server.origin, body: 'ignored', headers: { 'User-Agent': 'Acme/1', 'Content-Length': '7' } }, ALLOW_LOOPBACK);
    expect(server.requests[0]).toMatchObject({ method: 'GET', body: '' });
    expect(server.requests[0]?.headers['user-agent']).toBe('Acme/1');
    expect(server.requests[0]?.headers['content-length']).toBeUndefined();
  });

  it('flattens response headers to lower-case strings', async () => {
    const server = await startServer(answer(200, '', { 'Set-Cookie': ['a=1', 'b=2'], 'X-Mixed-Case': 'yes' }));
    const response = await guardedRequest({ url: server.origin }, ALLOW_LOOPBACK);
    expect(response.headers['set-cookie']).toBe('a=1, b=2');
    expect(response.headers['x-mixed-case']).toBe('yes');
  });

  it('aborts a body larger than maxBytes, declared or streamed', async () => {
    const declared = await startServer(answer(200, 'x'.repeat(2048)));
    const streamed = await startServer((_request, response) => {
      response.writeHead(200);
      response.write('x'.repeat(800));
      setTimeout(() => response.end('x'.repeat(800)), 20);
    });
    for (const server of [declared, streamed]) {
      const error = await failure(guardedRequest({ url: server.origin, maxBytes: 1024 }, ALLOW_LOOPBACK));
      expect(error).toMatchObject({ code: 'KEFU_ERR_HTTP_FAILED', message: `${server.origin} answered more than 1 KiB.` });
    }
    const big = await startServer(answer(200, 'x'.repeat(1024 * 1024 + 1)));
    const error = await failure(guardedRequest({ url: big.origin }, ALLOW_LOOPBACK));
    expect(error.message).toBe(`${big.origin} answered more than 1 MiB.`);
  });

  it('times out a server that never answers, or stalls in the body', async () => {
    const silent = await startServer(() => undefined);
    const stalling = await startServer((_request, response) => response.writeHead(200).write('partial'));
    for (const server of [silent, stalling]) {
      const started = Date.now();
      const error = await failure(guardedRequest({ url: `${server.origin}/slow?key=s3cret`, timeoutMs: 200 }, ALLOW_LOOPBACK));
      expect(error).toMatchObject({ code: 'KEFU_ERR_HTTP_FAILED', message: `${server.origin} did not answer within 200 ms.` });
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it('refuses nonsensical limits', async () => {
    const error = await failure(guardedRequest({ url: 'http://127.0.0.1/', timeoutMs: 0 }, ALLOW_LOOPBACK));
    expect(error).toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', message: 'timeoutMs must be an integer of at least 1, got 0.' });
  });
});
