import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { migrationsApplied, migrateOrm } from './migrate.js';
import { openLeanDb } from './open-lean-db.js';
import { openOrm, type KefuOrm } from './open-orm.js';
import { isUniqueViolation } from './is-unique-violation.js';
import { migrationsList } from './migrations-list.js';

describe('migrations', () => {
  let test: TestDatabase;
  let orm: KefuOrm;

  beforeAll(async () => {
    test = await createTestDatabase();
    orm = await openOrm(test.database);
  });
  afterAll(async () => {
    await orm.close(true);
    await test.drop();
  });

  it('applies every migration once and reports the database ready', async () => {
    expect(await migrationsApplied(orm)).toBe(false);
    expect(await migrateOrm(orm)).toEqual(migrationsList.map((migration) => migration.name));
    expect(await migrateOrm(orm)).toEqual([]);
    expect(await migrationsApplied(orm)).toBe(true);
  });

  it('creates the unique constraints the turn path relies on', async () => {
    const db = openLeanDb(test.database);
    try {
      const now = new Date();
      await db.run('INSERT INTO bundle_versions (version, hash, document, author, message, created_at) VALUES (?, ?, ?, ?, ?, ?)', [1, 'h', '{}', 'a', 'm', now]);
      await db.run(
        'INSERT INTO conversations (id, token_hash, bundle_version, locale, status, state, version, last_seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ['00000000-0000-4000-8000-000000000001', 'x', 1, 'en', 'active', '{}', 0, 0, now, now],
      );
      const insert = 'INSERT INTO messages (id, conversation_id, seq, role, kind, body, client_message_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
      const conversation = '00000000-0000-4000-8000-000000000001';
      await db.run(insert, ['00000000-0000-4000-8000-00000000000a', conversation, 1, 'customer', 'text', '{}', 'c1', now]);
      const sameSeq = db.run(insert, ['00000000-0000-4000-8000-00000000000b', conversation, 1, 'bot', 'text', '{}', null, now]);
      await expect(sameSeq).rejects.toSatisfy(isUniqueViolation);
      const sameClientId = db.run(insert, ['00000000-0000-4000-8000-00000000000c', conversation, 2, 'customer', 'text', '{}', 'c1', now]);
      await expect(sameClientId).rejects.toSatisfy(isUniqueViolation);
      // NULL client ids (bot messages) never collide.
      await db.run(insert, ['00000000-0000-4000-8000-00000000000d', conversation, 2, 'bot', 'text', '{}', null, now]);
      await db.run(insert, ['00000000-0000-4000-8000-00000000000e', conversation, 3, 'bot', 'text', '{}', null, now]);
      // Only customer messages are in the idempotency index (partial), and the lookup by
      // client id still goes through it.
      const definition = db.dialect === 'sqlite'
        ? await db.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'messages_conversation_client_id_unique'")
        : await db.get<{ sql: string }>("SELECT indexdef AS sql FROM pg_indexes WHERE indexname = 'messages_conversation_client_id_unique'");
      expect(definition?.sql).toMatch(/WHERE \(?client_message_id IS NOT NULL\)?/i);
      if (db.dialect === 'sqlite') {
        const plan = await db.all<{ detail: string }>('EXPLAIN QUERY PLAN SELECT seq FROM messages WHERE conversation_id = ? AND client_message_id = ?', [conversation, 'c1']);
        expect(plan.map((row) => row.detail).join(' ')).toContain('messages_conversation_client_id_unique');
      }
      const due = await db.get<{ due: unknown }>('SELECT created_at AS "due" FROM messages WHERE seq = ?', [3]);
      expect(due).toBeDefined();
    } finally {
      await db.close();
    }
  });
});
