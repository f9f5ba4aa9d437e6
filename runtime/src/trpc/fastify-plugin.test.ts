import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestAccounts, type TestAccounts } from '../accounts/test-support/open-test-accounts.js';
import { trpcPlugin } from './fastify-plugin.js';
import { memoryAppContext, sampleFlow } from './test-support/memory-app-context.js';

describe('trpcPlugin over HTTP', () => {
  let fixture: TestAccounts;
  let cookie: string;
  let server: FastifyInstance;
  beforeAll(async () => {
    fixture = await openTestAccounts({ realClock: true });
    const admin = await fixture.createUser('admin', ['admin']);
    const { token } = await fixture.accounts.login({ username: admin.username, password: admin.password, ip: '127.0.0.1' });
    cookie = `kefu_session=${token}`;
  });
  afterAll(() => fixture?.close());
  beforeEach(async () => {
    const app = memoryAppContext([], fixture.accounts);
    await app.publishing.publish({ flows: [sampleFlow('welcome')], message: 'first', author: 'alice' });
    server = Fastify();
    await server.register(trpcPlugin, { prefix: '/trpc', app });
    await server.ready();
  });
  afterEach(() => server.close());

  it('serves queries at /trpc/<path> to a logged-in user', async () => {
    const response = await server.inject({ method: 'GET', url: '/trpc/flows.list', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ result: { data: { version: 1, flows: [{ id: 'welcome', nodeCount: 2 }] } } });
  });

  it('answers 401 without a session cookie or with a made-up one', async () => {
    const anonymous = await server.inject({ method: 'GET', url: '/trpc/flows.list' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.data.kefu).toMatchObject({ code: 'KEFU_ERR_SESSION_REQUIRED' });
    const forged = await server.inject({ method: 'GET', url: '/trpc/flows.list', headers: { cookie: `kefu_session=${'A'.repeat(43)}` } });
    expect(forged.statusCode).toBe(401);
  });

  it('answers a bad input with 400 and the JSON Pointer of the field', async () => {
    const input = encodeURIComponent(JSON.stringify({ flowId: 'no spaces allowed' }));
    const response = await server.inject({ method: 'GET', url: `/trpc/flows.get?input=${input}`, headers: { cookie } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.data.issues).toEqual([{ path: '/flowId', message: 'Not a valid flow id.' }]);
    expect(body.error.data.stack).toBeUndefined();
  });

  it('answers a domain error with its status and code', async () => {
    const response = await server.inject({
      method: 'POST',
      url: '/trpc/versions.rollback',
      headers: { 'content-type': 'application/json', cookie },
      payload: JSON.stringify({ version: 7 }),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.data.kefu).toMatchObject({ code: 'KEFU_ERR_VERSION_NOT_FOUND' });
  });

  it('does not take over JSON parsing outside its prefix', async () => {
    const other = Fastify();
    other.post('/api/echo', async (request) => request.body);
    await other.register(trpcPlugin, { prefix: '/trpc', app: memoryAppContext() });
    const response = await other.inject({ method: 'POST', url: '/api/echo', payload: { a: 1 } });
    await other.close();
    expect(response.json()).toEqual({ a: 1 });
  });
});
