import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, isPermission, type Role } from '../auth/permissions.js';
import type { AppContext } from '../app/app-context.js';
import type { TrpcContext } from './context.js';
import { appRouter } from './router.js';
import { memoryAppContext, sampleFlow } from './test-support/memory-app-context.js';
import { SAMPLE_CONVERSATION_ID, SAMPLE_CUSTOMER_ID, SAMPLE_SKILL_GROUP } from './test-support/memory-customer-data.js';
import { createCallerFactory, procedure, router } from './trpc.js';

/** A valid input for every procedure; a new procedure without one fails the first test. */
const SAMPLE_INPUTS: Record<string, unknown> = {
  'catalog.list': undefined,
  'flows.list': undefined,
  'flows.get': { flowId: 'welcome' },
  'flows.getDraft': { flowId: 'welcome' },
  'versions.list': undefined,
  'versions.get': { version: 1 },
  'versions.rollback': { version: 1 },
  'audit.list': { action: 'flow.' },
  'audit.exportCsv': {},
  'conversations.list': undefined,
  'conversations.get': { id: SAMPLE_CONVERSATION_ID },
  'customers.get': { id: SAMPLE_CUSTOMER_ID },
  'customers.erase': { id: SAMPLE_CUSTOMER_ID },
};

// At run time `_def.procedures` is flat ("versions.get" -> procedure), unlike its declared type.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>;
const createCaller = createCallerFactory(appRouter);

async function seededApp(): Promise<AppContext> {
  const app = memoryAppContext();
  await app.publishing.publish({ flows: [sampleFlow('welcome')], message: 'first', author: 'alice' });
  await app.drafts.save(sampleFlow('welcome'), null);
  return app;
}

function contextFor(app: AppContext, roles: Role[]): TrpcContext {
  return { app, principal: { id: 'u1', name: 'Una', roles, skillGroups: [SAMPLE_SKILL_GROUP] }, requestId: 'req-1' };
}

/** Calls `path` ("versions.get") on a caller, the way a client would. */
function call(caller: object, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe('console API permissions', () => {
  it('every procedure declares a known permission and has a sample input here', () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(SAMPLE_INPUTS).sort());
    for (const [path, proc] of Object.entries(procedures)) {
      const permission = proc._def.meta?.permission;
      expect(permission, path).toBeTypeOf('string');
      expect(isPermission(permission ?? ''), `${path}: ${permission}`).toBe(true);
    }
  });

  it('rollback needs flows.publish; reading needs flows.view', () => {
    expect(procedures['versions.rollback']?._def.meta?.permission).toBe('flows.publish');
    expect(procedures['flows.list']?._def.meta?.permission).toBe('flows.view');
  });

  const cases = ROLES.flatMap((role) => Object.keys(SAMPLE_INPUTS).map((path) => ({ role, path })));
  it.each(cases)('$role on $path is allowed exactly when the matrix grants it', async ({ role, path }) => {
    const permission = procedures[path]?._def.meta?.permission;
    const allowed = ROLE_PERMISSIONS[role].some((granted) => granted === permission);
    const caller = createCaller(contextFor(await seededApp(), [role]));
    const result = call(caller, path, SAMPLE_INPUTS[path]);
    if (allowed) await expect(result).resolves.toBeDefined();
    else await expect(result).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a principal without roles is denied everything', async () => {
    const caller = createCaller(contextFor(await seededApp(), []));
    for (const path of Object.keys(SAMPLE_INPUTS)) {
      await expect(call(caller, path, SAMPLE_INPUTS[path]), path).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('a procedure whose permission was removed from its meta is never served', async () => {
    const sneaky = router({ secret: procedure('flows.view').meta({ permission: undefined }).query(() => 'secret') });
    const caller = createCallerFactory(sneaky)(contextFor(await seededApp(), ['admin']));
    await expect(caller.secret()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('admin holds every permission', () => {
    expect([...ROLE_PERMISSIONS.admin].sort()).toEqual([...PERMISSIONS].sort());
  });
});

describe('console API behaviour', () => {
  let app: AppContext;
  beforeEach(async () => {
    app = await seededApp();
  });

  it('lists the current version’s flows with node counts, and the drafts', async () => {
    const caller = createCaller(contextFor(app, ['designer']));
    await app.publishing.publish({ flows: [sampleFlow('collect', 'zh-CN')], message: 'second', author: 'bob' });
    const listed = await caller.flows.list();
    expect(listed.version).toBe(2);
    expect(listed.flows.map((flow) => [flow.id, flow.locale, flow.nodeCount])).toEqual([
      ['welcome', 'en', 2],
      ['collect', 'zh-CN', 2],
    ]);
    expect(listed.drafts.map((draft) => draft.id)).toEqual(['welcome']);
  });

  it('gets a flow from the current or a given version, NOT_FOUND otherwise', async () => {
    const caller = createCaller(contextFor(app, ['agent']));
    await app.publishing.publish({ flows: [sampleFlow('collect')], message: 'second', author: 'bob', replace: true });
    await expect(caller.flows.get({ flowId: 'collect' })).resolves.toMatchObject({ version: 2, isCurrent: true });
    await expect(caller.flows.get({ flowId: 'welcome', version: 1 })).resolves.toMatchObject({
      version: 1,
      isCurrent: false,
      document: { id: 'welcome' },
    });
    await expect(caller.flows.get({ flowId: 'welcome' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.flows.get({ flowId: 'welcome', version: 9 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects a malformed input before touching the services', async () => {
    const caller = createCaller(contextFor(app, ['admin']));
    const error = await call(caller, 'flows.get', { flowId: '../etc/passwd' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    await expect(call(caller, 'versions.get', { version: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rolls back by publishing a new version authored by the caller', async () => {
    const caller = createCaller(contextFor(app, ['designer']));
    await app.publishing.publish({ flows: [sampleFlow('collect')], message: 'second', author: 'bob' });
    const rolled = await caller.versions.rollback({ version: 1 });
    expect(rolled).toMatchObject({ version: 3, rolledBackFrom: 1, author: 'Una', isCurrent: true });
    const detail = await caller.versions.get({ version: 3 });
    expect(detail.flows.map((flow) => flow.id)).toEqual(['welcome']);
  });

  it('maps a domain error to its status: rolling back to a missing version is NOT_FOUND', async () => {
    const caller = createCaller(contextFor(app, ['admin']));
    await expect(caller.versions.rollback({ version: 42 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
