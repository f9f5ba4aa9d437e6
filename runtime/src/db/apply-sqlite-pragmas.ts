import type BetterSqlite3 from 'better-sqlite3';

export interface SqlitePragmaOptions {
  /**
   * Let commits on this connection checkpoint the WAL themselves (SQLite's default).
   * Off when a `WalCheckpointer` does it on another thread; the last connection to
   * close checkpoints anyway.
   */
  autoCheckpoint: boolean;
}

/**
 * Settings every SQLite connection of Kefu uses. WAL lets the chat path read while
 * another connection writes; `synchronous=NORMAL` is durable across process crashes
 * in WAL mode (only an OS crash may lose the last commits); `busy_timeout` makes
 * writers queue instead of failing while another connection holds the write lock.
 */
export function applySqlitePragmas(db: BetterSqlite3.Database, options: SqlitePragmaOptions): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!options.autoCheckpoint) db.pragma('wal_autocheckpoint = 0');
}
