/**
 * Opens MikroORM on the configured database. The ORM owns entities, migrations and
 * the console-side stores (publishing, drafts); the chat hot path uses `LeanDb`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type BetterSqlite3 from 'better-sqlite3';
import type { DatabaseConfig } from '../config.js';
import { applySqlitePragmas } from './apply-sqlite-pragmas.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations-list.js';

export type KefuOrm = MikroORM<AbstractSqlDriver>;

export const MIGRATIONS_TABLE = 'kefu_migrations';

export async function openOrm(database: DatabaseConfig): Promise<KefuOrm> {
  const common = {
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    debug: false,
    migrations: { migrationsList: [...migrationsList], tableName: MIGRATIONS_TABLE, transactional: true, allOrNothing: true, snapshot: false, silent: true },
  };
  if (database.kind === 'sqlite') {
    mkdirSync(dirname(database.path), { recursive: true });
    const orm = await MikroORM.init<BetterSqliteDriver>({
      ...common,
      driver: BetterSqliteDriver,
      dbName: database.path,
      pool: {
        min: 1,
        max: 1,
        afterCreate: (connection: BetterSqlite3.Database, done: (error: Error | null, connection: BetterSqlite3.Database) => void) => {
          // The console connection is mostly idle; the lean connection's checkpointer covers both.
          applySqlitePragmas(connection, { autoCheckpoint: false });
          done(null, connection);
        },
      },
    });
    return orm as unknown as KefuOrm;
  }
  const orm = await MikroORM.init<PostgreSqlDriver>({
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    pool: { min: 0, max: 5 },
  });
  return orm as unknown as KefuOrm;
}
