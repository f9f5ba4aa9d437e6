import { isUniqueViolation } from '../db/is-unique-violation.js';

/**
 * Errors a concurrent writer can cause and a fresh attempt resolves: a duplicate key
 * (two publishes computed the same version), SQLite's busy/locked, PostgreSQL's
 * serialization failure or deadlock.
 */
export function isRetryableWriteConflict(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '40001' || code === '40P01')) return true;
  return error.name === 'LockWaitTimeoutException' || error.name === 'DeadlockException' || /database is locked/i.test(error.message);
}
