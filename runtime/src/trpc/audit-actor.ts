import type { AuditEntryInput } from '../audit/audit-log.js';
import type { TrpcContext } from './context.js';

/** Who, from where and in which request: the audit fields every console action shares. */
export function auditActor(ctx: TrpcContext): Pick<AuditEntryInput, 'actor' | 'ip' | 'requestId'> {
  return {
    actor: { id: ctx.principal.id, name: ctx.principal.name },
    requestId: ctx.requestId,
    ...(ctx.ip ? { ip: ctx.ip } : {}),
  };
}
