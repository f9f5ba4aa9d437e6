import { beforeEach, describe, expect, it } from 'vitest';
import { cliActor } from '../cli/cli-actor.js';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { useTestServices } from '../test-support/use-test-services.js';
import type { Principal } from '../trpc/principal.js';
import { appRouter } from '../trpc/router.js';
import { createCallerFactory } from '../trpc/trpc.js';
import { publishDemoTemplates } from '../cli/demo-templates.js';
import { auditedPublish } from './audited-publishing.js';

const designer: Principal = {
  id: '7d3c2c0e-0000-4000-8000-000000000001',
  userId: '7d3c2c0e-0000-4000-8000-000000000001',
  username: 'dora',
  name: 'Dora Designer',
  roles: ['designer'],
  skillGroups: [],
  sessionId: 'session-1',
  mustChangePassword: false,
  twoFactorEnrolmentRequired: false,
};

describe('publish and rollback are audited', () => {
  const opened = useTestServices();
  let services: KefuServices;
  beforeEach(() => {
    services = opened.current;
  });

  it('the CLI publish records actor, target, a minimal diff and a request id', async () => {
    await auditedPublish(services.app, { flows: [echoFlow('Hi')], settings: echoSettings(1800), message: 'first', author: 'ops' }, cliActor('ops'));
    await auditedPublish(services.app, { flows: [echoFlow('Hello')], settings: echoSettings(600), message: 'shorter sessions', author: 'ops' }, cliActor('ops'));
    const { entries } = await services.app.audit.list({ action: 'flow.publish' });
    expect(entries).toHaveLength(2);
    const [second] = entries;
    expect(second).toMatchObject({ actorId: null, actorName: 'cli:ops', action: 'flow.publish', targetType: 'bundle-version', targetId: '2', outcome: 'success', ip: null });
    expect(second?.requestId).toMatch(/^cli-[0-9a-f-]{36}$/);
    expect(second?.diff).toMatchObject({
      before: { version: 1, settings: { sessionTimeoutSeconds: 1800 } },
      after: { version: 2, settings: { sessionTimeoutSeconds: 600 }, message: 'shorter sessions' },
    });
    // The flows did not change their ids, so they are not in the diff.
    expect(second?.diff?.after).not.toHaveProperty('flows');
  });

  it('the console rollback records the user, IP, request id and UTC time; a failed one is recorded as failure', async () => {
    const caller = createCallerFactory(appRouter)({ app: services.app, principal: designer, requestId: 'req-77', ip: '203.0.113.50' });
    await caller.versions.rollback({ version: 1 });
    await expect(caller.versions.rollback({ version: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { entries } = await services.app.audit.list({ action: 'flow.rollback' });
    expect(entries).toHaveLength(2);
    const [failed, done] = entries;
    expect(done).toMatchObject({
      actorId: designer.id,
      actorName: 'Dora Designer',
      targetType: 'bundle-version',
      targetId: '3',
      outcome: 'success',
      ip: '203.0.113.50',
      requestId: 'req-77',
      diff: { before: { version: 2, settings: { sessionTimeoutSeconds: 600 } }, after: { version: 3, settings: { sessionTimeoutSeconds: 1800 }, rollbackTo: 1 } },
    });
    expect(done?.at).toMatch(/Z$/);
    expect(failed).toMatchObject({ outcome: 'failure', targetType: null, diff: { after: { rollbackTo: 99 } } });
  });

  it('exporting the audit log is itself audited', async () => {
    const admin: Principal = { ...designer, roles: ['admin'], name: 'Ada Admin' };
    const caller = createCallerFactory(appRouter)({ app: services.app, principal: admin, requestId: 'req-78', ip: '203.0.113.51' });
    const file = await caller.audit.exportCsv({ action: 'flow.' });
    expect(file.filename).toMatch(/^kefu-audit-.*\.csv$/);
    expect(file.csv.trimEnd().split('\r\n')).toHaveLength(5);
    const { entries } = await services.app.audit.list({ action: 'audit.export' });
    expect(entries[0]).toMatchObject({ actorName: 'Ada Admin', ip: '203.0.113.51', diff: { after: { filter: { action: 'flow.' } } } });
  });
});

describe('the demo publish is audited too', () => {
  const opened = useTestServices();

  it('records `serve --demo` and `seed` as the built-in kefu operator', async () => {
    const services = opened.current;
    const published = await publishDemoTemplates(services.app);
    const { entries } = await services.app.audit.list({ action: 'flow.publish' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: 'cli:kefu', action: 'flow.publish', targetId: String(published.version), outcome: 'success' });
  });
});
