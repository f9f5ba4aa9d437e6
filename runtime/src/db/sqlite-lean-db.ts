import BetterSqlite3 from 'better-sqlite3';
import { applySqlitePragmas } from './apply-sqlite-pragmas.js';
import type { LeanDb, LeanStatement, SqlValue } from './lean-db.js';
import { StaleWriteError } from './stale-write-error.js';
import { WalCheckpointer, type WalCheckpointerOptions } from './wal-checkpointer.js';

type Bindable = string | number | bigint | Buffer | null;

/**
 * Its own connection to the database file (the ORM has another). Statements are
 * prepared once and cached; transactions are synchronous (`BEGIN IMMEDIATE`), so
 * they never interleave with other async work on this connection. WAL checkpoints run
 * on a worker thread (`WalCheckpointer`), never inside a commit on the event loop.
 */
export class SqliteLeanDb implements LeanDb {
  readonly dialect = 'sqlite' as const;
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();
  readonly #runBatch: (statements: readonly LeanStatement[]) => number[];
  readonly #checkpointer: WalCheckpointer | null;

  constructor(path: string, checkpoints: WalCheckpointerOptions = {}) {
    this.#db = new BetterSqlite3(path);
    applySqlitePragmas(this.#db, { autoCheckpoint: true });
    this.#checkpointer = WalCheckpointer.start(path, checkpoints);
    // Once another thread checkpoints, commits on this connection no longer do.
    if (this.#checkpointer) this.#db.pragma('wal_autocheckpoint = 0');
    this.#runBatch = this.#db.transaction((statements: readonly LeanStatement[]) =>
      statements.map((statement, index) => {
        const { changes } = this.#prepare(statement.sql).run(...bind(statement.params));
        if (statement.expectChanges !== undefined && changes !== statement.expectChanges) {
          throw new StaleWriteError(index, changes, statement.expectChanges);
        }
        return changes;
      }),
    ).immediate;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#prepare(sql).all(...bind(params)) as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.#prepare(sql).get(...bind(params)) as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.#prepare(sql).run(...bind(params)).changes;
  }

  async transaction(statements: readonly LeanStatement[]): Promise<number[]> {
    return this.#runBatch(statements);
  }

  async close(): Promise<void> {
    await this.#checkpointer?.stop();
    this.#db.close();
  }

  #prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/** SQLite has no Date or boolean: times are stored as epoch ms, as MikroORM does. */
function bind(params: readonly SqlValue[]): Bindable[] {
  return params.map((value) => (value instanceof Date ? value.getTime() : typeof value === 'boolean' ? (value ? 1 : 0) : value));
}
