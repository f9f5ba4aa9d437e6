import type { DatabaseConfig } from '../config.js';
import type { LeanDb } from './lean-db.js';
import { PostgresLeanDb } from './postgres-lean-db.js';
import { SqliteLeanDb } from './sqlite-lean-db.js';

/** Opens the hot-path executor on the same database the ORM uses (migrate first). */
export function openLeanDb(database: DatabaseConfig): LeanDb {
  return database.kind === 'sqlite' ? new SqliteLeanDb(database.path) : new PostgresLeanDb(database.url);
}
