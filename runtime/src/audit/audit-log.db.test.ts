import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KefuServices } from '../store/open-services.js';
import { openTestServices } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

describe('audit log', () => {
  let test: TestDatabase;
  let services: KefuServices;

  beforeAll(async () => {
    test = await createTestDatabase();
    services = await openTestServices(test);
    const { audit } = services.app;
    await audit.record({
      actor: { id: 'u1', name: 'alice' },
      action: 'user.update',
      target: { type: 'user', id: 'u2' },
      before: { roles: ['agent'], displayName: 'Bob', passwordHash: 'argon2id$old', nested: { apiToken: 'abc' } },
      after: { roles: ['agent', 'designer'], displayName: 'Bob', passwordHash: 'argon2id$new', nested: { apiToken: 'def' } },
      ip: '203.0.113.7',
      requestId: 'req-1',
    });
    await audit.record({ actor: { id: null, name: '=cmd|calc' }, action: 'auth.login', outcome: 'failure', ip: '198.51.100.1' });
    for (let index = 0; index < 5; index += 1) await audit.record({ actor: { id: 'u1', name: 'alice' }, action: 'flow.publish', target: { type: 'bundle-version', id: String(index + 1) } });
  });
  afterAll(async () => {
    await services.close();
    await test.drop();
  });

  it('stores only what changed, with secrets redacted, and UTC time', async () => {
    const { entries } = await services.app.audit.list({ action: 'user.update' });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ actorId: 'u1', actorName: 'alice', targetType: 'user', targetId: 'u2', outcome: 'success', ip: '203.0.113.7', requestId: 'req-1' });
    expect(entry?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(entry?.at ?? '') - Date.now())).toBeLessThan(60_000);
    // Secrets are redacted on both sides, so an unchanged-looking secret drops out of the diff.
    expect(entry?.diff).toEqual({ before: { roles: ['agent'] }, after: { roles: ['agent', 'designer'] } });
    expect(JSON.stringify(entry)).not.toMatch(/argon2id|abc|def/);
  });

  it('filters by actor, action prefix and time, newest first, with keyset pages', async () => {
    const first = await services.app.audit.list({ action: 'flow.' }, { limit: 2 });
    expect(first.entries.map((entry) => entry.targetId)).toEqual(['5', '4']);
    const second = await services.app.audit.list({ action: 'flow.' }, { limit: 2, cursor: first.nextCursor ?? 0 });
    expect(second.entries.map((entry) => entry.targetId)).toEqual(['3', '2']);
    const last = await services.app.audit.list({ action: 'flow.' }, { limit: 2, cursor: second.nextCursor ?? 0 });
    expect(last).toMatchObject({ entries: [{ targetId: '1' }], nextCursor: null });
    expect((await services.app.audit.list({ actor: '=cmd|calc' })).entries).toHaveLength(1);
    expect((await services.app.audit.list({ from: new Date(Date.now() + 60_000).toISOString() })).entries).toHaveLength(0);
    expect((await services.app.audit.list({ to: new Date(Date.now() + 60_000).toISOString() })).entries).toHaveLength(7);
    // `%` is not a wildcard: the prefix is matched literally.
    expect((await services.app.audit.list({ action: '%.' })).entries).toHaveLength(0);
    await expect(services.app.audit.list({ from: 'yesterday' })).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/from' });
  });

  it('exports CSV with formula cells defused', async () => {
    const csv = await services.app.audit.exportCsv({});
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,actorId,actorName,action,targetType,targetId,outcome,ip,requestId,diff');
    expect(lines).toHaveLength(8);
    expect(csv).toContain(",'=cmd|calc,auth.login,");
    expect(csv).not.toMatch(/,=cmd/);
  });

  it('refuses UPDATE and DELETE in the database itself (append-only triggers)', async () => {
    const { db } = services;
    const before = await db.all('SELECT * FROM audit_log ORDER BY id');
    await expect(db.run("UPDATE audit_log SET actor_name = 'mallory'")).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    if (db.dialect === 'postgres') await expect(db.run('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await db.all('SELECT * FROM audit_log ORDER BY id')).toEqual(before);
  });
});
