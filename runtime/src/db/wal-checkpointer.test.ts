/**
 * The checkpoint worker runs from the compiled `dist/` (a worker thread cannot load
 * TypeScript): `npm run build -w @kefu/runtime` first, as for the crash test.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applySqlitePragmas } from './apply-sqlite-pragmas.js';
import { WalCheckpointer } from './wal-checkpointer.js';

const workerUrl = new URL('../../dist/db/wal-checkpoint-worker.js', import.meta.url);

describe('WalCheckpointer', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('moves commits from the WAL into the database file off this thread, and rewinds the WAL', async () => {
    expect(existsSync(fileURLToPath(workerUrl)), `${fileURLToPath(workerUrl)} is missing: build the runtime first`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'kefu-wal-'));
    const path = join(dir, 'wal.db');
    const db = new BetterSqlite3(path);
    applySqlitePragmas(db, { autoCheckpoint: false });
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const fill = db.transaction((rows: number) => {
      for (let i = 0; i < rows; i++) insert.run('x'.repeat(2000));
    });
    fill(2000);
    const before = statSync(path).size;
    const checkpointer = WalCheckpointer.start(path, { workerUrl, intervalMs: 20, restartFrames: 100 });
    expect(checkpointer).not.toBeNull();
    try {
      const deadline = Date.now() + 5000;
      // A pass may copy the WAL in several steps: wait for all of it, not for the first page.
      while (statSync(path).size <= before + 3_000_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(statSync(path).size).toBeGreaterThan(before + 3_000_000);
      // After a complete checkpoint the next commit starts the WAL from the beginning.
      await new Promise((resolve) => setTimeout(resolve, 100));
      fill(1);
      const [state] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
      expect(state?.log).toBeLessThan(10);
    } finally {
      await checkpointer?.stop();
      db.close();
    }
  });

  it('is not started when the compiled worker is missing (the connection then checkpoints itself)', () => {
    expect(WalCheckpointer.start('/nonexistent.db', { workerUrl: new URL('file:///nonexistent/worker.js') })).toBeNull();
  });
});
