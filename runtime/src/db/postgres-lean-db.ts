import { createHash } from 'node:crypto';
import pg from 'pg';
import type { LeanDb, LeanStatement, SqlValue } from './lean-db.js';
import { StaleWriteError } from './stale-write-error.js';

const INT8_OID = 20;

/**
 * A `pg` Pool with named (server-side prepared) statements. `?` placeholders are
 * rewritten to `$n` once per SQL text.
 */
export class PostgresLeanDb implements LeanDb {
  readonly dialect = 'postgres' as const;
  readonly #pool: pg.Pool;
  readonly #queries = new Map<string, { name: string; text: string }>();

  constructor(url: string, max = 10) {
    this.#pool = new pg.Pool({
      connectionString: url,
      max,
      // Counts and sums come back as int8; they stay far below 2^53 here.
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.#pool.on('error', () => undefined);
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const result = await this.#pool.query({ ...this.#query(sql), values: [...params] });
    return result.rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.#pool.query({ ...this.#query(sql), values: [...params] });
    return result.rowCount ?? 0;
  }

  async transaction(statements: readonly LeanStatement[]): Promise<number[]> {
    const client = await this.#pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const changes: number[] = [];
      for (const [index, statement] of statements.entries()) {
        const result = await client.query({ ...this.#query(statement.sql), values: [...statement.params] });
        const count = result.rowCount ?? 0;
        if (statement.expectChanges !== undefined && count !== statement.expectChanges) {
          throw new StaleWriteError(index, count, statement.expectChanges);
        }
        changes.push(count);
      }
      await client.query('COMMIT');
      return changes;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  #query(sql: string): { name: string; text: string } {
    let query = this.#queries.get(sql);
    if (!query) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      query = { name: `kefu_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
      this.#queries.set(sql, query);
    }
    return query;
  }
}
