import type BetterSqlite3 from 'better-sqlite3';

/** What one checkpoint pass did (SQLite's `wal_checkpoint` result row). */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * One pass of WAL checkpointing, run off the event loop by the checkpoint worker.
 * PASSIVE copies what it can without blocking anyone. Under steady writes it never
 * catches up completely (new commits land while it fsyncs), and SQLite rewinds the WAL
 * only after a complete checkpoint, so the file would grow without bound. Once more
 * than `restartFrames` frames are in the WAL, a RESTART follows: it finishes the few
 * frames committed since the PASSIVE pass while briefly holding off writers, and makes
 * the next commit start the WAL from the beginning again.
 */
export function checkpointWal(db: BetterSqlite3.Database, restartFrames: number): CheckpointResult {
  const passive = readResult(db.pragma('wal_checkpoint(PASSIVE)'));
  if (passive.log <= restartFrames) return passive;
  return readResult(db.pragma('wal_checkpoint(RESTART)'));
}

function readResult(rows: unknown): CheckpointResult {
  const row = (Array.isArray(rows) ? rows[0] : rows) as Partial<CheckpointResult> | undefined;
  return { busy: row?.busy ?? 0, log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
}
