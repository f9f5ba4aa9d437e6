/**
 * Publish and rollback with their audit entries, shared by every caller (the console's
 * tRPC procedures and the CLI) so none can forget them. The diff compares the current
 * bundle before and after: version, hash, the flows it holds and its settings
 * (secret-looking settings redacted by the audit log). A failed attempt is recorded
 * too, with outcome `failure`.
 */
import type { AppContext, BundleVersionSummary, PublishInput, PublishingService } from '../app/app-context.js';
import type { AuditEntryInput } from './audit-log.js';

/** The actor and request fields of the entry; the action, target and diff are added here. */
export type AuditWho = Pick<AuditEntryInput, 'actor' | 'ip' | 'requestId'>;

type Services = Pick<AppContext, 'publishing' | 'audit'>;

export async function auditedPublish(app: Services, input: PublishInput, who: AuditWho): Promise<BundleVersionSummary> {
  return audited(app, who, 'flow.publish', () => app.publishing.publish(input), { message: input.message });
}

export async function auditedRollback(app: Services, version: number, author: string, who: AuditWho): Promise<BundleVersionSummary> {
  return audited(app, who, 'flow.rollback', () => app.publishing.rollback(version, author), { rollbackTo: version });
}

async function audited(
  app: Services,
  who: AuditWho,
  action: string,
  run: () => Promise<BundleVersionSummary>,
  request: Record<string, unknown>,
): Promise<BundleVersionSummary> {
  const before = await currentState(app.publishing);
  let published: BundleVersionSummary;
  try {
    published = await run();
  } catch (error) {
    await app.audit.record({ ...who, action, outcome: 'failure', before, after: { ...before, ...request } });
    throw error;
  }
  const after = await currentState(app.publishing);
  await app.audit.record({
    ...who,
    action,
    target: { type: 'bundle-version', id: String(published.version) },
    before,
    after: { ...after, ...request },
  });
  return published;
}

async function currentState(publishing: PublishingService): Promise<Record<string, unknown> | undefined> {
  const version = await publishing.currentVersion();
  if (version === null) return undefined;
  const current = await publishing.getVersion(version);
  if (!current) return undefined;
  return {
    version,
    hash: current.summary.hash,
    flows: current.summary.flows.map((flow) => flow.id).sort(),
    settings: current.bundle.settings,
  };
}
