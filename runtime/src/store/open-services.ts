/**
 * Wires a running Kefu's services over one database: the ORM for publishing and
 * drafts, the lean executor for the chat path. Used by the server and by CLI
 * commands alike; `close()` releases both connections.
 */
import { OrmAccountService } from '../accounts/orm-account-service.js';
import type { AppContext } from '../app/app-context.js';
import { SqlAuditLog } from '../audit/sql-audit-log.js';
import type { EventBus } from '../bus/event-bus.js';
import { InProcessEventBus } from '../bus/in-process-event-bus.js';
import { RedisEventBus } from '../bus/redis-event-bus.js';
import { ChatService } from '../chat/chat-service.js';
import type { EngineApi } from '../chat/engine-api.js';
import { TurnProcessor } from '../chat/turn-processor.js';
import type { TurnObserver } from '../chat/turn-observer.js';
import type { KefuConfig } from '../config.js';
import { SqlConversationDirectory } from '../conversations/sql-conversation-directory.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import { loadSecretKey } from '../crypto/load-secret-key.js';
import { CustomerProtector } from '../customers/customer-protector.js';
import { SqlCustomerService } from '../customers/sql-customer-service.js';
import type { LeanDb } from '../db/lean-db.js';
import { migrateOrm, migrationsApplied } from '../db/migrate.js';
import { openLeanDb } from '../db/open-lean-db.js';
import { openOrm, type KefuOrm } from '../db/open-orm.js';
import { OrmFlowTestsStore } from '../simulator/orm-flow-tests-store.js';
import { initialState, step } from '../engine/index.js';
import { SqlKbService } from '../kb/sql-kb-service.js';
import type { Logger } from '../engine/types.js';
import { guardedHttpClient } from '../net/http-client.js';
import { loadNodeTypes, type NodeTypes } from '../plugins/load-node-types.js';
import { BundleCache } from './bundle-cache.js';
import { ChatStore } from './chat-store.js';
import { OrmDraftService } from './orm-draft-service.js';
import { OrmPublishingService } from './orm-publishing-service.js';

export interface KefuServices {
  app: AppContext;
  chat: ChatService;
  chatStore: ChatStore;
  bus: EventBus;
  orm: KefuOrm;
  db: LeanDb;
  /** True when the database answers and every migration is applied. */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenServicesOptions {
  config: Pick<KefuConfig, 'database' | 'dataDir' | 'secretKeyHex' | 'plugins' | 'ssrfAllow' | 'redisUrl'>;
  logger: Logger;
  /** Apply pending migrations first (serve, migrate); other commands expect them applied. */
  migrate?: boolean;
  /** The node types to offer; absent: the built-in ones plus `config.plugins`. */
  nodeTypes?: NodeTypes;
  engine?: EngineApi;
  observer?: TurnObserver;
  bus?: EventBus;
  /** Debounce of the KB's automatic retrain; null = explicit retrains only (the CLI). Default 2 s. */
  kbRetrainDelayMs?: number | null;
  /** Build every knowledge base's index in the background now, so the first customer question does not wait for it (the server). */
  warmUpKb?: boolean;
}

const builtinEngine: EngineApi = { initialState, step };

export async function openServices(options: OpenServicesOptions): Promise<KefuServices> {
  const { config, logger } = options;
  // A broken plugin stops the start before anything is opened.
  const nodeTypes = options.nodeTypes ?? (await loadNodeTypes(config.plugins ?? []));
  for (const plugin of nodeTypes.plugins) logger.info({ plugin: plugin.name, version: plugin.version, types: plugin.types }, 'loaded plugin');
  const orm = await openOrm(config.database);
  let db: LeanDb | null = null;
  /** The bus this call opened (not one passed in): closed again if opening fails later. */
  let openedBus: EventBus | null = null;
  try {
    if (options.migrate) {
      const applied = await migrateOrm(orm);
      if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
    }
    db = openLeanDb(config.database);
    const { catalog, executors } = nodeTypes;
    const http = guardedHttpClient({ allow: config.ssrfAllow ?? [] });
    const bus: EventBus = options.bus ?? (config.redisUrl ? await RedisEventBus.connect(config.redisUrl, { logger }) : new InProcessEventBus((error) => logger.error({ err: error }, 'event handler failed')));
    if (!options.bus) openedBus = bus;
    const chatStore = new ChatStore(db);
    const processor = new TurnProcessor({
      store: chatStore,
      bundles: new BundleCache(chatStore),
      engine: options.engine ?? builtinEngine,
      bus,
      logger,
      ...(options.observer ? { observer: options.observer } : {}),
      kb: () => app.kb,
      executors,
      http,
    });
    const secret = loadSecretKey(config, logger);
    const customers = new CustomerProtector(new FieldCipher(secret), secret);
    const chat = new ChatService({ store: chatStore, processor, customers, bus, kb: () => app.kb });
    const app: AppContext = {
      publishing: new OrmPublishingService(orm, catalog),
      drafts: new OrmDraftService(orm),
      catalog,
      executors,
      http,
      flowTests: new OrmFlowTestsStore(orm),
      logger,
      accounts: new OrmAccountService({ orm, bus, secretKey: secret, audit: () => app.audit }),
      audit: new SqlAuditLog(db),
      customers: new SqlCustomerService(db, customers),
      conversations: new SqlConversationDirectory(db, chatStore),
      kb: new SqlKbService({ db, logger, audit: () => app.audit, ...(bus.shared ? { events: bus } : {}), ...(options.kbRetrainDelayMs !== undefined ? { retrainDelayMs: options.kbRetrainDelayMs } : {}) }),
    };
    if (options.warmUpKb) void app.kb.warmUp().catch((error: unknown) => logger.error({ err: error }, 'knowledge base warm-up failed'));
    const lean = db;
    return {
      app,
      chat,
      chatStore,
      bus,
      orm,
      db: lean,
      ready: async () => {
        try {
          await lean.get('SELECT 1 AS ok');
          return await migrationsApplied(orm);
        } catch {
          return false;
        }
      },
      close: async () => {
        await app.kb.close();
        if (!options.bus) await bus.close?.();
        await lean.close();
        await orm.close(true);
      },
    };
  } catch (error) {
    await openedBus?.close?.();
    await db?.close();
    await orm.close(true);
    throw error;
  }
}
