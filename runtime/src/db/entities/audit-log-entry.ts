import { EntitySchema } from '@mikro-orm/core';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One privileged action, as recorded. Append-only: database triggers reject UPDATE and
 * DELETE, and no code path issues them (a test scans the source).
 */
export interface AuditLogEntryRow {
  id: number;
  /** UTC. */
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  /** `{ before, after }` with only what changed, secrets redacted. */
  diff: { before?: unknown; after?: unknown } | null;
  ip: string | null;
  requestId: string | null;
}

export const AuditLogEntry = new EntitySchema<AuditLogEntryRow>({
  name: 'AuditLogEntry',
  tableName: 'audit_log',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    at: { type: 'datetime' },
    actorId: { type: 'string', length: 64, nullable: true },
    actorName: { type: 'string', length: 200 },
    action: { type: 'string', length: 100 },
    targetType: { type: 'string', length: 64, nullable: true },
    targetId: { type: 'string', length: 200, nullable: true },
    outcome: { type: 'string', length: 16 },
    diff: { type: 'json', nullable: true },
    ip: { type: 'string', length: 64, nullable: true },
    requestId: { type: 'string', length: 100, nullable: true },
  },
});
