/**
 * The lean executor of the chat hot path: prepared statements straight on the driver
 * (better-sqlite3 or a `pg` Pool), no ORM unit of work. SQL is written once with `?`
 * placeholders in the subset both dialects share; `$n` is substituted for PostgreSQL.
 */
export type SqlValue = string | number | boolean | null | Date;

export interface LeanStatement {
  sql: string;
  params: readonly SqlValue[];
  /**
   * When set, the transaction is rolled back with `StaleWriteError` unless the
   * statement changed exactly this many rows (optimistic concurrency checks).
   */
  expectChanges?: number;
}

export interface LeanDb {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs one statement outside a transaction; returns the number of changed rows. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs the statements in ONE transaction, all or nothing. The whole batch is given
   * up front so a SQLite transaction never spans an `await`.
   */
  transaction(statements: readonly LeanStatement[]): Promise<number[]>;
  close(): Promise<void>;
}

/** Time columns come back as epoch milliseconds (SQLite) or `Date` (PostgreSQL). */
export function readTime(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') return new Date(/^\d+$/.test(value) ? Number(value) : value);
  throw new TypeError(`not a time value: ${String(value)}`);
}

/** JSON columns come back as text (SQLite) or parsed (PostgreSQL `json`). */
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
