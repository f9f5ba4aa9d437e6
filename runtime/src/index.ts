/** The runtime's library API: embed Kefu, or build tools on its services. */
export { loadConfig, parseDatabaseUrl, type KefuConfig, type DatabaseConfig, type LogLevel } from './config.js';
export { KefuError, isKefuError, ERROR_CATALOGUE, type KefuErrorCode } from './errors.js';
export { createServer, type CreateServerOptions, type KefuServer } from './server/create-server.js';
export { createLogger } from './server/create-logger.js';
export { openServices, type KefuServices, type OpenServicesOptions } from './store/open-services.js';
export { migrate } from './db/migrate.js';
export { ChatService, type StartConversationInput, type PostMessageInput } from './chat/chat-service.js';
export type { ApiMessage } from './chat/api-message.js';
export type { EventBus, KefuEvent } from './bus/event-bus.js';
export { TimerScheduler } from './timers/scheduler.js';
export type * from './app/app-context.js';
