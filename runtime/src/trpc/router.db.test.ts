/**
 * The console API over the real stores (SQLite, and PostgreSQL when
 * KEFU_TEST_DATABASE_URL is set): what the console shows after publishes and a rollback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { openTestServices } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import type { KefuServices } from '../store/open-services.js';
import { appRouter } from './router.js';
import { resolvePrincipal } from './resolve-principal.js';
import { createCallerFactory } from './trpc.js';

const createCaller = createCallerFactory(appRouter);

describe('console API over the database', () => {
  let test: TestDatabase;
  let services: KefuServices;
  let caller: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    test = await createTestDatabase();
    services = await openTestServices(test);
    // Logged in as a real admin, the way the console is.
    await services.app.accounts.createUser(
      { username: 'ops', displayName: 'Ops Admin', roles: ['admin'], password: 'Ops-password-1', mustChangePassword: false },
      { id: null, name: 'test' },
    );
    const { token } = await services.app.accounts.login({ username: 'ops', password: 'Ops-password-1', ip: '127.0.0.1' });
    const principal = await resolvePrincipal({ headers: { cookie: `kefu_session=${token}` } }, services.app.accounts);
    caller = createCaller({ app: services.app, principal, requestId: 'db-test' });
  });
  afterAll(async () => {
    await services?.close();
    await test?.drop();
  });

  it('shows nothing published on an empty database', async () => {
    await expect(caller.flows.list()).resolves.toMatchObject({ version: null, flows: [] });
    await expect(caller.versions.list()).resolves.toEqual([]);
    await expect(caller.flows.get({ flowId: 'echo' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the published flows with node counts and serves a flow document', async () => {
    await services.app.publishing.publish({ flows: [echoFlow('Hello v1')], settings: echoSettings(), message: 'first', author: 'ana' });
    const listed = await caller.flows.list();
    expect(listed.version).toBe(1);
    expect(listed.flows).toEqual([
      expect.objectContaining({ id: 'echo', locale: 'en', nodeCount: echoFlow().nodes.length, edgeCount: echoFlow().edges.length }),
    ]);
    const flow = await caller.flows.get({ flowId: 'echo' });
    expect(flow).toMatchObject({ version: 1, isCurrent: true });
    expect(flow.document.nodes.find((node) => node.id === 'greet')?.config).toEqual({ text: 'Hello v1' });
    const catalog = await caller.catalog.list();
    expect(catalog.map((entry) => entry.type)).toEqual(expect.arrayContaining(['start', 'message', 'ask', 'condition', 'end']));
  });

  it('rolls back to version 1 as a new version authored by the operator', async () => {
    await services.app.publishing.publish({ flows: [echoFlow('Hello v2')], settings: echoSettings(), message: 'second', author: 'bo' });
    const rolled = await caller.versions.rollback({ version: 1 });
    expect(rolled).toMatchObject({ version: 3, rolledBackFrom: 1, author: 'Ops Admin', isCurrent: true });
    const versions = await caller.versions.list();
    expect(versions.map((version) => [version.version, version.isCurrent])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    const current = await caller.flows.get({ flowId: 'echo' });
    expect(current.document.nodes.find((node) => node.id === 'greet')?.config).toEqual({ text: 'Hello v1' });
    const old = await caller.flows.get({ flowId: 'echo', version: 2 });
    expect(old).toMatchObject({ version: 2, isCurrent: false });
    await expect(caller.versions.rollback({ version: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
