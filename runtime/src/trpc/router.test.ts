import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestAccounts, type TestAccounts } from '../accounts/test-support/open-test-accounts.js';
import { totpCode } from '../accounts/totp.js';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, isPermission, type Role } from '../auth/permissions.js';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import type { AppContext } from '../app/app-context.js';
import type { RequestContext } from './context.js';
import type { Principal } from './principal.js';
import { resolvePrincipal } from './resolve-principal.js';
import { KB_SAMPLE_INPUTS } from './kb/sample-inputs.js';
import { appRouter } from './router.js';
import { memoryAppContext, sampleFlow } from './test-support/memory-app-context.js';
import { SAMPLE_CONVERSATION_ID, SAMPLE_CUSTOMER_ID, SAMPLE_SKILL_GROUP } from './test-support/memory-customer-data.js';
import { createCallerFactory, procedure, router } from './trpc.js';

/** A simulator state as `simulator.start` returns it (the conversation has ended). */
const SAMPLE_SIM_STATE = { bundleVersion: 1, flowId: 'welcome', nodeId: null, waitingFor: null, vars: {}, stack: [], counters: {}, status: 'ended', locale: 'en' };

/** A valid input for every procedure; a new procedure without one fails the first test. */
const SAMPLE_INPUTS: Record<string, unknown> = {
  'catalog.list': undefined,
  'flows.list': undefined,
  'flows.get': { flowId: 'welcome' },
  'flows.getDraft': { flowId: 'welcome' },
  'versions.list': undefined,
  'versions.get': { version: 1 },
  'versions.rollback': { version: 1 },
  'versions.diff': { flowId: 'welcome' },
  'versions.changes': undefined,
  'flows.publish': { flowId: 'welcome', expectedRevision: 1, message: 'publish the draft' },
  'simulator.start': { document: sampleFlow('welcome') },
  'simulator.send': { document: sampleFlow('welcome'), state: SAMPLE_SIM_STATE, event: { text: 'hi' } },
  'simulator.runTests': { flowId: 'welcome', document: sampleFlow('welcome'), testsYaml: 'name: t\ncases: [{ name: c, steps: [{ expect: { status: ended } }] }]\n' },
  'simulator.getTests': { flowId: 'welcome' },
  'simulator.saveTests': { flowId: 'welcome', testsYaml: 'name: t\n' },
  'audit.list': { action: 'flow.' },
  'audit.exportCsv': {},
  'conversations.list': undefined,
  'conversations.get': { id: SAMPLE_CONVERSATION_ID },
  'customers.get': { id: SAMPLE_CUSTOMER_ID },
  'customers.erase': { id: SAMPLE_CUSTOMER_ID },
  'drafts.save': { document: sampleFlow('welcome'), expectedRevision: 1 },
  'drafts.create': { from: 'blank', flowId: 'fresh', name: 'Fresh', locale: 'en' },
  'drafts.delete': { flowId: 'welcome' },
  'templates.list': undefined,
  'templates.get': { templateId: 'welcome-menu', locale: 'en' },
  ...KB_SAMPLE_INPUTS,
};

interface TestUser {
  id: string;
  username: string;
  password: string;
  principal: Principal;
}

let serial = 0;
const ACTOR = { id: null, name: 'test' };

/** Inputs that depend on the calling user or must differ per call (and bring the account into the right state). */
const USER_INPUTS: Record<string, (who: TestUser, willSucceed: boolean) => Promise<unknown>> = {
  'account.me': async () => undefined,
  'account.changePassword': async (who, willSucceed) => {
    const next = `Changed-password-${++serial}`;
    const input = { currentPassword: who.password, newPassword: next };
    if (willSucceed) who.password = next;
    return input;
  },
  'account.totpBegin': async (who) => {
    if ((await fixture.accounts.getUser(who.id))?.totpEnabled) await fixture.accounts.totpDisable(who.id, who.password, ACTOR);
    return undefined;
  },
  'account.totpConfirm': async (who) => {
    if ((await fixture.accounts.getUser(who.id))?.totpEnabled) await fixture.accounts.totpDisable(who.id, who.password, ACTOR);
    const { secret } = await fixture.accounts.totpBegin(who.id, ACTOR);
    return { code: totpCode(secret, fixture.clock.now) };
  },
  'account.totpDisable': async (who) => {
    if (!(await fixture.accounts.getUser(who.id))?.totpEnabled) {
      const { secret } = await fixture.accounts.totpBegin(who.id, ACTOR);
      await fixture.accounts.totpConfirm(who.id, totpCode(secret, fixture.clock.now), ACTOR);
    }
    return { password: who.password };
  },
  'users.list': async () => undefined,
  'users.create': async () => ({ username: `new-user-${++serial}`, roles: ['agent'], skillGroups: ['billing'] }),
  'users.update': async () => ({ id: target.id, displayName: `Target ${++serial}`, roles: ['agent'] }),
  'users.disable': async () => ({ id: target.id }),
  'users.enable': async () => ({ id: target.id }),
  'users.resetPassword': async () => ({ id: target.id }),
  'users.endSessions': async () => ({ id: target.id }),
  'security.get': async () => undefined,
  'security.update': async () => ({ sessionIdleMinutes: 30 }),
};

let fixture: TestAccounts;
let target: { id: string };
const users = new Map<string, TestUser>();

beforeAll(async () => {
  fixture = await openTestAccounts();
  target = await fixture.createUser('target', ['agent']);
  for (const role of [...ROLES, 'none'] as const) {
    const created = await fixture.createUser(`user-${role}`, role === 'none' ? ['agent'] : [role]);
    await fixture.accounts.updateUser(created.id, { skillGroups: [SAMPLE_SKILL_GROUP] }, ACTOR);
    const { token } = await fixture.accounts.login({ username: created.username, password: created.password, ip: '10.0.0.1' });
    const principal = await resolvePrincipal({ headers: { cookie: `kefu_session=${token}` } }, fixture.accounts);
    if (!principal) throw new Error('login did not yield a session');
    // "none" is an account whose roles grant nothing, to prove default deny.
    users.set(role, { ...created, principal: role === 'none' ? { ...principal, roles: [] } : principal });
  }
});
afterAll(async () => {
  await fixture?.close();
});

/** `willSucceed`: the call is expected to go through, so state the input changes (a password) is kept. */
function sampleInput(path: string, who: TestUser, willSucceed = false): Promise<unknown> {
  const dynamic = USER_INPUTS[path];
  return dynamic ? dynamic(who, willSucceed) : Promise.resolve(SAMPLE_INPUTS[path]);
}

// At run time `_def.procedures` is flat ("versions.get" -> procedure), unlike its declared type.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>;
const createCaller = createCallerFactory(appRouter);

async function seededApp(): Promise<AppContext> {
  const app = memoryAppContext(builtinCatalog, fixture.accounts);
  await app.publishing.publish({ flows: [sampleFlow('welcome')], message: 'first', author: 'alice' });
  await app.drafts.save(sampleFlow('welcome'), null);
  return app;
}

function userFor(roles: Role[]): TestUser {
  const user = users.get(roles.length === 1 ? roles[0]! : 'none');
  if (!user) throw new Error(`no test user for ${roles.join(',')}`);
  return user;
}

function contextFor(app: AppContext, roles: Role[]): RequestContext {
  return { app, principal: userFor(roles).principal, requestId: 'req-1' };
}

/** Calls `path` ("versions.get") on a caller, the way a client would. */
function call(caller: object, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe('console API permissions', () => {
  it('every procedure declares a known permission and has a sample input here', () => {
    expect(Object.keys(procedures).sort()).toEqual([...Object.keys(SAMPLE_INPUTS), ...Object.keys(USER_INPUTS)].sort());
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

  const ALL_PATHS = [...Object.keys(SAMPLE_INPUTS), ...Object.keys(USER_INPUTS)];
  const cases = ROLES.flatMap((role) => ALL_PATHS.map((path) => ({ role, path })));
  it.each(cases)('$role on $path is allowed exactly when the matrix grants it', async ({ role, path }) => {
    const permission = procedures[path]?._def.meta?.permission;
    const allowed = ROLE_PERMISSIONS[role].some((granted) => granted === permission);
    const caller = createCaller(contextFor(await seededApp(), [role]));
    const result = call(caller, path, await sampleInput(path, userFor([role]), allowed));
    if (allowed) await expect(result).resolves.toBeDefined();
    else await expect(result).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a principal without roles is denied everything', async () => {
    const caller = createCaller(contextFor(await seededApp(), []));
    for (const path of ALL_PATHS) {
      await expect(call(caller, path, await sampleInput(path, userFor([]))), path).rejects.toMatchObject({ code: 'FORBIDDEN' });
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
    const caller = createCaller(contextFor(app, ['designer']));
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
    expect(rolled).toMatchObject({ version: 3, rolledBackFrom: 1, author: 'user-designer', isCurrent: true });
    const detail = await caller.versions.get({ version: 3 });
    expect(detail.flows.map((flow) => flow.id)).toEqual(['welcome']);
  });

  it('maps a domain error to its status: rolling back to a missing version is NOT_FOUND', async () => {
    const caller = createCaller(contextFor(app, ['admin']));
    await expect(caller.versions.rollback({ version: 42 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('console API guard', () => {
  it('answers UNAUTHORIZED to a request without a session, for every procedure', async () => {
    const caller = createCaller({ app: await seededApp(), principal: null, requestId: 'anonymous' });
    for (const path of Object.keys(procedures)) {
      await expect(call(caller, path, await sampleInput(path, userFor([]))), path).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });

  it('allows only account.me and account.changePassword while the password must change', async () => {
    const admin = userFor(['admin']);
    const caller = createCaller({ app: await seededApp(), principal: { ...admin.principal, mustChangePassword: true }, requestId: 'r' });
    const blocked = await caller.flows.list().catch((error: unknown) => error);
    expect(blocked).toMatchObject({ code: 'FORBIDDEN', cause: { code: 'KEFU_ERR_PASSWORD_CHANGE_REQUIRED' } });
    await expect(caller.users.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.account.totpBegin()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.account.me()).resolves.toMatchObject({ user: { username: 'user-admin' } });
    await expect(call(caller, 'account.changePassword', await sampleInput('account.changePassword', admin, true))).resolves.toBeDefined();
  });

  it('allows only account.* while a required 2FA enrolment is pending', async () => {
    const admin = userFor(['admin']);
    const caller = createCaller({ app: await seededApp(), principal: { ...admin.principal, twoFactorEnrolmentRequired: true }, requestId: 'r' });
    const blocked = await caller.users.list().catch((error: unknown) => error);
    expect(blocked).toMatchObject({ code: 'FORBIDDEN', cause: { code: 'KEFU_ERR_2FA_ENROLMENT_REQUIRED' } });
    await expect(caller.account.me()).resolves.toMatchObject({ permissions: expect.arrayContaining(['users.manage']) });
    await expect(call(caller, 'account.totpBegin', await sampleInput('account.totpBegin', admin, true))).resolves.toMatchObject({ qrSvg: expect.stringContaining('<svg') });
  });

  it('tells the console each role’s permissions through account.me', async () => {
    const caller = createCaller(contextFor(await seededApp(), ['agent']));
    const me = await caller.account.me();
    expect(me.permissions).toEqual(ROLE_PERMISSIONS.agent.filter((p) => PERMISSIONS.includes(p)).sort((a, b) => PERMISSIONS.indexOf(a) - PERMISSIONS.indexOf(b)));
    expect(me.permissions).not.toContain('flows.publish');
  });
});
