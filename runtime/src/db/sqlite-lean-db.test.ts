import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUniqueViolation } from './is-unique-violation.js';
import type { LeanStatement } from './lean-db.js';
import { SqliteLeanDb } from './sqlite-lean-db.js';
import { StaleWriteError } from './stale-write-error.js';

/** No checkpoint worker: the WAL keeps every frame, so commits can be counted. */
const NO_WORKER = { workerUrl: new URL('file:///nonexistent/wal-checkpoint-worker.js') };
const WAL_HEADER = 32;
const FRAME = 24 + 4096;

describe('SqliteLeanDb group commit', () => {
  let dir: string;
  let path: string;
  let db: SqliteLeanDb;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kefu-lean-'));
    path = join(dir, 'lean.db');
    db = new SqliteLeanDb(path, NO_WORKER);
    await db.run('CREATE TABLE counters (id TEXT PRIMARY KEY, value INTEGER NOT NULL)');
    await db.run('CREATE TABLE events (conversation TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (conversation, seq))');
    await db.run("INSERT INTO counters (id, value) VALUES ('a', 0), ('b', 0), ('c', 0)");
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const bump = (id: string, expected: number, seq: number): LeanStatement[] => [
    { sql: 'UPDATE counters SET value = value + 1 WHERE id = ? AND value = ?', params: [id, expected], expectChanges: 1 },
    { sql: 'INSERT INTO events (conversation, seq) VALUES (?, ?)', params: [id, seq] },
  ];
  const rows = () => db.all<{ id: string; value: number }>('SELECT id, value FROM counters ORDER BY id');
  const walFrames = () => (statSync(`${path}-wal`).size - WAL_HEADER) / FRAME;

  it('commits transactions queued in the same turn of the event loop together, each all or nothing', async () => {
    await db.run("INSERT INTO events (conversation, seq) VALUES ('c', 1)");
    const framesBefore = walFrames();
    const results = await Promise.allSettled([
      db.transaction(bump('a', 0, 1)),
      db.transaction(bump('b', 7, 1)), // stale: b is at 0
      db.transaction(bump('c', 0, 1)), // duplicate event (c, 1): its update must not stand
      db.transaction(bump('a', 1, 2)), // sees the first one's write within the group
    ]);

    expect(results[0]).toEqual({ status: 'fulfilled', value: [1, 1] });
    expect(results[1].status).toBe('rejected');
    const stale = (results[1] as PromiseRejectedResult).reason as unknown;
    expect(stale).toBeInstanceOf(StaleWriteError);
    expect((stale as StaleWriteError).statementIndex).toBe(0);
    expect(results[2].status).toBe('rejected');
    expect(isUniqueViolation((results[2] as PromiseRejectedResult).reason)).toBe(true);
    expect(results[3]).toEqual({ status: 'fulfilled', value: [1, 1] });
    expect(await rows()).toEqual([{ id: 'a', value: 2 }, { id: 'b', value: 0 }, { id: 'c', value: 0 }]);
    expect(await db.all('SELECT conversation, seq FROM events ORDER BY conversation, seq')).toEqual([
      { conversation: 'a', seq: 1 },
      { conversation: 'a', seq: 2 },
      { conversation: 'c', seq: 1 },
    ]);
    // Four transactions one at a time would append at least four frames per table page
    // they touched; one group commit writes each page once.
    expect(walFrames() - framesBefore).toBeLessThanOrEqual(3);
  });

  it('settles each promise only after its COMMIT: another connection already sees the rows', async () => {
    const reader = new BetterSqlite3(path, { readonly: true });
    try {
      const seen = await Promise.all(
        ['a', 'b'].map(async (id) => {
          await db.transaction(bump(id, 0, 1));
          return reader.prepare('SELECT value FROM counters WHERE id = ?').get(id);
        }),
      );
      expect(seen).toEqual([{ value: 1 }, { value: 1 }]);
    } finally {
      reader.close();
    }
  });

  it('commits a lone transaction on its own, and turns after it wait for nothing', async () => {
    await expect(db.transaction(bump('a', 0, 1))).resolves.toEqual([1, 1]);
    await expect(db.transaction(bump('a', 0, 2))).rejects.toBeInstanceOf(StaleWriteError);
    await expect(db.transaction(bump('a', 1, 2))).resolves.toEqual([1, 1]);
    expect((await rows())[0]).toEqual({ id: 'a', value: 2 });
  });

  it('writes what is queued when it closes', async () => {
    const pending = db.transaction(bump('b', 0, 1));
    await db.close();
    await expect(pending).resolves.toEqual([1, 1]);
    db = new SqliteLeanDb(path, NO_WORKER);
    expect((await rows())[1]).toEqual({ id: 'b', value: 1 });
  });
});
