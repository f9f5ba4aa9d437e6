import type BetterSqlite3 from 'better-sqlite3';

/** What one checkpoint pass did (SQLite's `wal_checkpoint` result row). */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * One pass of WAL checkpointing, run off the event loop by the checkpoint worker.
 * PASSIVE never blocks writers or readers; when it cannot keep up and the WAL has
 * grown past `truncateFrames`, a TRUNCATE (which briefly waits for writers) brings the
 * file back to zero so it cannot grow without bound.
 */
export function checkpointWal(db: BetterSqlite3.Database, truncateFrames: number): CheckpointResult {
  const passive = readResult(db.pragma('wal_checkpoint(PASSIVE)'));
  if (passive.log <= truncateFrames || passive.checkpointed >= passive.log) return passive;
  return readResult(db.pragma('wal_checkpoint(TRUNCATE)'));
}

function readResult(rows: unknown): CheckpointResult {
  const row = (Array.isArray(rows) ? rows[0] : rows) as Partial<CheckpointResult> | undefined;
  return { busy: row?.busy ?? 0, log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
}
