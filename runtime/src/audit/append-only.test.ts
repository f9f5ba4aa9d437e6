/**
 * No code path updates or deletes audit entries: scans every source file (tests and
 * the migration that creates the table and its guard triggers excepted) for SQL or
 * ORM calls that would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const SQL_WRITE = /\b(?:UPDATE\s+["`]?audit_log\b|DELETE\s+FROM\s+["`]?audit_log\b|TRUNCATE\s+(?:TABLE\s+)?["`]?audit_log\b|DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?["`]?audit_log\b)/i;
const ORM_WRITE = /\b(?:nativeUpdate|nativeDelete|upsert|upsertMany)\(\s*['"]?AuditLogEntry\b|\bcreateQueryBuilder\(\s*['"]?AuditLogEntry\b[^;]*\.(?:update|delete|truncate)\(/;
const ALLOWED = new Set(['db/migrations/Migration0003AuditAndCustomerData.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('audit log is append-only in code', () => {
  it('the scan recognises what it looks for', () => {
    expect(SQL_WRITE.test("db.run('UPDATE audit_log SET x = 1')")).toBe(true);
    expect(SQL_WRITE.test('DELETE FROM "audit_log" WHERE id = ?')).toBe(true);
    expect(SQL_WRITE.test('truncate table audit_log')).toBe(true);
    expect(ORM_WRITE.test('em.nativeDelete(AuditLogEntry, {})')).toBe(true);
    expect(ORM_WRITE.test("em.createQueryBuilder(AuditLogEntry).update({ actorName: 'x' })")).toBe(true);
    expect(ORM_WRITE.test('em.find(AuditLogEntry, {})')).toBe(false);
    expect(SQL_WRITE.test('INSERT INTO audit_log (at) VALUES (?)')).toBe(false);
  });

  it('no source file updates, deletes or truncates audit_log', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map((file) => relative(SRC, file).split('\\').join('/'))
      .filter((file) => !ALLOWED.has(file))
      .filter((file) => {
        const text = readFileSync(join(SRC, file), 'utf8');
        return SQL_WRITE.test(text) || ORM_WRITE.test(text);
      });
    expect(offenders).toEqual([]);
  });
});
