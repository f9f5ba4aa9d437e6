/**
 * A KB's test set and its model versions. Every retrain records a version with its
 * figures on the test set, whether it was activated and why; exactly one version per
 * KB is active.
 */
import { readTime, type LeanDb, type LeanStatement, type SqlValue } from '../db/lean-db.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import { KefuError } from '../errors.js';
import type { TestCase } from './kb-service.js';
import type { ModelVersion } from './kb-types.js';

interface ModelRow {
  kb: string;
  version: number;
  test_cases: number;
  top1: number | null;
  top3: number | null;
  active: unknown;
  note: string;
  article_count: number;
  training_ms: number;
  created_at: unknown;
}

interface TestCaseRow {
  id: number;
  query: string;
  expected_id: string;
  source: string;
  created_at: unknown;
}

/** Both drivers bind a Buffer as a BLOB (SQLite) or bytea (PostgreSQL); `SqlValue` does not list it. */
function blob(bytes: Uint8Array | null): SqlValue {
  return bytes === null ? null : (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as SqlValue);
}

function modelFromRow(row: ModelRow): ModelVersion {
  return {
    kb: row.kb,
    version: Number(row.version),
    testCases: Number(row.test_cases),
    top1: row.top1 === null ? null : Number(row.top1),
    top3: row.top3 === null ? null : Number(row.top3),
    active: row.active === true || row.active === 1,
    note: row.note,
    articleCount: Number(row.article_count),
    trainingMs: Number(row.training_ms),
    createdAt: readTime(row.created_at).toISOString(),
  };
}

function testCaseFromRow(row: TestCaseRow): TestCase {
  return { id: Number(row.id), query: row.query, expectedId: row.expected_id, source: row.source, createdAt: readTime(row.created_at).toISOString() };
}

export class SqlKbModels {
  constructor(private readonly db: LeanDb) {}

  async listTestCases(kb: string): Promise<TestCase[]> {
    const rows = await this.db.all<TestCaseRow>('SELECT id, query, expected_id, source, created_at FROM kb_test_cases WHERE kb = ? ORDER BY id', [kb]);
    return rows.map(testCaseFromRow);
  }

  /** Statements adding the cases that are not in the test set yet (same query and expected article). */
  async testCaseInserts(kb: string, cases: readonly { query: string; expectedId: string }[], source: string, at: Date): Promise<LeanStatement[]> {
    const existing = new Set((await this.listTestCases(kb)).map((entry) => `${entry.expectedId}\n${entry.query}`));
    const fresh = cases.filter((entry) => {
      const key = `${entry.expectedId}\n${entry.query}`;
      if (existing.has(key)) return false;
      existing.add(key);
      return true;
    });
    return fresh.map((entry) => ({
      sql: 'INSERT INTO kb_test_cases (kb, query, expected_id, source, created_at) VALUES (?, ?, ?, ?, ?)',
      params: [kb, entry.query, entry.expectedId, source, at],
    }));
  }

  async addTestCase(kb: string, query: string, expectedId: string, source: string): Promise<TestCase> {
    const statements = await this.testCaseInserts(kb, [{ query: query.trim(), expectedId }], source, new Date());
    if (statements.length > 0) await this.db.transaction(statements);
    const row = await this.db.get<TestCaseRow>(
      'SELECT id, query, expected_id, source, created_at FROM kb_test_cases WHERE kb = ? AND query = ? AND expected_id = ? ORDER BY id DESC',
      [kb, query.trim(), expectedId],
    );
    if (!row) throw new KefuError('KEFU_ERR_INTERNAL', 'The test case was not stored.');
    return testCaseFromRow(row);
  }

  async removeTestCase(kb: string, id: number): Promise<void> {
    const removed = await this.db.run('DELETE FROM kb_test_cases WHERE kb = ? AND id = ?', [kb, id]);
    if (removed === 0) throw new KefuError('KEFU_ERR_NOT_FOUND', `There is no test case ${id} in knowledge base "${kb}".`, { path: '/id' });
  }

  async listModels(kb: string): Promise<ModelVersion[]> {
    const rows = await this.db.all<ModelRow>(
      'SELECT kb, version, test_cases, top1, top3, active, note, article_count, training_ms, created_at FROM kb_models WHERE kb = ? ORDER BY version DESC',
      [kb],
    );
    return rows.map(modelFromRow);
  }

  async activeModelBytes(kb: string): Promise<Uint8Array | null> {
    const row = await this.db.get<{ model: Uint8Array | null }>('SELECT model FROM kb_models WHERE kb = ? AND active = ?', [kb, true]);
    return row?.model ? new Uint8Array(row.model) : null;
  }

  /**
   * Records the next version; when active, it becomes the only active one and keeps its
   * bytes (older versions' bytes are dropped: only the active model is ever loaded).
   */
  async recordModel(kb: string, model: Omit<ModelVersion, 'kb' | 'version' | 'createdAt'>, bytes: Uint8Array | null = null): Promise<ModelVersion> {
    for (let attempt = 0; ; attempt += 1) {
      const latest = await this.db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM kb_models WHERE kb = ?', [kb]);
      const version = Number(latest?.version ?? 0) + 1;
      const createdAt = new Date();
      const statements: LeanStatement[] = [];
      if (model.active) statements.push({ sql: 'UPDATE kb_models SET active = ?, model = NULL WHERE kb = ? AND active = ?', params: [false, kb, true] });
      statements.push({
        sql: 'INSERT INTO kb_models (kb, version, test_cases, top1, top3, active, note, article_count, training_ms, created_at, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        params: [kb, version, model.testCases, model.top1, model.top3, model.active, model.note, model.articleCount, model.trainingMs, createdAt, model.active ? blob(bytes) : null],
      });
      try {
        await this.db.transaction(statements);
        return { kb, version, createdAt: createdAt.toISOString(), ...model };
      } catch (error) {
        // Another process recorded the same version number first.
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }
}
