/**
 * A real, database-backed KbService for tests that use in-memory stand-ins for the
 * other services (the console API's permission tests): a temporary SQLite file, migrated
 * and seeded on first use only, so tests that never touch the KB pay nothing.
 * Seed: KB `default` with article `sample`, test case 1, and the open unanswered group
 * `sample-group`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../db/migrate.js';
import { SqliteLeanDb } from '../../db/sqlite-lean-db.js';
import type { KbService } from '../kb-service.js';
import { SqlKbService } from '../sql-kb-service.js';

export const SAMPLE_ARTICLE_ID = 'sample';
export const SAMPLE_GROUP_ID = 'sample-group';
export const SAMPLE_TEST_CASE_ID = 1;

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const directories: string[] = [];
process.once('exit', () => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

async function openSample(): Promise<KbService> {
  const directory = mkdtempSync(join(tmpdir(), 'kefu-kb-'));
  directories.push(directory);
  const path = join(directory, 'kb.db');
  await migrate({ kind: 'sqlite', path });
  const db = new SqliteLeanDb(path);
  const kb = new SqlKbService({ db, logger: silent, retrainDelayMs: null });
  await kb.saveArticle('default', { id: SAMPLE_ARTICLE_ID, question: 'How do I reset my password?', similar: ['forgot password'], answer: 'Use **Forgot password** on the login page.' }, null, 'seed');
  await kb.addTestCase('default', 'I forgot my password', SAMPLE_ARTICLE_ID);
  const at = new Date(Date.UTC(2025, 0, 1));
  await db.transaction([
    { sql: 'INSERT INTO kb_unanswered_groups (id, kb, representative, status, count, last_seen_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', params: [SAMPLE_GROUP_ID, 'default', 'Can I pay by invoice?', 'new', 1, at, at] },
    {
      sql: 'INSERT INTO kb_unanswered (id, kb, question, reason, conversation_id, article_id, context, group_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      params: ['sample-question', 'default', 'Can I pay by invoice?', 'no-answer', null, null, '[]', SAMPLE_GROUP_ID, at],
    },
  ]);
  return kb;
}

export function sampleKbService(): KbService {
  let opened: Promise<KbService> | null = null;
  return new Proxy({} as KbService, {
    get: (_target, name: keyof KbService) =>
      async (...args: unknown[]) => {
        opened ??= openSample();
        const kb = await opened;
        return (kb[name] as (...parameters: unknown[]) => unknown).apply(kb, args);
      },
  });
}
