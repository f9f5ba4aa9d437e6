/**
 * drafts.* over the in-memory services: conflicts carry the stored revision, creation
 * never replaces a draft, bad input is BAD_REQUEST with its path, agents are refused.
 */
import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../app/app-context.js';
import { sampleFlow, memoryAppContext } from '../test-support/memory-app-context.js';
import type { Principal } from '../principal.js';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

function principal(roles: Principal['roles']): Principal {
  return { id: 'u1', userId: 'u1', username: 'dana', name: 'Dana', roles, skillGroups: [], sessionId: 's1', mustChangePassword: false, twoFactorEnrolmentRequired: false };
}

function kefuData(error: unknown): unknown {
  return error instanceof TRPCError ? error.cause : undefined;
}

describe('drafts', () => {
  let app: AppContext;
  let designer: ReturnType<typeof createCaller>;
  beforeEach(async () => {
    app = memoryAppContext();
    designer = createCaller({ app, principal: principal(['designer']), requestId: 'r' });
    await app.publishing.publish({ flows: [sampleFlow('welcome')], message: 'first', author: 'alice' });
  });

  it('saves on top of the expected revision and refuses a stale one with the current revision', async () => {
    const created = await designer.drafts.create({ from: 'blank', flowId: 'orders', name: 'Orders', locale: 'en' });
    expect(created.summary.revision).toBe(1);
    expect(created.document.nodes.map((node) => node.type)).toEqual(['start']);
    const mine = { ...created.document, name: 'Orders (mine)' };
    await expect(designer.drafts.save({ document: mine, expectedRevision: 1 })).resolves.toMatchObject({ revision: 2, name: 'Orders (mine)' });

    const stale = designer.drafts.save({ document: { ...created.document, name: 'Orders (theirs)' }, expectedRevision: 1 });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('the latest is 2') });
    const error = await stale.catch((caught: unknown) => caught);
    expect(kefuData(error)).toMatchObject({ code: 'KEFU_ERR_DRAFT_CONFLICT', path: '/expectedRevision', details: { revision: 2 } });
    expect((await app.drafts.get('orders'))?.document.name).toBe('Orders (mine)');
  });

  it('creates from a template under the new id and name, and from the current version', async () => {
    const fromTemplate = await designer.drafts.create({ from: 'template', templateId: 'collect-info', flowId: 'my-collect', name: 'My collect', locale: 'zh-CN' });
    expect(fromTemplate.document).toMatchObject({ id: 'my-collect', name: 'My collect', locale: 'zh-CN' });
    expect(fromTemplate.document.nodes.length).toBeGreaterThan(2);

    const fromVersion = await designer.drafts.create({ from: 'version', flowId: 'welcome' });
    expect(fromVersion.document).toEqual(sampleFlow('welcome'));
    await expect(designer.drafts.create({ from: 'version', flowId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(designer.drafts.create({ from: 'template', templateId: 'no-such', flowId: 'x', name: 'X', locale: 'en' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('never replaces an existing draft on create', async () => {
    await designer.drafts.create({ from: 'version', flowId: 'welcome' });
    const again = designer.drafts.create({ from: 'blank', flowId: 'welcome', name: 'Other', locale: 'en' });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already exists (revision 1)') });
    expect((await app.drafts.get('welcome'))?.document.name).toBe('Flow welcome');
  });

  it('deletes a draft, NOT_FOUND the second time; a save after that is a conflict saying so', async () => {
    const { document } = await designer.drafts.create({ from: 'version', flowId: 'welcome' });
    await expect(designer.drafts.delete({ flowId: 'welcome' })).resolves.toEqual({ deleted: 'welcome' });
    await expect(designer.drafts.delete({ flowId: 'welcome' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(designer.drafts.save({ document, expectedRevision: 1 })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('no longer exists') });
  });

  it('rejects a document without a usable id or name with the field’s path', async () => {
    const bad = designer.drafts.save({ document: { ...sampleFlow('x'), id: '1bad' }, expectedRevision: 1 });
    await expect(bad).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const error = await bad.catch((caught: unknown) => caught);
    expect(kefuData(error)).toMatchObject({ issues: [{ path: ['document', 'id'], message: 'Not a valid flow id.' }] });
    await expect(designer.drafts.create({ from: 'blank', flowId: 'ok', name: '  ', locale: 'en' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses agents (no flows.edit)', async () => {
    const agent = createCaller({ app, principal: principal(['agent']), requestId: 'r' });
    await expect(agent.drafts.create({ from: 'blank', flowId: 'orders', name: 'Orders', locale: 'en' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agent.drafts.save({ document: sampleFlow('welcome'), expectedRevision: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agent.templates.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
