import type { EventBus, KefuEvent, KefuEventHandler } from './event-bus.js';

/** Delivers synchronously to subscribers of this process; a failing handler never breaks a turn. */
export class InProcessEventBus implements EventBus {
  readonly #byConversation = new Map<string, Set<KefuEventHandler>>();
  readonly #all = new Set<KefuEventHandler>();
  readonly #onHandlerError: (error: unknown) => void;

  constructor(onHandlerError: (error: unknown) => void = () => undefined) {
    this.#onHandlerError = onHandlerError;
  }

  publish(event: KefuEvent): void {
    if ('conversationId' in event) {
      for (const handler of this.#byConversation.get(event.conversationId) ?? []) this.#deliver(handler, event);
    }
    for (const handler of this.#all) this.#deliver(handler, event);
  }

  hasListeners(conversationId: string): boolean {
    return this.#all.size > 0 || this.#byConversation.has(conversationId);
  }

  subscribeConversation(conversationId: string, handler: KefuEventHandler): () => void {
    let handlers = this.#byConversation.get(conversationId);
    if (!handlers) {
      handlers = new Set();
      this.#byConversation.set(conversationId, handlers);
    }
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0 && this.#byConversation.get(conversationId) === handlers) this.#byConversation.delete(conversationId);
    };
  }

  subscribeAll(handler: KefuEventHandler): () => void {
    this.#all.add(handler);
    return () => this.#all.delete(handler);
  }

  #deliver(handler: KefuEventHandler, event: KefuEvent): void {
    try {
      handler(event);
    } catch (error) {
      this.#onHandlerError(error);
    }
  }
}
