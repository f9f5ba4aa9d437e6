/**
 * The audit log's interface: who did what to which object, when, from where, and
 * what changed. Append-only by design: there is no method to change or remove an
 * entry, and the database refuses UPDATE/DELETE on the table.
 */
import type { AuditOutcome } from '../db/entities/audit-log-entry.js';

export type { AuditOutcome };

export interface AuditActor {
  /** The user id; null for the CLI, the system, or an unknown user (failed login). */
  id: string | null;
  name: string;
}

export interface AuditEntryInput {
  actor: AuditActor;
  /** Dotted verb, e.g. `flow.publish`, `user.disable`, `customer.erase`. */
  action: string;
  target?: { type: string; id: string };
  outcome?: AuditOutcome;
  /** State before and after; only what changed is stored, secrets redacted. */
  before?: unknown;
  after?: unknown;
  ip?: string;
  requestId?: string;
}

export interface AuditEntry {
  id: number;
  /** ISO-8601 UTC. */
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  diff: { before?: unknown; after?: unknown } | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditFilter {
  /** Matches the actor's id or name exactly. */
  actor?: string;
  /** An exact action, or a prefix ending in `.` (`user.` = every user action). */
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive lower bound, ISO-8601. */
  from?: string;
  /** Inclusive upper bound, ISO-8601. */
  to?: string;
}

export interface AuditPageRequest {
  /** The `nextCursor` of the previous page. */
  cursor?: number;
  limit?: number;
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[];
  nextCursor: number | null;
}

export interface AuditLog {
  record(entry: AuditEntryInput): Promise<void>;
  list(filter?: AuditFilter, page?: AuditPageRequest): Promise<AuditPage>;
  /** Every matching entry as CSV (newest first), capped at `AUDIT_EXPORT_MAX_ROWS`. */
  exportCsv(filter?: AuditFilter): Promise<string>;
}

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
