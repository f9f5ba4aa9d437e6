/**
 * The console's sign-in over HTTP and its WebSocket, on a started server with a real
 * database: cookies, 401/429 with Retry-After, the attacker-versus-owner brute-force
 * scenario, first-run setup, logout, and sockets closed when sessions end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Session } from '../../db/entities/session.js';
import { testConfig } from '../../test-support/test-config.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createServer, type KefuServer } from '../create-server.js';
import { SESSION_ENDED_CLOSE_CODE } from './console-ws-plugin.js';

const ACTOR = { id: null, name: 'test' };

describe('console sign-in over HTTP', () => {
  let test: TestDatabase;
  let kefu: KefuServer;
  let host: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    kefu = await createServer({ config: testConfig(test) });
    host = (await kefu.start()).replace('http://', '');
  });
  afterAll(async () => {
    await kefu?.stop();
    await test?.drop();
  });

  const accounts = () => kefu.services.app.accounts;

  function login(username: string, password: string, options: { ip?: string; cookie?: string; totp?: string } = {}) {
    return kefu.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: options.ip ?? '10.9.9.9',
      headers: options.cookie ? { cookie: options.cookie } : {},
      payload: { username, password, ...(options.totp ? { totp: options.totp } : {}) },
    });
  }

  function cookiesOf(response: { headers: Record<string, unknown> }): Record<string, string> {
    const raw = response.headers['set-cookie'];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)];
    return Object.fromEntries(list.map((line: string) => [line.slice(0, line.indexOf('=')), line]));
  }

  const valueOf = (line: string | undefined) => (line ?? '').split(';')[0] ?? '';

  it('offers setup on an empty database, creates the first admin once, then answers 409', async () => {
    expect((await kefu.server.inject({ method: 'GET', url: '/api/v1/auth/status' })).json()).toEqual({ setupRequired: true, user: null });
    const weak = await kefu.server.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { username: 'root', password: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'KEFU_ERR_PASSWORD_POLICY', path: '/password' });
    const created = await kefu.server.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { username: 'Root', password: 'Root-password-1' } });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({ username: 'root', roles: ['admin'], mustChangePassword: false });
    const session = valueOf(cookiesOf(created).kefu_session);
    const status = await kefu.server.inject({ method: 'GET', url: '/api/v1/auth/status', headers: { cookie: session } });
    expect(status.json()).toMatchObject({ setupRequired: false, user: { username: 'root' } });
    const again = await kefu.server.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { username: 'evil', password: 'Evil-password-1' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('KEFU_ERR_SETUP_DONE');
  });

  it('logs in with an HttpOnly SameSite cookie, a new token each time; 401 alike for unknown users and wrong passwords', async () => {
    await accounts().createUser({ username: 'ana', roles: ['agent'], password: 'Ana-password-1', mustChangePassword: false }, ACTOR);
    const planted = `kefu_session=${'Q'.repeat(43)}`;
    const ok = await login('ana', 'Ana-password-1', { cookie: planted, ip: '10.1.0.1' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      user: expect.objectContaining({ username: 'ana', roles: ['agent'], mustChangePassword: false, totpEnabled: false, totpRequired: false }),
    });
    const cookies = cookiesOf(ok);
    expect(cookies.kefu_session).toMatch(/^kefu_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect(cookies.kefu_device).toMatch(/HttpOnly; SameSite=Lax/);
    expect(valueOf(cookies.kefu_session)).not.toBe(planted);
    const me = await kefu.server.inject({ method: 'GET', url: '/trpc/account.me', headers: { cookie: planted } });
    expect(me.statusCode).toBe(401);
    const second = await login('ana', 'Ana-password-1', { ip: '10.1.0.1' });
    expect(valueOf(cookiesOf(second).kefu_session)).not.toBe(valueOf(cookies.kefu_session));

    const wrong = await login('ana', 'nope-nope-nope', { ip: '10.1.0.2' });
    const unknown = await login('nobody', 'nope-nope-nope', { ip: '10.1.0.2' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('KEFU_ERR_LOGIN_FAILED');
  });

  it('marks cookies Secure when KEFU_COOKIE_SECURE is set, not because of a forged header', async () => {
    const secure = await kefu.server.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.1.0.3', headers: { 'x-forwarded-proto': 'https' }, payload: { username: 'ana', password: 'Ana-password-1' } });
    // Without trustProxy the header is ignored; the operator sets KEFU_COOKIE_SECURE=1 behind a TLS proxy.
    expect(cookiesOf(secure).kefu_session).not.toMatch(/Secure/);
    const config = { ...testConfig(test), cookieSecure: true };
    const other = await createServer({ config, services: kefu.services });
    const response = await other.server.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.1.0.4', payload: { username: 'ana', password: 'Ana-password-1' } });
    expect(cookiesOf(response).kefu_session).toMatch(/; Secure$/);
    await other.server.close();
  });

  it('answers a brute force with 429 and Retry-After, while the owner with a device cookie still logs in', async () => {
    await accounts().createUser({ username: 'owner', roles: ['agent'], password: 'Owner-password-1', mustChangePassword: false }, ACTOR);
    const earlier = await login('owner', 'Owner-password-1', { ip: '192.168.1.10' });
    const device = valueOf(cookiesOf(earlier).kefu_device);

    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await login('owner', `guess-${i}-guess`, { ip: '203.0.113.66' })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await login('owner', 'Owner-password-1', { ip: '203.0.113.66' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(300);
    expect(limited.json().error.code).toBe('KEFU_ERR_LOGIN_RATE_LIMITED');

    // A botnet spreads guesses over many IPs until the account limit (10 / 15 min) bites.
    for (let i = 0; i < 6; i += 1) await login('owner', `guess-${i}-guess`, { ip: `198.51.100.${i}` });
    expect((await login('owner', 'Owner-password-1', { ip: '198.51.100.200' })).statusCode).toBe(429);
    // The owner, from their usual browser on another IP, is not locked out.
    const owner = await login('owner', 'Owner-password-1', { ip: '192.168.1.11', cookie: device });
    expect(owner.statusCode).toBe(200);
  });

  it('logs out with 204, clears the cookie and ends the session', async () => {
    const response = await login('ana', 'Ana-password-1', { ip: '10.2.0.1' });
    const cookie = valueOf(cookiesOf(response).kefu_session);
    expect((await kefu.server.inject({ method: 'GET', url: '/trpc/account.me', headers: { cookie } })).statusCode).toBe(200);
    const out = await kefu.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(cookiesOf(out).kefu_session).toMatch(/^kefu_session=; Path=\/; Max-Age=0/);
    expect((await kefu.server.inject({ method: 'GET', url: '/trpc/account.me', headers: { cookie } })).statusCode).toBe(401);
  });

  describe('console WebSocket', () => {
    async function session(username: string, password: string): Promise<{ cookie: string; id: string }> {
      const response = await login(username, password, { ip: '10.3.0.1' });
      expect(response.statusCode).toBe(200);
      const cookie = valueOf(cookiesOf(response).kefu_session);
      return { cookie, id: response.json().user.id };
    }

    function open(cookie: string, origin?: string): Promise<{ socket: WebSocket; hello: unknown; closed: Promise<{ code: number; at: number }> }> {
      return new Promise((resolve, reject) => {
        const socket = new WebSocket(`ws://${host}/api/v1/console/ws`, { headers: { cookie, ...(origin ? { origin } : {}) } });
        const closed = new Promise<{ code: number; at: number }>((done) => socket.on('close', (code) => done({ code, at: Date.now() })));
        socket.once('message', (data) => resolve({ socket, hello: JSON.parse(String(data)), closed }));
        socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
        socket.once('error', reject);
      });
    }

    it('greets a logged-in user and refuses others before the upgrade', async () => {
      const { cookie } = await session('ana', 'Ana-password-1');
      const { socket, hello } = await open(cookie);
      expect(hello).toMatchObject({ type: 'hello', user: { username: 'ana' } });
      socket.close();
      await expect(open(`kefu_session=${'Z'.repeat(43)}`)).rejects.toThrow('HTTP 401');
      await expect(open(cookie, 'https://evil.example')).rejects.toThrow('HTTP 403');
    });

    it('closes the sockets of ended sessions within seconds: logout, password change, disable, admin', async () => {
      const user = await accounts().createUser({ username: 'wsuser', roles: ['agent'], password: 'Ws-password-1', mustChangePassword: false }, ACTOR);
      const expectClosed = async (closed: Promise<{ code: number; at: number }>, since: number) => {
        const { code, at } = await closed;
        expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
        expect(at - since).toBeLessThan(3000);
      };

      const a = await session('wsuser', 'Ws-password-1');
      const first = await open(a.cookie);
      let since = Date.now();
      await kefu.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: a.cookie } });
      await expectClosed(first.closed, since);

      const keep = await session('wsuser', 'Ws-password-1');
      const other = await session('wsuser', 'Ws-password-1');
      const kept = await open(keep.cookie);
      const dropped = await open(other.cookie);
      since = Date.now();
      const changed = await kefu.server.inject({
        method: 'POST',
        url: '/trpc/account.changePassword',
        headers: { cookie: keep.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ currentPassword: 'Ws-password-1', newPassword: 'Ws-password-2' }),
      });
      expect(changed.statusCode).toBe(200);
      await expectClosed(dropped.closed, since);
      expect(kept.socket.readyState).toBe(WebSocket.OPEN);

      since = Date.now();
      await accounts().disableUser(user.user.id, ACTOR);
      await expectClosed(kept.closed, since);

      await accounts().enableUser(user.user.id, ACTOR);
      const byAdmin = await open((await session('wsuser', 'Ws-password-2')).cookie);
      since = Date.now();
      await accounts().endAllSessions(user.user.id, 'ended-by-admin', ACTOR);
      await expectClosed(byAdmin.closed, since);
    });

    it('closes a socket whose session ended elsewhere (another instance) at the periodic check', async () => {
      const { cookie } = await session('ana', 'Ana-password-1');
      const { closed } = await open(cookie);
      const since = Date.now();
      // No bus event: as if another instance had ended it.
      await kefu.services.orm.em.fork().nativeUpdate(Session, { revokedAt: null }, { revokedAt: new Date(), revokedReason: 'ended-by-admin' });
      const { code, at } = await closed;
      expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
      expect(at - since).toBeLessThan(16_000);
    }, 25_000);
  });
});
