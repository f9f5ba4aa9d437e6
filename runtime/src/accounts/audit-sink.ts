/**
 * What the accounts service needs of the audit log: the `record` method of
 * `AuditLog` (runtime/src/audit/). Declared here structurally so the service can be
 * tested without it and does not depend on how the log is stored.
 */
export interface AuditSinkEntry {
  actor: { id: string | null; name: string };
  action: string;
  target?: { type: string; id: string };
  outcome?: 'success' | 'failure' | 'denied';
  before?: unknown;
  after?: unknown;
  ip?: string;
  requestId?: string;
}

export interface AuditSink {
  record(entry: AuditSinkEntry): Promise<void>;
}
