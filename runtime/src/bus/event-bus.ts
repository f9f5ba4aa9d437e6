/**
 * Events the runtime publishes after a turn commits. In process by default; with
 * KEFU_REDIS_URL the Redis-backed bus (redis-event-bus.ts) shares them between instances.
 */
import type { ApiMessage } from '../chat/api-message.js';
import type { IndexChange, Thresholds } from '../kb/kb-indexes.js';

export type KefuEvent =
  | { type: 'message.created'; conversationId: string; message: ApiMessage }
  | { type: 'conversation.ended'; conversationId: string; reason: string }
  | { type: 'conversation.effect'; conversationId: string; effect: { type: string; [key: string]: unknown } }
  /** Console sessions that ended (logout, timeout, admin action); their sockets must close. */
  | { type: 'session.revoked'; sessionIds: string[] }
  /** Every session of a user ended (password change, disable, admin action). */
  | { type: 'user.sessions-ended'; userId: string }
  /**
   * Knowledge-base changes for the other instances' indexes (`origin`: the instance that
   * made them). `changes` null: too many to send, read the articles again.
   */
  | { type: 'kb.changed'; origin: string; kb: string; changes: IndexChange[] | null }
  /** A new model version is active: other instances load it from the database. */
  | { type: 'kb.model-activated'; origin: string; kb: string }
  | { type: 'kb.thresholds'; origin: string; kb: string; thresholds: Thresholds }
  /** Delivered in this process only: the shared bus is back after an outage, events of that time were missed. */
  | { type: 'bus.resumed' };

export type KefuEventHandler = (event: KefuEvent) => void;

export interface EventBus {
  /** True when events reach other instances too (Redis); the in-process bus leaves it unset. */
  readonly shared?: boolean;
  publish(event: KefuEvent): void;
  /**
   * Whether an event of this conversation would reach anyone. A bus that forwards to
   * other processes answers true; the in-process bus only while someone subscribes,
   * so a turn nobody watches skips building its events.
   */
  hasListeners(conversationId: string): boolean;
  /** Events of one conversation. Returns the unsubscribe function. */
  subscribeConversation(conversationId: string, handler: KefuEventHandler): () => void;
  /** Every event (agent consoles, reporting). Returns the unsubscribe function. */
  subscribeAll(handler: KefuEventHandler): () => void;
  /** Releases connections (a bus shared across instances). */
  close?(): Promise<void>;
}
