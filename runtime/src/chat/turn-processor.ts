/**
 * The conversation turn (docs/architecture.md "Conversation turns"): read the
 * conversation, run the engine outside any transaction, then write the customer
 * message, the bot's messages, the new state and the timers in ONE transaction guarded
 * by the conversation's `version`. A stale write retries on fresh state; a retried
 * `clientMessageId` is answered from the stored reply and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '@kefu/schemas';
import type { EventBus } from '../bus/event-bus.js';
import type { ConversationStatus } from '../db/entities/conversation.js';
import type { EngineEvent, Logger, StepResult } from '../engine/types.js';
import { KefuError } from '../errors.js';
import type { BundleCache } from '../store/bundle-cache.js';
import type { ClaimedTimer, MessageBody, NewMessage, StoredConversation, StoredMessage } from '../store/chat-records.js';
import type { ChatStore } from '../store/chat-store.js';
import { toApiMessage } from './api-message.js';
import type { EngineApi } from './engine-api.js';
import { KeyedMutex } from './keyed-mutex.js';
import { planTurn, type TurnPlan } from './plan-turn.js';
import { NO_OBSERVER, type TurnObserver } from './turn-observer.js';

const MAX_ATTEMPTS = 10;
/** A replayed answer is at most this long; a turn never produces more messages. */
const REPLAY_LIMIT = 1000;

export interface TurnProcessorOptions {
  store: ChatStore;
  bundles: BundleCache;
  engine: EngineApi;
  bus: EventBus;
  logger: Logger;
  observer?: TurnObserver;
  now?: () => Date;
}

export interface CustomerTurnInput {
  clientMessageId: string;
  event: EngineEvent;
  message: { kind: string; body: MessageBody };
}

export interface TurnOutcome {
  messages: StoredMessage[];
  status: ConversationStatus;
  /** True when this was a retry answered from the stored reply. */
  replayed: boolean;
}

export class TurnProcessor {
  readonly #options: TurnProcessorOptions;
  readonly #observer: TurnObserver;
  readonly #now: () => Date;
  readonly #mutex = new KeyedMutex();

  constructor(options: TurnProcessorOptions) {
    this.#options = options;
    this.#observer = options.observer ?? NO_OBSERVER;
    this.#now = options.now ?? (() => new Date());
  }

  /** Creates a conversation on the current version and runs its `start` turn. */
  async start(input: { locale?: Locale; customerId: string | null; tokenHash: string }): Promise<{ conversationId: string; messages: StoredMessage[]; status: ConversationStatus }> {
    const began = performance.now();
    const { store, bundles, engine } = this.#options;
    const bundleVersion = await store.currentVersion();
    if (bundleVersion === null) throw new KefuError('KEFU_ERR_NO_PUBLISHED_VERSION');
    const bundle = await bundles.get(bundleVersion);
    const now = this.#now();
    const state = engine.initialState(bundle, { bundleVersion, ...(input.locale ? { locale: input.locale } : {}) });
    const result = await engine.step(state, { type: 'start' }, this.#services(bundle, now));
    const plan = planTurn(result, 0, now);
    const conversationId = randomUUID();
    await store.createConversation({
      id: conversationId,
      tokenHash: input.tokenHash,
      customerId: input.customerId,
      bundleVersion,
      locale: result.state.locale,
      status: plan.status,
      state: result.state,
      messages: plan.messages,
      timers: plan.timers,
      now,
    });
    this.#announce(conversationId, plan);
    this.#observer.turnCompleted('start', (performance.now() - began) / 1000);
    return { conversationId, messages: plan.messages, status: plan.status };
  }

  /**
   * A customer's message or choice. `authorize` sees the conversation before anything
   * else happens and throws to refuse (wrong token).
   */
  async customerTurn(conversationId: string, authorize: (conversation: StoredConversation) => void, input: CustomerTurnInput): Promise<TurnOutcome> {
    const began = performance.now();
    const { store } = this.#options;
    return this.#mutex.run(conversationId, async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const conversation = await store.conversation(conversationId);
        if (!conversation) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such conversation.', { path: '/id' });
        authorize(conversation);
        const earlier = await store.customerMessage(conversationId, input.clientMessageId);
        if (earlier) return this.#replay(conversation, earlier);
        if (conversation.status === 'ended') throw new KefuError('KEFU_ERR_CONVERSATION_ENDED');

        const now = this.#now();
        const result = await this.#step(conversation, input.event, now);
        const customerSeq = conversation.lastSeq + 1;
        const plan = planTurn(result, customerSeq, now);
        const customerMessage: NewMessage = {
          id: randomUUID(),
          seq: customerSeq,
          role: 'customer',
          kind: input.message.kind,
          body: input.message.body,
          clientMessageId: input.clientMessageId,
          replySeqEnd: plan.lastSeq,
          createdAt: now,
        };
        const outcome = await store.commitTurn({
          conversationId,
          expectedVersion: conversation.version,
          state: result.state,
          status: plan.status,
          lastSeq: plan.lastSeq,
          messages: [customerMessage, ...plan.messages],
          timers: plan.timers,
          firedTimer: null,
          now,
        });
        // Stale or a concurrent duplicate: the next attempt sees the winner's write.
        if (outcome !== 'committed') continue;
        this.#announce(conversationId, { ...plan, messages: [customerMessage, ...plan.messages] });
        this.#observer.turnCompleted('message', (performance.now() - began) / 1000);
        return { messages: plan.messages, status: plan.status, replayed: false };
      }
      throw new KefuError('KEFU_ERR_TURN_CONFLICT');
    });
  }

  /** Runs the `timer` turn of a claimed timer; `false` when it no longer applies. */
  async timerTurn(timer: ClaimedTimer): Promise<boolean> {
    const began = performance.now();
    const { store } = this.#options;
    const fired = { id: timer.id, leaseUntil: timer.leaseUntil };
    return this.#mutex.run(timer.conversationId, async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const conversation = await store.conversation(timer.conversationId);
        if (!conversation || conversation.status === 'ended') {
          await store.discardTimer(timer.id, timer.leaseUntil);
          return false;
        }
        // A customer turn may have re-armed the timer since we claimed it.
        if (attempt > 1 && !(await store.timerStillClaimed(timer.id, timer.leaseUntil))) return false;
        const now = this.#now();
        const result = await this.#step(conversation, { type: 'timer', name: timer.name }, now);
        const plan = planTurn(result, conversation.lastSeq, now);
        const outcome = await store.commitTurn({
          conversationId: conversation.id,
          expectedVersion: conversation.version,
          state: result.state,
          status: plan.status,
          lastSeq: plan.lastSeq,
          messages: plan.messages,
          timers: plan.timers,
          firedTimer: fired,
          now,
        });
        if (outcome === 'stale-timer') return false;
        if (outcome !== 'committed') continue;
        this.#announce(conversation.id, plan);
        this.#observer.timerFired();
        this.#observer.turnCompleted('timer', (performance.now() - began) / 1000);
        return true;
      }
      throw new KefuError('KEFU_ERR_TURN_CONFLICT');
    });
  }

  async #step(conversation: StoredConversation, event: EngineEvent, now: Date): Promise<StepResult> {
    const bundle = await this.#options.bundles.get(conversation.bundleVersion);
    return this.#options.engine.step(conversation.state, event, this.#services(bundle, now));
  }

  #services(bundle: Parameters<EngineApi['step']>[2]['bundle'], now: Date) {
    return { bundle, now: () => now, logger: this.#options.logger };
  }

  async #replay(conversation: StoredConversation, earlier: { seq: number; replySeqEnd: number | null }): Promise<TurnOutcome> {
    const end = earlier.replySeqEnd ?? earlier.seq;
    const messages = await this.#options.store.messages(conversation.id, earlier.seq, end, REPLAY_LIMIT);
    return { messages, status: conversation.status, replayed: true };
  }

  /** Published only after commit: subscribers never see a message that could vanish. */
  #announce(conversationId: string, plan: Pick<TurnPlan, 'messages' | 'endedReason' | 'otherEffects'>): void {
    const { bus } = this.#options;
    for (const message of plan.messages) bus.publish({ type: 'message.created', conversationId, message: toApiMessage(message) });
    for (const effect of plan.otherEffects) bus.publish({ type: 'conversation.effect', conversationId, effect });
    if (plan.endedReason !== null) bus.publish({ type: 'conversation.ended', conversationId, reason: plan.endedReason });
  }
}
