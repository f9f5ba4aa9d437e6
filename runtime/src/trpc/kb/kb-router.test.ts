/**
 * The `kb.*` console API over a real (SQLite) KB service: who may do what, what is
 * audited, and how client mistakes come back. The full role × procedure matrix is in
 * trpc/router.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../auth/permissions.js';
import { MemoryAuditLog } from '../../audit/memory-audit-log.js';
import { SAMPLE_ARTICLE_ID, SAMPLE_GROUP_ID } from '../../kb/test-support/sample-kb-service.js';
import type { Principal } from '../principal.js';
import { appRouter } from '../router.js';
import { memoryAppContext } from '../test-support/memory-app-context.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

function principal(role: Role): Principal {
  return { id: `id-${role}`, userId: `id-${role}`, username: role, name: `The ${role}`, roles: [role], skillGroups: [], sessionId: 's', mustChangePassword: false, twoFactorEnrolmentRequired: false };
}

function setup(role: Role) {
  const app = memoryAppContext();
  return { app, audit: app.audit as MemoryAuditLog, caller: createCaller({ app, principal: principal(role), requestId: 'r1' }) };
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('kb console API', () => {
  it('lets a designer edit: save, import, delete and resolve, each audited where it matters', async () => {
    const { caller, audit } = setup('designer');
    const saved = await caller.kb.articles.save({ kb: 'default', article: { id: 'hours', question: 'Opening hours?', answer: '9–18 <b onclick="x()">daily</b>' }, expectedRevision: null });
    expect(saved).toMatchObject({ id: 'hours', answer: '9–18 daily', updatedBy: 'The designer' });
    const report = await caller.kb.import({ kb: 'default', format: 'jsonl', contentBase64: base64('{"question":"Shipping?","answer":"Yes."}\n'), replace: false, dryRun: false });
    expect(report).toMatchObject({ ok: true, created: 1 });
    await caller.kb.articles.delete({ kb: 'default', id: SAMPLE_ARTICLE_ID });
    await caller.kb.unanswered.resolve({ kb: 'default', groupId: SAMPLE_GROUP_ID, resolution: { action: 'dismiss', note: 'out of scope' } });
    const model = await caller.kb.models.retrain({ kb: 'default' });
    expect(model).toMatchObject({ version: 1, active: true });
    expect(audit.entries.map((entry) => [entry.action, entry.targetId, entry.actorName])).toEqual([
      ['kb.import', 'default', 'The designer'],
      ['kb.article.delete', `default/${SAMPLE_ARTICLE_ID}`, 'The designer'],
      ['kb.unanswered.resolve', SAMPLE_GROUP_ID, 'The designer'],
      ['kb.model.activate', 'default/1', 'The designer'],
    ]);
  });

  it('lets an agent view, search and suggest, and nothing more', async () => {
    const { caller } = setup('agent');
    const suggestion = await caller.kb.suggest({ kb: 'default', query: 'I forgot my password' });
    expect(suggestion.hits[0]?.id).toBe(SAMPLE_ARTICLE_ID);
    expect(suggestion.hits.length).toBeLessThanOrEqual(3);
    const searched = await caller.kb.search({ kb: 'default', query: 'reset password', top: 5 });
    expect(searched.tookMs).toBeGreaterThanOrEqual(0);
    await expect(caller.kb.articles.get({ kb: 'default', id: SAMPLE_ARTICLE_ID })).resolves.toMatchObject({ question: 'How do I reset my password?' });
    await expect(caller.kb.articles.save({ kb: 'default', article: { question: 'q', answer: 'a' }, expectedRevision: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.kb.import({ kb: 'default', format: 'jsonl', contentBase64: '', replace: false, dryRun: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.kb.unanswered.resolve({ kb: 'default', groupId: SAMPLE_GROUP_ID, resolution: { action: 'dismiss' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a QA inspector everything', async () => {
    const { caller } = setup('qa-inspector');
    await expect(caller.kb.bases.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.kb.search({ kb: 'default', query: 'password', top: 3 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.kb.suggest({ kb: 'default', query: 'password' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers client mistakes with 4xx and where they are, never a 500', async () => {
    const { caller, app } = setup('admin');
    const bad = await caller.kb.import({ kb: 'default', format: 'jsonl', contentBase64: base64('{"question":"x"}\nnot json\n'), replace: false, dryRun: false });
    expect(bad).toMatchObject({ ok: false, created: 0, problems: [{ row: 1, field: 'answer' }, { row: 2 }] });
    expect((await app.kb.listArticles('default')).total).toBe(1);
    await expect(caller.kb.import({ kb: 'default', format: 'csv', contentBase64: '@@@', replace: false, dryRun: false })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.kb.articles.get({ kb: 'default', id: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.kb.articles.list({ kb: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.kb.articles.save({ kb: 'default', article: { id: SAMPLE_ARTICLE_ID, question: 'x', answer: 'y' }, expectedRevision: 7 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const invalid = await caller.kb.articles.save({ kb: 'default', article: { question: ' ', answer: 'y' }, expectedRevision: null }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ code: 'BAD_REQUEST', cause: { path: '/article/question' } });
    await expect(caller.kb.bases.update({ name: 'default', thresholds: { answer: 0.2, suggest: 0.5 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller.kb.unanswered.resolve({ kb: 'default', groupId: SAMPLE_GROUP_ID, resolution: { action: 'dismiss' } });
    await expect(caller.kb.unanswered.resolve({ kb: 'default', groupId: SAMPLE_GROUP_ID, resolution: { action: 'pending' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('exports a file the import reads back', async () => {
    const { caller } = setup('admin');
    const file = await caller.kb.export({ kb: 'default', format: 'xlsx' });
    expect(file.filename).toBe('default-articles.xlsx');
    const dry = await caller.kb.import({ kb: 'default', format: 'xlsx', contentBase64: file.contentBase64, replace: true, dryRun: true });
    expect(dry).toEqual({ ok: true, created: 0, updated: 0, removed: 0, problems: [] });
  });
});
