/**
 * Publishing over MikroORM. A publish validates the whole bundle, then writes version
 * N+1 and moves the current pointer in ONE transaction. Concurrent publishers may both
 * compute N+1; the primary key on `version` lets exactly one win and the other retries
 * on fresh state, so history never has gaps or duplicates.
 */
import {
  bundleHash,
  DEFAULT_SETTINGS,
  validateBundle,
  type BundleDocument,
  type BundleSettings,
  type FlowDocument,
  type NodeCatalogEntry,
} from '@kefu/schemas';
import type { EntityManager } from '@mikro-orm/core';
import type { BundleVersionSummary, PublishingService, PublishInput } from '../app/app-context.js';
import { BUNDLE_CURRENT_ID, BundleCurrent } from '../db/entities/bundle-current.js';
import { BundleVersion, type BundleVersionRow } from '../db/entities/bundle-version.js';
import { FlowDraft } from '../db/entities/flow-draft.js';
import type { KefuOrm } from '../db/open-orm.js';
import { KefuError } from '../errors.js';
import { catalogVersions } from '../nodes/catalog-versions.js';
import { withEntryFlows } from './entry-flows.js';
import { isRetryableWriteConflict } from './is-retryable-write-conflict.js';
import { versionSummary } from './version-summary.js';

const MAX_ATTEMPTS = 8;

export class OrmPublishingService implements PublishingService {
  readonly #orm: KefuOrm;
  readonly #catalog: readonly NodeCatalogEntry[];

  constructor(orm: KefuOrm, catalog: readonly NodeCatalogEntry[]) {
    this.#orm = orm;
    this.#catalog = catalog;
  }

  async listVersions(): Promise<BundleVersionSummary[]> {
    const em = this.#orm.em.fork();
    const current = await currentPointer(em);
    const rows = await em.find(BundleVersion, {}, { orderBy: { version: 'desc' } });
    return rows.map((row) => versionSummary(row, current));
  }

  async getVersion(version: number): Promise<{ summary: BundleVersionSummary; bundle: BundleDocument } | null> {
    const em = this.#orm.em.fork();
    const row = await em.findOne(BundleVersion, { version });
    if (!row) return null;
    return { summary: versionSummary(row, await currentPointer(em)), bundle: row.document };
  }

  async currentVersion(): Promise<number | null> {
    return currentPointer(this.#orm.em.fork());
  }

  async publish(input: PublishInput): Promise<BundleVersionSummary> {
    return this.#withRetry(async (em) => {
      const base = await currentRow(em);
      const flows = input.replace || !base ? [...input.flows] : mergeFlows(base.document.flows, input.flows);
      const explicit = input.settings !== undefined;
      const startingSettings: BundleSettings = input.settings ?? base?.document.settings ?? DEFAULT_SETTINGS;
      const settings = withEntryFlows(startingSettings, flows, explicit);
      const problems = validateBundle({ flows, settings }, this.#catalog)
        .problems.filter((problem) => problem.severity === 'error')
        .map((problem) => ({ ...problem, flowId: problem.flowId ?? flowIdAt(flows, problem.path) }));
      if (problems.length > 0) {
        throw new KefuError('KEFU_ERR_FLOW_INVALID', `The bundle has ${problems.length} problem(s); nothing was published.`, {
          details: problems,
          path: problems[0]?.path,
        });
      }
      const bundle: BundleDocument = { flows, settings, catalog: catalogVersions(this.#catalog) };
      const row = await appendVersion(em, bundle, { author: input.author, message: input.message, rolledBackFrom: null });
      await upsertDrafts(em, flows);
      return versionSummary(row, row.version);
    });
  }

  async rollback(version: number, author: string): Promise<BundleVersionSummary> {
    return this.#withRetry(async (em) => {
      const target = await em.findOne(BundleVersion, { version });
      if (!target) throw new KefuError('KEFU_ERR_VERSION_NOT_FOUND', `Version ${version} does not exist.`, { path: '/version' });
      const row = await appendVersion(em, target.document, { author, message: `Rollback to version ${version}`, rolledBackFrom: version });
      return versionSummary(row, row.version);
    });
  }

  async #withRetry<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#orm.em.fork().transactional((em) => work(em));
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryableWriteConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }
}

/** The id of the flow a bundle pointer (`/flows/<i>/…`) is in, so callers can name its file. */
function flowIdAt(flows: readonly FlowDocument[], path: string): string | undefined {
  const match = /^\/flows\/(\d+)(\/|$)/.exec(path);
  const flow = match ? flows[Number(match[1])] : undefined;
  return typeof flow?.id === 'string' ? flow.id : undefined;
}

async function currentPointer(em: EntityManager): Promise<number | null> {
  const pointer = await em.findOne(BundleCurrent, { id: BUNDLE_CURRENT_ID });
  return pointer?.version ?? null;
}

async function currentRow(em: EntityManager): Promise<BundleVersionRow | null> {
  const version = await currentPointer(em);
  return version === null ? null : em.findOne(BundleVersion, { version });
}

/** Replaces flows by id and appends new ones, keeping the order of the base bundle. */
function mergeFlows(base: readonly FlowDocument[], incoming: readonly FlowDocument[]): FlowDocument[] {
  const byId = new Map(incoming.map((flow) => [flow.id, flow]));
  const merged = base.map((flow) => byId.get(flow.id) ?? flow);
  const known = new Set(base.map((flow) => flow.id));
  return [...merged, ...incoming.filter((flow) => !known.has(flow.id))];
}

async function appendVersion(
  em: EntityManager,
  bundle: BundleDocument,
  meta: { author: string; message: string; rolledBackFrom: number | null },
): Promise<BundleVersionRow> {
  const [latest] = await em.find(BundleVersion, {}, { orderBy: { version: 'desc' }, limit: 1, fields: ['version'] });
  const now = new Date();
  const row = em.create(BundleVersion, {
    version: (latest?.version ?? 0) + 1,
    hash: bundleHash(bundle),
    document: bundle,
    author: meta.author,
    message: meta.message,
    createdAt: now,
    rolledBackFrom: meta.rolledBackFrom,
  });
  // The version row must exist before the pointer references it (foreign key).
  await em.flush();
  await em.upsert(BundleCurrent, { id: BUNDLE_CURRENT_ID, version: row.version, updatedAt: now });
  return row;
}

async function upsertDrafts(em: EntityManager, flows: readonly FlowDocument[]): Promise<void> {
  const now = new Date();
  for (const flow of flows) {
    const draft = await em.findOne(FlowDraft, { id: flow.id });
    if (draft) {
      draft.document = flow;
      draft.name = flow.name;
      draft.locale = flow.locale;
      draft.revision += 1;
      draft.updatedAt = now;
    } else {
      em.create(FlowDraft, { id: flow.id, name: flow.name, locale: flow.locale, document: flow, revision: 1, updatedAt: now });
    }
  }
  await em.flush();
}
