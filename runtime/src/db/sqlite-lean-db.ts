import BetterSqlite3 from 'better-sqlite3';
import { applySqlitePragmas } from './apply-sqlite-pragmas.js';
import type { LeanDb, LeanStatement, SqlValue } from './lean-db.js';
import { StaleWriteError } from './stale-write-error.js';
import { WalCheckpointer, type WalCheckpointerOptions } from './wal-checkpointer.js';

type Bindable = string | number | bigint | Buffer | null;
type GroupOutcome = { changes: number[] } | { error: unknown };

interface QueuedTransaction {
  statements: readonly LeanStatement[];
  resolve: (changes: number[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Its own connection to the database file (the ORM has another). Statements are
 * prepared once and cached. WAL checkpoints run on a worker thread (`WalCheckpointer`),
 * never inside a commit on the event loop.
 *
 * Group commit: `transaction()` queues its statements, and everything queued during
 * one turn of the event loop is written in ONE SQLite transaction (`BEGIN IMMEDIATE`,
 * synchronous, so it never interleaves with other work on this connection). Each
 * caller's statements run in their own savepoint: a caller whose statements fail
 * (a stale version, a duplicate key) is rolled back alone and gets its error; the
 * others commit together, and every promise settles only after the COMMIT. Under load
 * this writes each shared page once per batch instead of once per turn; a lone
 * transaction waits one `setImmediate`, microseconds.
 */
export class SqliteLeanDb implements LeanDb {
  readonly dialect = 'sqlite' as const;
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();
  /** Runs one caller's statements: a transaction alone, a savepoint inside a group. */
  readonly #runStatements: BetterSqlite3.Transaction<(statements: readonly LeanStatement[]) => number[]>;
  readonly #runGroup: (group: readonly QueuedTransaction[]) => GroupOutcome[];
  readonly #checkpointer: WalCheckpointer | null;
  #queue: QueuedTransaction[] = [];

  constructor(path: string, checkpoints: WalCheckpointerOptions = {}) {
    this.#db = new BetterSqlite3(path);
    applySqlitePragmas(this.#db, { autoCheckpoint: true });
    this.#checkpointer = WalCheckpointer.start(path, checkpoints);
    // Once another thread checkpoints, commits on this connection no longer do.
    if (this.#checkpointer) this.#db.pragma('wal_autocheckpoint = 0');
    this.#runStatements = this.#db.transaction((statements: readonly LeanStatement[]) =>
      statements.map((statement, index) => {
        const { changes } = this.#prepare(statement.sql).run(bind(statement.params));
        if (statement.expectChanges !== undefined && changes !== statement.expectChanges) {
          throw new StaleWriteError(index, changes, statement.expectChanges);
        }
        return changes;
      }),
    );
    this.#runGroup = this.#db.transaction((group: readonly QueuedTransaction[]) =>
      group.map((queued): GroupOutcome => {
        try {
          return { changes: this.#runStatements(queued.statements) };
        } catch (error) {
          // Errors like SQLITE_FULL or SQLITE_IOERR roll back the whole transaction;
          // then nothing of the group stands and all of it must fail.
          if (!this.#db.inTransaction) throw error;
          return { error };
        }
      }),
    ).immediate;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#prepare(sql).all(bind(params)) as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.#prepare(sql).get(bind(params)) as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.#prepare(sql).run(bind(params)).changes;
  }

  transaction(statements: readonly LeanStatement[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ statements, resolve, reject });
      if (this.#queue.length === 1) setImmediate(this.#flush);
    });
  }

  async close(): Promise<void> {
    this.#flush();
    await this.#checkpointer?.stop();
    this.#db.close();
  }

  /** Commits everything queued, in one transaction. */
  readonly #flush = (): void => {
    const group = this.#queue;
    if (group.length === 0) return;
    this.#queue = [];
    if (group.length === 1) {
      const [only] = group as [QueuedTransaction];
      try {
        only.resolve(this.#runStatements.immediate(only.statements));
      } catch (error) {
        only.reject(error);
      }
      return;
    }
    let outcomes: GroupOutcome[];
    try {
      outcomes = this.#runGroup(group);
    } catch (error) {
      for (const queued of group) queued.reject(error);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const queued = group[index]!;
      if ('changes' in outcome) queued.resolve(outcome.changes);
      else queued.reject(outcome.error);
    });
  };

  #prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * SQLite has no Date or boolean: times are stored as epoch ms, as MikroORM does. The
 * parameters go to the driver as one array (anonymous parameters), copied only when a
 * value needs converting.
 */
function bind(params: readonly SqlValue[]): Bindable[] {
  for (const value of params) {
    if (value instanceof Date || typeof value === 'boolean') return params.map(toBindable);
  }
  return params as Bindable[];
}

function toBindable(value: SqlValue): Bindable {
  return value instanceof Date ? value.getTime() : typeof value === 'boolean' ? (value ? 1 : 0) : value;
}
