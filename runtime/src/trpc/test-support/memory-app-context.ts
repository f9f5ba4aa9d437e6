/**
 * An in-memory AppContext for the console API's tests: the routers depend on the
 * service interfaces only, so their permission and input behaviour is tested without
 * a database. The database-backed services have their own tests.
 */
import { DEFAULT_SETTINGS, type BundleDocument, type FlowDocument, type NodeCatalogEntry } from '@kefu/schemas';
import type { AccountService } from '../../accounts/account-service.js';
import type { AppContext, BundleVersionSummary, DraftSummary } from '../../app/app-context.js';
import { MemoryAuditLog } from '../../audit/memory-audit-log.js';
import { PUBLIC_HTTP } from '../../net/http-client.js';
import { builtinExecutors } from '../../nodes/builtin-nodes.js';
import { KefuError } from '../../errors.js';
import { MemoryFlowTestsStore } from '../../simulator/memory-flow-tests-store.js';
import { sampleKbService } from '../../kb/test-support/sample-kb-service.js';
import { memoryCustomerData } from './memory-customer-data.js';

export function sampleFlow(id: string, locale: 'en' | 'zh-CN' = 'en'): FlowDocument {
  return {
    schemaVersion: 1,
    id,
    name: `Flow ${id}`,
    locale,
    variables: [],
    startNodeId: 'start',
    nodes: [
      { id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
      { id: 'bye', type: 'end', typeVersion: 1, position: { x: 200, y: 0 }, config: {} },
    ],
    edges: [{ id: 'e1', source: 'start', sourcePort: 'next', target: 'bye' }],
  };
}

const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** Accounts are database-backed only; tests that need them pass an `OrmAccountService` on a test database. */
const accountsNotWired = new Proxy({} as AccountService, {
  get: (_target, name) => () => Promise.reject(new Error(`accounts.${String(name)} is not wired in this test context`)),
});

export function memoryAppContext(catalog: NodeCatalogEntry[] = [], accounts: AccountService = accountsNotWired): AppContext {
  const versions: { summary: BundleVersionSummary; bundle: BundleDocument }[] = [];
  const drafts = new Map<string, { summary: DraftSummary; document: FlowDocument }>();

  function append(bundle: BundleDocument, message: string, author: string, rolledBackFrom: number | null) {
    for (const entry of versions) entry.summary = { ...entry.summary, isCurrent: false };
    const summary: BundleVersionSummary = {
      version: versions.length + 1,
      hash: `hash-${versions.length + 1}`,
      author,
      message,
      createdAt: new Date(Date.UTC(2025, 0, versions.length + 1)).toISOString(),
      rolledBackFrom,
      isCurrent: true,
      flows: bundle.flows.map(({ id, name, locale }) => ({ id, name, locale })),
    };
    versions.push({ summary, bundle });
    return summary;
  }

  return {
    catalog,
    executors: builtinExecutors,
    http: PUBLIC_HTTP,
    logger: silentLogger,
    audit: new MemoryAuditLog(),
    accounts,
    flowTests: new MemoryFlowTestsStore(),
    ...memoryCustomerData(),
    kb: sampleKbService(),
    publishing: {
      async listVersions() {
        return versions.map((entry) => entry.summary).reverse();
      },
      async getVersion(version) {
        return versions[version - 1] ?? null;
      },
      async currentVersion() {
        return versions.length === 0 ? null : versions.length;
      },
      async publish(input) {
        const carried = input.replace ? [] : (versions.at(-1)?.bundle.flows ?? []);
        const byId = new Map(carried.map((flow) => [flow.id, flow]));
        for (const flow of input.flows) byId.set(flow.id, flow);
        const settings = input.settings ?? versions.at(-1)?.bundle.settings ?? { ...DEFAULT_SETTINGS };
        const bundle: BundleDocument = { flows: [...byId.values()], settings, catalog: {} };
        return append(bundle, input.message, input.author, null);
      },
      async rollback(version, author) {
        const target = versions[version - 1];
        if (!target) throw new KefuError('KEFU_ERR_VERSION_NOT_FOUND', `Version ${version} does not exist.`);
        return append(target.bundle, `Rollback to version ${version}`, author, version);
      },
    },
    drafts: {
      async list() {
        return [...drafts.values()].map((draft) => draft.summary);
      },
      async get(id) {
        return drafts.get(id) ?? null;
      },
      async save(document, expectedRevision) {
        const existing = drafts.get(document.id);
        if ((existing?.summary.revision ?? null) !== expectedRevision) throw new KefuError('KEFU_ERR_DRAFT_CONFLICT');
        const summary: DraftSummary = {
          id: document.id,
          name: document.name,
          locale: document.locale,
          revision: (existing?.summary.revision ?? 0) + 1,
          updatedAt: new Date().toISOString(),
        };
        drafts.set(document.id, { summary, document });
        return summary;
      },
      async delete(id) {
        return drafts.delete(id);
      },
    },
  };
}
