/** True for a unique/primary-key violation from better-sqlite3, pg or MikroORM. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'UniqueConstraintViolationException') return true;
  const code = (error as Error & { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
