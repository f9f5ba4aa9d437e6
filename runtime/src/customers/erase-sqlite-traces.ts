/**
 * SQLite keeps deleted rows readable in freed pages and in old WAL frames until they
 * are reused. For an erasure that must leave no trace, the delete runs with
 * `secure_delete` on (SQLite zeroes what it frees) and the WAL is then checkpointed
 * and truncated, so the old page images are gone from the -wal file too.
 */
import type { LeanDb } from '../db/lean-db.js';

export async function eraseSqliteTraces(db: LeanDb, erase: () => Promise<void>): Promise<void> {
  const before = await db.get<{ secure_delete: number }>('PRAGMA secure_delete');
  await db.all('PRAGMA secure_delete = 1');
  try {
    await erase();
  } finally {
    await db.all(`PRAGMA secure_delete = ${Number(before?.secure_delete ?? 0)}`);
  }
  // May report busy while a reader holds an old snapshot; the next checkpoint completes it.
  await db.all('PRAGMA wal_checkpoint(TRUNCATE)');
}
