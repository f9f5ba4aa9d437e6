/**
 * An in-memory AuditLog with the same redaction, diff and filter semantics as the SQL
 * one: for tests of code that records audit entries without a database.
 */
import { auditCsvHeader, auditCsvRow } from './audit-csv.js';
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, type AuditEntry, type AuditEntryInput, type AuditFilter, type AuditLog, type AuditPage, type AuditPageRequest } from './audit-log.js';
import { minimalDiff } from './minimal-diff.js';
import { redactSecrets } from './redact-secrets.js';

export class MemoryAuditLog implements AuditLog {
  readonly #entries: AuditEntry[] = [];

  /** Everything recorded, oldest first (a copy). */
  get entries(): readonly AuditEntry[] {
    return [...this.#entries];
  }

  async record(entry: AuditEntryInput): Promise<void> {
    this.#entries.push({
      id: this.#entries.length + 1,
      at: new Date().toISOString(),
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      outcome: entry.outcome ?? 'success',
      diff: minimalDiff(redactSecrets(entry.before), redactSecrets(entry.after)),
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
    });
  }

  async list(filter: AuditFilter = {}, page: AuditPageRequest = {}): Promise<AuditPage> {
    const limit = Math.min(Math.max(page.limit ?? AUDIT_PAGE_DEFAULT, 1), AUDIT_PAGE_MAX);
    const matching = this.#matching(filter).filter((entry) => page.cursor === undefined || entry.id < page.cursor);
    const shown = matching.slice(0, limit);
    return { entries: shown, nextCursor: matching.length > limit ? (shown.at(-1)?.id ?? null) : null };
  }

  async exportCsv(filter: AuditFilter = {}): Promise<string> {
    return auditCsvHeader() + this.#matching(filter).map(auditCsvRow).join('');
  }

  #matching(filter: AuditFilter): AuditEntry[] {
    return [...this.#entries].reverse().filter(
      (entry) =>
        (filter.actor === undefined || entry.actorId === filter.actor || entry.actorName === filter.actor) &&
        (filter.action === undefined || (filter.action.endsWith('.') ? entry.action.startsWith(filter.action) : entry.action === filter.action)) &&
        (filter.targetType === undefined || entry.targetType === filter.targetType) &&
        (filter.targetId === undefined || entry.targetId === filter.targetId) &&
        (filter.from === undefined || entry.at >= new Date(filter.from).toISOString()) &&
        (filter.to === undefined || entry.at <= new Date(filter.to).toISOString()),
    );
  }
}
