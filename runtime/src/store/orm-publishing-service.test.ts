import { beforeEach, describe, expect, it } from 'vitest';
import type { FlowDocument } from '@kefu/schemas';
import { KefuError } from '../errors.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { useTestServices } from '../test-support/use-test-services.js';
import type { KefuServices } from './open-services.js';

describe('publishing', () => {
  const opened = useTestServices();
  let services: KefuServices;
  beforeEach(() => {
    services = opened.current;
  });

  it('has no current version before the first publish', async () => {
    expect(await services.app.publishing.currentVersion()).toBeNull();
    expect(await services.app.publishing.listVersions()).toEqual([]);
  });

  it('rejects an invalid bundle with JSON Pointers and publishes nothing', async () => {
    const broken = echoFlow();
    broken.edges = broken.edges.filter((edge) => edge.id !== 'e6');
    (broken.nodes[1]!.config as Record<string, unknown>).txet = 'typo';
    const attempt = services.app.publishing.publish({ flows: [broken], settings: echoSettings(), message: 'broken', author: 't' });
    await expect(attempt).rejects.toBeInstanceOf(KefuError);
    const error = (await attempt.catch((e: unknown) => e)) as KefuError;
    expect(error.code).toBe('KEFU_ERR_FLOW_INVALID');
    const paths = (error.details as { path: string; flowId?: string }[]).map((problem) => problem.path);
    expect(paths.some((path) => path.startsWith('/flows/0/nodes/1/config'))).toBe(true);
    expect((error.details as { flowId?: string }[]).every((problem) => problem.flowId === 'echo' || problem.flowId === undefined)).toBe(true);
    expect(await services.app.publishing.currentVersion()).toBeNull();
  });

  it('publishes version 1, fills entry flows, and saves drafts of the flows', async () => {
    const settings = { ...echoSettings(), entryFlows: {} } as ReturnType<typeof echoSettings>;
    const v1 = await services.app.publishing.publish({ flows: [echoFlow()], settings, message: 'first', author: 'ana' });
    expect(v1).toMatchObject({ version: 1, author: 'ana', message: 'first', isCurrent: true, rolledBackFrom: null });
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await services.app.publishing.getVersion(1);
    expect(stored?.bundle.settings.entryFlows).toEqual({ en: 'echo' });
    const draft = await services.app.drafts.get('echo');
    expect(draft?.summary.revision).toBe(1);
  });

  it('adds flows on top of the current version unless told to replace', async () => {
    const extra: FlowDocument = { ...echoFlow('Other', 'other') };
    const v2 = await services.app.publishing.publish({ flows: [extra], message: 'add other', author: 'ana' });
    expect(v2.flows.map((flow) => flow.id)).toEqual(['echo', 'other']);
    const v3 = await services.app.publishing.publish({ flows: [echoFlow('Hi')], message: 'only echo', author: 'ana', replace: true });
    expect(v3.flows.map((flow) => flow.id)).toEqual(['echo']);
    expect((await services.app.drafts.get('echo'))?.summary.revision).toBe(3);
  });

  it('gives concurrent publishes distinct consecutive versions', async () => {
    const before = (await services.app.publishing.currentVersion()) ?? 0;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => services.app.publishing.publish({ flows: [echoFlow(`Parallel ${i}`)], message: `p${i}`, author: 'bot' })),
    );
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 6 }, (_, i) => before + 1 + i));
    const versions = await services.app.publishing.listVersions();
    expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
    expect(versions.filter((v) => v.isCurrent)).toHaveLength(1);
    expect(versions[0]?.isCurrent).toBe(true);
  });

  it('rolls back by appending a copy of the old version', async () => {
    const v1 = await services.app.publishing.getVersion(1);
    const rolled = await services.app.publishing.rollback(1, 'ops');
    expect(rolled).toMatchObject({ rolledBackFrom: 1, isCurrent: true, hash: v1?.summary.hash, author: 'ops' });
    expect(await services.app.publishing.currentVersion()).toBe(rolled.version);
    await expect(services.app.publishing.rollback(999, 'ops')).rejects.toMatchObject({ code: 'KEFU_ERR_VERSION_NOT_FOUND' });
  });

  it('saves drafts optimistically', async () => {
    const created = await services.app.drafts.save(echoFlow('Draft', 'draft1'), null);
    expect(created.revision).toBe(1);
    await expect(services.app.drafts.save(echoFlow('Again', 'draft1'), null)).rejects.toMatchObject({ code: 'KEFU_ERR_DRAFT_CONFLICT' });
    const updated = await services.app.drafts.save(echoFlow('Edited', 'draft1'), 1);
    expect(updated.revision).toBe(2);
    await expect(services.app.drafts.save(echoFlow('Stale', 'draft1'), 1)).rejects.toMatchObject({ code: 'KEFU_ERR_DRAFT_CONFLICT' });
    expect((await services.app.drafts.list()).map((d) => d.id)).toContain('draft1');
  });
});
