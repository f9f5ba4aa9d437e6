/**
 * A fresh database per test file: a temporary SQLite file by default, or a new
 * PostgreSQL database `kefu_t_<random>` when KEFU_TEST_DATABASE_URL is set (dropped
 * again by `drop()`).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';

export interface TestDatabase {
  database: DatabaseConfig;
  /** A temporary directory for the key file and other data. */
  dataDir: string;
  /** What to put in KEFU_DATABASE_URL for a child process. */
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-test-'));
  const adminUrl = process.env.KEFU_TEST_DATABASE_URL;
  if (!adminUrl) {
    const path = join(dataDir, 'kefu.db');
    return {
      database: { kind: 'sqlite', path },
      dataDir,
      url: `sqlite://${path}`,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `kefu_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString() },
    dataDir,
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withAdmin(url: string, action: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await action(client);
  } finally {
    await client.end();
  }
}
