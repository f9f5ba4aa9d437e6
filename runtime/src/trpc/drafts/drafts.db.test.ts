/**
 * drafts.* over the real draft store (SQLite, and PostgreSQL when
 * KEFU_TEST_DATABASE_URL is set): two editors of one draft, create, delete.
 */
import { describe, expect, it } from 'vitest';
import { useTestServices } from '../../test-support/use-test-services.js';
import type { Principal } from '../principal.js';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

function designer(name: string): Principal {
  return { id: name, userId: name, username: name, name, roles: ['designer'], skillGroups: [], sessionId: name, mustChangePassword: false, twoFactorEnrolmentRequired: false };
}

describe('drafts over the database', () => {
  const services = useTestServices();
  const callers = () => ({
    ana: createCaller({ app: services.current.app, principal: designer('ana'), requestId: 'a' }),
    bo: createCaller({ app: services.current.app, principal: designer('bo'), requestId: 'b' }),
  });

  it('lets the first of two editors save; the second gets CONFLICT with the stored revision and overwrites nothing', async () => {
    const { ana, bo } = callers();
    const { document, summary } = await ana.drafts.create({ from: 'template', templateId: 'collect-info', flowId: 'collect', name: 'Collect', locale: 'en' });
    expect(summary.revision).toBe(1);
    await expect(ana.drafts.save({ document: { ...document, name: 'Ana' }, expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    const stale = bo.drafts.save({ document: { ...document, name: 'Bo' }, expectedRevision: 1 });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', cause: { details: { revision: 2 } } });
    // "Keep mine" after seeing the difference: save again on top of the revision the conflict named.
    await expect(bo.drafts.save({ document: { ...document, name: 'Bo' }, expectedRevision: 2 })).resolves.toMatchObject({ revision: 3 });
    const stored = await ana.flows.getDraft({ flowId: 'collect' });
    expect(stored.document.name).toBe('Bo');
    expect(stored.document.nodes).toEqual(document.nodes);
  });

  it('refuses to create over an existing draft and deletes a draft once', async () => {
    const { ana, bo } = callers();
    await ana.drafts.create({ from: 'blank', flowId: 'fresh', name: 'Fresh', locale: 'zh-CN' });
    await expect(bo.drafts.create({ from: 'blank', flowId: 'fresh', name: 'Mine', locale: 'en' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(bo.drafts.delete({ flowId: 'fresh' })).resolves.toEqual({ deleted: 'fresh' });
    await expect(ana.drafts.delete({ flowId: 'fresh' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await ana.flows.list()).drafts.map((draft) => draft.id)).not.toContain('fresh');
  });
});
