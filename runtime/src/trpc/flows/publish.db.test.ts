/**
 * Publishing a draft, its diff, the simulator's saved tests and the version history,
 * through the console API over the real stores (SQLite, and PostgreSQL when
 * KEFU_TEST_DATABASE_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoFlow, echoSettings } from '../../test-support/echo-flow.js';
import { openTestServices } from '../../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import type { KefuServices } from '../../store/open-services.js';
import { signedInCaller, type ConsoleCaller } from '../test-support/signed-in-caller.js';

describe('publishing a draft from the editor', () => {
  let test: TestDatabase;
  let services: KefuServices;
  let caller: ConsoleCaller;

  beforeAll(async () => {
    test = await createTestDatabase();
    services = await openTestServices(test);
    caller = await signedInCaller(services, 'pub', 'Pat Publisher', ['designer']);
    await services.app.publishing.publish({ flows: [echoFlow('Hello v1')], settings: echoSettings(), message: 'first', author: 'ana' });
  });
  afterAll(async () => {
    await services?.close();
    await test?.drop();
  });

  it('diffs the draft against the current version node by node', async () => {
    const draft = await services.app.drafts.get('echo');
    const changed = echoFlow('Hello v2');
    changed.nodes.push({ id: 'extra', type: 'message', typeVersion: 1, position: { x: 0, y: 500 }, config: { text: 'Extra' } });
    changed.edges = changed.edges.map((edge) => (edge.id === 'e4' ? { ...edge, target: 'extra' } : edge));
    changed.edges.push({ id: 'e9', source: 'extra', sourcePort: 'next', target: 'bye' });
    await services.app.drafts.save(changed, draft?.summary.revision ?? null);

    const diff = await caller.versions.diff({ flowId: 'echo' });
    expect(diff.from.version).toBe(1);
    expect(diff.to.revision).toBe((draft?.summary.revision ?? 0) + 1);
    expect(diff.changes.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nodeId: 'greet', change: 'changed', fields: ['config.text'] }),
        expect.objectContaining({ nodeId: 'extra', change: 'added' }),
      ]),
    );
    expect(diff.changes.edges).toEqual(
      expect.arrayContaining([
        { change: 'removed', source: 'route', sourcePort: 'stop', target: 'bye' },
        { change: 'added', source: 'route', sourcePort: 'stop', target: 'extra' },
      ]),
    );
  });

  it('refuses a stale revision and an invalid draft, publishing nothing', async () => {
    const draft = await services.app.drafts.get('echo');
    const revision = draft?.summary.revision ?? 0;
    await expect(caller.flows.publish({ flowId: 'echo', expectedRevision: revision - 1, message: 'stale' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const broken = echoFlow('Broken');
    broken.edges = broken.edges.filter((edge) => edge.id !== 'e2');
    const saved = await services.app.drafts.save(broken, revision);
    const attempt = await caller.flows.publish({ flowId: 'echo', expectedRevision: saved.revision, message: 'broken' }).catch((e: unknown) => e);
    expect(attempt).toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'KEFU_ERR_FLOW_INVALID' } });
    const details = (attempt as { cause: { details: { path: string }[] } }).cause.details;
    expect(details.some((problem) => problem.path.startsWith('/nodes/') || problem.path.startsWith('/edges'))).toBe(true);
    expect(await services.app.publishing.currentVersion()).toBe(1);
    await services.app.drafts.save(echoFlow('Hello v2'), saved.revision);
  });

  it('publishes the draft with its message and author, audit-logged, and lists what each version changed', async () => {
    const draft = await services.app.drafts.get('echo');
    const published = await caller.flows.publish({ flowId: 'echo', expectedRevision: draft?.summary.revision ?? 0, message: '  New greeting ' });
    expect(published).toMatchObject({ version: 2, author: 'Pat Publisher', message: 'New greeting', isCurrent: true });
    expect(published.draftRevision).toBe((await services.app.drafts.get('echo'))?.summary.revision);
    const bundle = await services.app.publishing.getVersion(2);
    expect(bundle?.bundle.flows[0]?.nodes.find((node) => node.id === 'greet')?.config).toEqual({ text: 'Hello v2' });
    const audit = await services.app.audit.list({ action: 'flow.publish' });
    expect(audit.entries.some((entry) => entry.targetId === '2' && entry.outcome === 'success' && entry.actorName === 'Pat Publisher')).toBe(true);

    const changes = await caller.versions.changes();
    expect(changes).toEqual([
      { version: 2, added: [], removed: [], changed: ['echo'] },
      { version: 1, added: ['echo'], removed: [], changed: [] },
    ]);
    const compared = await caller.versions.diff({ flowId: 'echo', from: 1, to: 2 });
    expect(compared.changes.nodes).toEqual([expect.objectContaining({ nodeId: 'greet', fields: ['config.text'] })]);
  });

  it('saves a flow’s tests beside its draft and runs them against the draft', async () => {
    await expect(caller.simulator.getTests({ flowId: 'echo' })).resolves.toBeNull();
    const yaml = 'name: echo\ncases:\n  - name: greets\n    steps:\n      - bot: Hello draft\n';
    await caller.simulator.saveTests({ flowId: 'echo', testsYaml: yaml });
    await caller.simulator.saveTests({ flowId: 'echo', testsYaml: yaml });
    await expect(caller.simulator.getTests({ flowId: 'echo' })).resolves.toMatchObject({ flowId: 'echo', yaml });
    const run = await caller.simulator.runTests({ flowId: 'echo', document: echoFlow('Hello draft') });
    expect(run).toMatchObject({ passed: 1, failed: 0 });
    const other = await caller.simulator.runTests({ flowId: 'echo', document: echoFlow('Something else') });
    expect(other).toMatchObject({ passed: 0, failed: 1 });
  });
});
