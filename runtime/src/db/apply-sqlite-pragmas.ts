import type BetterSqlite3 from 'better-sqlite3';

/**
 * Settings every SQLite connection of Kefu uses. WAL lets the chat path read while
 * another connection writes; `synchronous=NORMAL` is durable across process crashes
 * in WAL mode (only an OS crash may lose the last commits); `busy_timeout` makes
 * writers queue instead of failing while another connection holds the write lock.
 */
export function applySqlitePragmas(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}
