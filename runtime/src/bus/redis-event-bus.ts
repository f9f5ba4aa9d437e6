/**
 * The event bus of several instances: events are delivered in this process at once (as
 * the in-process bus does) and published on a Redis channel; every other instance
 * delivers them to its own subscribers. A customer's WebSocket on instance A then sees
 * the answer a turn on instance B produced, or a timeout a timer fired on B, and a
 * session revoked on B closes its console socket on A.
 *
 * Redis pub/sub is at-most-once: during a Redis outage other instances miss events
 * (this one still gets its own). Clients lose nothing that was committed: the chat API
 * catches up with `GET …/messages?after=<seq>`, and the console reloads what it shows.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../engine/types.js';
import { KefuError } from '../errors.js';
import type { EventBus, KefuEvent, KefuEventHandler } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';

export const DEFAULT_CHANNEL = 'kefu:events';
const CONNECT_TIMEOUT_MS = 5_000;
export const CONNECTION_NAME = 'kefu-events';

export interface RedisEventBusOptions {
  logger: Logger;
  /** Instances that share events use the same channel (tests use their own). */
  channel?: string;
}

interface Envelope {
  origin: string;
  event: KefuEvent;
}

export class RedisEventBus implements EventBus {
  readonly shared = true;
  readonly #local: InProcessEventBus;
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #channel: string;
  readonly #logger: Logger;
  /** This instance's id: its own events come back from Redis and are not delivered twice. */
  readonly #origin = randomUUID();
  /** Set while Redis is unreachable, so an outage is logged once, not once per event. */
  #down = false;

  private constructor(publisher: Redis, subscriber: Redis, options: RedisEventBusOptions) {
    this.#publisher = publisher;
    this.#subscriber = subscriber;
    this.#channel = options.channel ?? DEFAULT_CHANNEL;
    this.#logger = options.logger;
    this.#local = new InProcessEventBus((error) => options.logger.error({ err: error }, 'event handler failed'));
    subscriber.on('message', (_channel: string, text: string) => this.#received(text));
    for (const connection of [publisher, subscriber]) {
      connection.on('error', (error: unknown) => this.#lost(error));
      connection.on('ready', () => this.#back());
    }
  }

  /** Connects both connections and subscribes; fails with a clear error when Redis does not answer. */
  static async connect(url: string, options: RedisEventBusOptions): Promise<RedisEventBus> {
    // Named, so `CLIENT LIST` shows which connections are Kefu's.
    const open = () => new Redis(url, { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectionName: CONNECTION_NAME });
    const publisher = open();
    const subscriber = open();
    // Until the bus owns them, connection errors surface through connect() below.
    const early = () => undefined;
    publisher.on('error', early);
    subscriber.on('error', early);
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(options.channel ?? DEFAULT_CHANNEL);
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_REDIS_URL: cannot reach Redis at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    publisher.off('error', early);
    subscriber.off('error', early);
    return new RedisEventBus(publisher, subscriber, options);
  }

  publish(event: KefuEvent): void {
    this.#local.publish(event);
    if (event.type === 'bus.resumed') return; // about this process's connection only
    const envelope: Envelope = { origin: this.#origin, event };
    this.#publisher.publish(this.#channel, JSON.stringify(envelope)).catch((error: unknown) => this.#lost(error));
  }

  /** Another instance may be listening to any conversation. */
  hasListeners(): boolean {
    return true;
  }

  subscribeConversation(conversationId: string, handler: KefuEventHandler): () => void {
    return this.#local.subscribeConversation(conversationId, handler);
  }

  subscribeAll(handler: KefuEventHandler): () => void {
    return this.#local.subscribeAll(handler);
  }

  async close(): Promise<void> {
    // `quit()` is refused while Redis is unreachable (no offline queue), and the client
    // would go on reconnecting: disconnect whatever did not quit.
    await Promise.all(
      [this.#subscriber, this.#publisher].map((connection) =>
        connection.quit().then(
          () => undefined,
          () => connection.disconnect(),
        ),
      ),
    );
  }

  #received(text: string): void {
    let envelope: Partial<Envelope>;
    try {
      envelope = JSON.parse(text) as Partial<Envelope>;
    } catch {
      this.#logger.warn({ channel: this.#channel }, 'ignored a message on the event channel that is not JSON');
      return;
    }
    if (envelope.origin === this.#origin) return;
    const event = envelope.event;
    if (typeof envelope.origin !== 'string' || event === null || typeof event !== 'object' || typeof event.type !== 'string') {
      this.#logger.warn({ channel: this.#channel }, 'ignored a message on the event channel that is not a Kefu event');
      return;
    }
    this.#local.publish(event);
  }

  #lost(error: unknown): void {
    if (this.#down) return;
    this.#down = true;
    // Only the message: ioredis errors carry the failed command, and AUTH's is the password.
    this.#logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'Redis is unreachable: other instances miss events until it is back');
  }

  #back(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#logger.info({}, 'Redis is reachable again; events are shared with other instances');
    // Subscribers that keep state from events (knowledge-base indexes) catch up.
    this.#local.publish({ type: 'bus.resumed' });
  }
}

/** The URL without its password (`user:pass@` or `?password=`), for messages and logs. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}
