import type { DatabaseConfig } from '../config.js';
import { openOrm, type KefuOrm } from './open-orm.js';

/** Applies pending migrations on an open ORM; returns the names applied. */
export async function migrateOrm(orm: KefuOrm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** True when every known migration has been applied. */
export async function migrationsApplied(orm: KefuOrm): Promise<boolean> {
  return (await orm.getMigrator().getPendingMigrations()).length === 0;
}

/** Opens the database, applies pending migrations and closes it again. */
export async function migrate(database: DatabaseConfig): Promise<string[]> {
  const orm = await openOrm(database);
  try {
    return await migrateOrm(orm);
  } finally {
    await orm.close(true);
  }
}
