/**
 * The audit log over the lean executor. Only INSERT and SELECT: entries are never
 * changed or removed (database triggers enforce it too). Secrets are redacted and the
 * diff minimised before anything is written.
 */
import { readJson, readTime, type LeanDb, type SqlValue } from '../db/lean-db.js';
import { KefuError } from '../errors.js';
import { auditCsvHeader, auditCsvRow } from './audit-csv.js';
import {
  AUDIT_EXPORT_MAX_ROWS,
  AUDIT_PAGE_DEFAULT,
  AUDIT_PAGE_MAX,
  type AuditEntry,
  type AuditEntryInput,
  type AuditFilter,
  type AuditLog,
  type AuditOutcome,
  type AuditPage,
  type AuditPageRequest,
} from './audit-log.js';
import { minimalDiff } from './minimal-diff.js';
import { redactSecrets } from './redact-secrets.js';

interface AuditSqlRow {
  id: number;
  at: unknown;
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  diff: unknown;
  ip: string | null;
  requestId: string | null;
}

const COLUMNS =
  'id, at, actor_id AS "actorId", actor_name AS "actorName", action, target_type AS "targetType", target_id AS "targetId", outcome, diff, ip, request_id AS "requestId"';
const EXPORT_BATCH = 1000;

export class SqlAuditLog implements AuditLog {
  readonly #db: LeanDb;
  readonly #now: () => Date;

  constructor(db: LeanDb, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  async record(entry: AuditEntryInput): Promise<void> {
    const diff = minimalDiff(redactSecrets(entry.before), redactSecrets(entry.after));
    await this.#db.run(
      'INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, outcome, diff, ip, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        this.#now(),
        clip(entry.actor.id, 64),
        clip(entry.actor.name, 200) ?? '',
        clip(entry.action, 100) ?? '',
        clip(entry.target?.type ?? null, 64),
        clip(entry.target?.id ?? null, 200),
        entry.outcome ?? 'success',
        diff === null ? null : JSON.stringify(diff),
        clip(entry.ip ?? null, 64),
        clip(entry.requestId ?? null, 100),
      ],
    );
  }

  async list(filter: AuditFilter = {}, page: AuditPageRequest = {}): Promise<AuditPage> {
    const limit = Math.min(Math.max(page.limit ?? AUDIT_PAGE_DEFAULT, 1), AUDIT_PAGE_MAX);
    const entries = await this.#select(filter, page.cursor ?? null, limit + 1);
    const more = entries.length > limit;
    const shown = more ? entries.slice(0, limit) : entries;
    return { entries: shown, nextCursor: more ? (shown.at(-1)?.id ?? null) : null };
  }

  async exportCsv(filter: AuditFilter = {}): Promise<string> {
    const parts = [auditCsvHeader()];
    let cursor: number | null = null;
    let rows = 0;
    // Keyset batches keep memory per query bounded; the cap keeps the response sane.
    while (rows < AUDIT_EXPORT_MAX_ROWS) {
      const batch = await this.#select(filter, cursor, Math.min(EXPORT_BATCH, AUDIT_EXPORT_MAX_ROWS - rows));
      for (const entry of batch) parts.push(auditCsvRow(entry));
      rows += batch.length;
      if (batch.length < EXPORT_BATCH) break;
      cursor = batch.at(-1)?.id ?? null;
    }
    return parts.join('');
  }

  async #select(filter: AuditFilter, beforeId: number | null, limit: number): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.actor !== undefined) {
      where.push('(actor_id = ? OR actor_name = ?)');
      params.push(filter.actor, filter.actor);
    }
    if (filter.action !== undefined) {
      if (filter.action.endsWith('.')) {
        // A prefix match without LIKE wildcards the user could smuggle in.
        where.push('substr(action, 1, ?) = ?');
        params.push(filter.action.length, filter.action);
      } else {
        where.push('action = ?');
        params.push(filter.action);
      }
    }
    if (filter.targetType !== undefined) {
      where.push('target_type = ?');
      params.push(filter.targetType);
    }
    if (filter.targetId !== undefined) {
      where.push('target_id = ?');
      params.push(filter.targetId);
    }
    if (filter.from !== undefined) {
      where.push('at >= ?');
      params.push(parseTime(filter.from, '/from'));
    }
    if (filter.to !== undefined) {
      where.push('at <= ?');
      params.push(parseTime(filter.to, '/to'));
    }
    if (beforeId !== null) {
      where.push('id < ?');
      params.push(beforeId);
    }
    const sql = `SELECT ${COLUMNS} FROM audit_log${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    const rows = await this.#db.all<AuditSqlRow>(sql, [...params, limit]);
    return rows.map(toEntry);
  }
}

function toEntry(row: AuditSqlRow): AuditEntry {
  return {
    id: Number(row.id),
    at: readTime(row.at).toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    diff: row.diff === null ? null : readJson<{ before?: unknown; after?: unknown }>(row.diff),
    ip: row.ip,
    requestId: row.requestId,
  };
}

function clip(value: string | null, max: number): string | null {
  return value === null ? null : value.slice(0, max);
}

function parseTime(value: string, path: string): Date {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new KefuError('KEFU_ERR_BAD_REQUEST', `${path} must be an ISO-8601 date-time.`, { path });
  return time;
}
