/**
 * The services a running Kefu instance offers to its surfaces (tRPC routers, the
 * public chat API, the CLI). Implemented over the database in `runtime/src/store/`;
 * surfaces depend on these interfaces only.
 */
import type { BundleDocument, BundleSettings, FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import type { AccountService } from '../accounts/account-service.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { ConversationDirectory } from '../conversations/conversation-directory.js';
import type { CustomerService } from '../customers/customer-service.js';
import type { Logger } from '../engine/types.js';
import type { FlowTestsStore } from '../simulator/flow-tests-store.js';
import type { KbService } from '../kb/kb-service.js';
import type { HttpClient } from '../net/http-client.js';
import type { NodeExecutor } from '../nodes/define-executor.js';

export interface BundleVersionSummary {
  version: number;
  /** SHA-256 of the bundle's canonical JSON. */
  hash: string;
  author: string;
  message: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** Set when this version was made by rolling back to an older one. */
  rolledBackFrom: number | null;
  isCurrent: boolean;
  flows: { id: string; name: string; locale: string }[];
}

export interface PublishInput {
  /** Flows to add or replace (by id) on top of the current version's flows. */
  flows: FlowDocument[];
  /** New settings; when absent the current version's (or the defaults) are kept. */
  settings?: BundleSettings;
  message: string;
  author: string;
  /** When true the bundle holds exactly `flows`, nothing carried over. */
  replace?: boolean;
}

export interface PublishingService {
  listVersions(): Promise<BundleVersionSummary[]>;
  getVersion(version: number): Promise<{ summary: BundleVersionSummary; bundle: BundleDocument } | null>;
  currentVersion(): Promise<number | null>;
  /** Validates everything (schema + semantic checks); throws KefuError KEFU_ERR_FLOW_INVALID with problems. */
  publish(input: PublishInput): Promise<BundleVersionSummary>;
  rollback(version: number, author: string): Promise<BundleVersionSummary>;
}

export interface DraftSummary {
  id: string;
  name: string;
  locale: string;
  revision: number;
  updatedAt: string;
}

export interface DraftService {
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<{ summary: DraftSummary; document: FlowDocument } | null>;
  /** Optimistic concurrency: `expectedRevision` must match, else KEFU_ERR_DRAFT_CONFLICT. */
  save(document: FlowDocument, expectedRevision: number | null): Promise<DraftSummary>;
  /** Removes a draft; false when there was none. */
  delete(id: string): Promise<boolean>;
}

export interface AppContext {
  publishing: PublishingService;
  drafts: DraftService;
  catalog: NodeCatalogEntry[];
  /** The executors of `catalog`'s types, built-in and plugin (the simulator runs drafts with them). */
  executors: ReadonlyMap<string, NodeExecutor>;
  /** HTTP for executors through the SSRF guard, with the operator's policy. */
  http: HttpClient;
  logger: Logger;
  /** Staff accounts, console sessions and security settings. */
  accounts: AccountService;
  /** Append-only record of privileged actions. */
  audit: AuditLog;
  /** Customers' (encrypted) personal data, lookup by blind index, erasure. */
  customers: CustomerService;
  /** Conversations and transcripts for the console, scoped per viewer. */
  conversations: ConversationDirectory;
  /** Each flow's conversation tests, saved beside its draft (the simulator runs them). */
  flowTests: FlowTestsStore;
  /** Knowledge bases: articles, import/export, retrieval, model versions, the unanswered loop. */
  kb: KbService;
}
