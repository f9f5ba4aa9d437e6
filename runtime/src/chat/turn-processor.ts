/**
 * The conversation turn (docs/architecture.md "Conversation turns"): read the
 * conversation, run the engine outside any transaction, then write the customer
 * message, the bot's messages, the new state and the timers in ONE transaction guarded
 * by the conversation's `version`. A stale write retries on fresh state; a retried
 * `clientMessageId` is answered from the stored reply and writes nothing.
 */
import type { Locale } from '@kefu/schemas';
import type { EventBus } from '../bus/event-bus.js';
import type { ConversationStatus } from '../db/entities/conversation.js';
import { timeOrderedUuid } from '../db/time-ordered-id.js';
import { TIMERS } from '../engine/engine-codes.js';
import type { HandoffService } from '../engine/handoff-service.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import type { HttpClient } from '../net/http-client.js';
import type { Choice, ConversationState, Effect, EngineEvent, Logger, Services, StepResult } from '../engine/types.js';
import { unansweredOf } from '../engine/unanswered-effect.js';
import { KefuError } from '../errors.js';
import type { KbRuntime } from '../kb/kb-types.js';
import type { BundleCache } from '../store/bundle-cache.js';
import type { ClaimedTimer, MessageBody, NewMessage, StoredConversation, StoredMessage } from '../store/chat-records.js';
import type { ChatStore } from '../store/chat-store.js';
import { toApiMessage } from './api-message.js';
import { ConversationCache, type CachedConversation } from './conversation-cache.js';
import type { EngineApi } from './engine-api.js';
import { KeyedMutex } from './keyed-mutex.js';
import { planIdleDeadline } from './plan-idle-deadline.js';
import { planTurn, type TurnPlan } from './plan-turn.js';
import { transcriptLines } from './transcript-lines.js';
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
  /** Hot conversations kept in memory (default 10,000; 0 turns the cache off). */
  cacheSize?: number;
  /**
   * The knowledge bases for `kb-answer`, resolved at each turn so the service may be
   * wired after the processor. Absent: KB nodes fail to their `error` port.
   */
  kb?: () => KbRuntime;
  /** Escalation for `handoff`; absent: no agents online. */
  handoff?: HandoffService;
  /** The node executors (built-in and plugin); absent: the built-in ones. */
  executors?: ReadonlyMap<string, NodeExecutor>;
  /** HTTP for executors (the operator's SSRF policy); absent: public addresses only. */
  http?: HttpClient;
}

/**
 * What the customer sent: a text, or the id of a choice the bot offered. A choice is
 * named in the transcript by `label` when the client sent one, else by the label the
 * bot offered it under, else by its id.
 */
export type CustomerTurnInput =
  | { clientMessageId: string; text: string }
  | { clientMessageId: string; choiceId: string; label?: string };

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
  readonly #conversations: ConversationCache;

  constructor(options: TurnProcessorOptions) {
    this.#options = options;
    this.#observer = options.observer ?? NO_OBSERVER;
    this.#now = options.now ?? (() => new Date());
    this.#conversations = new ConversationCache(options.cacheSize);
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
    const conversationId = timeOrderedUuid();
    const result = await engine.step(state, { type: 'start' }, this.#services(bundle, now, conversationId, 0));
    const plan = planTurn(result, 0, now);
    const idle = planIdleDeadline(null, plan.timers);
    const conversation: StoredConversation = {
      id: conversationId,
      tokenHash: input.tokenHash,
      customerId: input.customerId,
      bundleVersion,
      locale: result.state.locale,
      status: plan.status,
      state: result.state,
      version: 1,
      lastSeq: plan.lastSeq,
      idleDeadline: idle.idleDeadline,
    };
    await store.createConversation({ ...conversation, messages: plan.messages, timers: idle.timers, skillGroup: plan.skillGroup, now });
    this.#conversations.set(conversationId, {
      conversation,
      offeredChoices: offeredChoicesOf(plan.messages) ?? null,
    });
    this.#announce(conversationId, plan);
    if (plan.otherEffects.length > 0) await this.#logUnanswered(plan.otherEffects);
    this.#observer.turnCompleted('start', (performance.now() - began) / 1000);
    return { conversationId, messages: plan.messages, status: plan.status };
  }

  /**
   * A customer's message or choice. `authorize` sees the conversation before anything
   * else happens and throws to refuse (wrong token).
   *
   * Idempotency rests on the unique `(conversation_id, client_message_id)`: the first
   * attempt does not look the id up; a commit refused as a duplicate replays the
   * stored answer instead. Only an ended conversation looks first, so a retry of its
   * last message replays rather than answering 409.
   */
  customerTurn(conversationId: string, authorize: (conversation: StoredConversation) => void, input: CustomerTurnInput): Promise<TurnOutcome> {
    const began = performance.now();
    const { store } = this.#options;
    return this.#mutex.run(conversationId, async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const cached = this.#conversations.get(conversationId) ?? (await this.#read(conversationId));
        if (!cached) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such conversation.', { path: '/id' });
        const { conversation } = cached;
        authorize(conversation);
        if (conversation.status === 'ended') {
          const replayed = await this.#replayIfKnown(conversationId, input.clientMessageId);
          if (replayed) return replayed;
          throw new KefuError('KEFU_ERR_CONVERSATION_ENDED');
        }

        const named = 'choiceId' in input && input.label === undefined;
        const offered = named ? (cached.offeredChoices !== undefined ? cached.offeredChoices : await this.#readOfferedChoices(cached)) : null;
        const said = customerSaid(input, offered);
        const now = this.#now();
        const result = await this.#step(conversation, said.event, now);
        const customerSeq = conversation.lastSeq + 1;
        const plan = planTurn(result, customerSeq, now);
        const customerMessage: NewMessage = {
          id: timeOrderedUuid(),
          seq: customerSeq,
          role: 'customer',
          kind: said.message.kind,
          body: said.message.body,
          clientMessageId: input.clientMessageId,
          replySeqEnd: plan.lastSeq,
          createdAt: now,
        };
        const idle = planIdleDeadline(conversation.idleDeadline, plan.timers);
        const outcome = await store.commitTurn({
          conversationId,
          expectedVersion: conversation.version,
          state: result.state,
          status: plan.status,
          lastSeq: plan.lastSeq,
          messages: [customerMessage, ...plan.messages],
          timers: idle.timers,
          idleDeadline: idle.idleDeadline,
          firedTimer: null,
          skillGroup: plan.skillGroup,
          now,
        });
        if (outcome !== 'committed') {
          // Stale or a duplicate: the next read sees what the other writer committed.
          this.#conversations.delete(conversationId);
          if (outcome === 'duplicate-message') {
            const replayed = await this.#replayIfKnown(conversationId, input.clientMessageId);
            if (replayed) return replayed;
          }
          continue;
        }
        this.#remember(cached, result.state, plan, idle.idleDeadline);
        this.#announce(conversationId, plan, customerMessage);
        if (plan.otherEffects.length > 0) await this.#logUnanswered(plan.otherEffects);
        this.#observer.turnCompleted('message', (performance.now() - began) / 1000);
        return { messages: plan.messages, status: plan.status, replayed: false };
      }
      throw new KefuError('KEFU_ERR_TURN_CONFLICT');
    });
  }

  /** Runs the `timer` turn of a claimed timer; `false` when it no longer applies. */
  timerTurn(timer: ClaimedTimer): Promise<boolean> {
    const began = performance.now();
    const { store } = this.#options;
    const fired = { id: timer.id, leaseUntil: timer.leaseUntil };
    return this.#mutex.run(timer.conversationId, async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const cached = this.#conversations.get(timer.conversationId) ?? (await this.#read(timer.conversationId));
        const conversation = cached?.conversation;
        if (!cached || !conversation || conversation.status === 'ended') {
          await store.discardTimer(timer.id, timer.leaseUntil);
          return false;
        }
        // A customer turn may have re-armed the timer since we claimed it.
        if (attempt > 1 && !(await store.timerStillClaimed(timer.id, timer.leaseUntil))) return false;
        const now = this.#now();
        const session = timer.name === TIMERS.session;
        const deadline = session ? conversation.idleDeadline : null;
        // Turns pushed the session deadline past this row's due time without moving the
        // row (plan-idle-deadline.ts): move it now instead of ending the conversation.
        if (deadline !== null && deadline.getTime() > timer.dueAt.getTime() && deadline.getTime() > now.getTime()) {
          const rearm = { timer: fired, conversationId: conversation.id, expectedVersion: conversation.version, dueAt: deadline };
          if ((await store.rearmTimer(rearm)) === 'rearmed') return false;
          this.#conversations.delete(conversation.id);
          continue;
        }
        const result = await this.#step(conversation, { type: 'timer', name: timer.name }, now);
        const plan = planTurn(result, conversation.lastSeq, now);
        const idle = planIdleDeadline(conversation.idleDeadline, plan.timers, session);
        const outcome = await store.commitTurn({
          conversationId: conversation.id,
          expectedVersion: conversation.version,
          state: result.state,
          status: plan.status,
          lastSeq: plan.lastSeq,
          messages: plan.messages,
          timers: idle.timers,
          idleDeadline: idle.idleDeadline,
          firedTimer: fired,
          skillGroup: plan.skillGroup,
          now,
        });
        if (outcome !== 'committed') this.#conversations.delete(conversation.id);
        if (outcome === 'stale-timer') return false;
        if (outcome !== 'committed') continue;
        this.#remember(cached, result.state, plan, idle.idleDeadline);
        this.#announce(conversation.id, plan);
        if (plan.otherEffects.length > 0) await this.#logUnanswered(plan.otherEffects);
        this.#observer.timerFired();
        this.#observer.turnCompleted('timer', (performance.now() - began) / 1000);
        return true;
      }
      throw new KefuError('KEFU_ERR_TURN_CONFLICT');
    });
  }

  #step(conversation: StoredConversation, event: EngineEvent, now: Date): Promise<StepResult> {
    const { bundles, engine } = this.#options;
    const run = (bundle: Services['bundle']) => engine.step(conversation.state, event, this.#services(bundle, now, conversation.id, conversation.lastSeq));
    const loaded = bundles.loaded(conversation.bundleVersion);
    return loaded ? run(loaded) : bundles.get(conversation.bundleVersion).then(run);
  }

  /** What the engine may use during one turn of one conversation (messages through `lastSeq` are stored). */
  #services(bundle: Services['bundle'], now: Date, conversationId: string, lastSeq: number): Services {
    const { logger, kb, handoff, store, executors, http } = this.#options;
    return {
      bundle,
      now: () => now,
      logger,
      conversationId,
      ...(kb ? { kb: kb() } : {}),
      ...(handoff ? { handoff } : {}),
      ...(executors ? { executors } : {}),
      ...(http ? { http } : {}),
      recentMessages: async (limit) => transcriptLines(await store.messages(conversationId, Math.max(0, lastSeq - limit), lastSeq, limit)),
    };
  }

  /** Reads the choices the bot offered last (null: none) into a cached conversation that did not know them yet. */
  async #readOfferedChoices(cached: CachedConversation): Promise<readonly Choice[] | null> {
    const offered = await this.#options.store.latestChoices(cached.conversation.id);
    cached.offeredChoices = Array.isArray(offered?.body.choices) ? (offered.body.choices as Choice[]) : null;
    return cached.offeredChoices;
  }

  /** Reads a conversation the cache does not hold, and caches it (callers look in the cache first, without awaiting). */
  async #read(conversationId: string): Promise<CachedConversation | null> {
    const conversation = await this.#options.store.conversation(conversationId);
    if (!conversation) return null;
    const entry: CachedConversation = { conversation, offeredChoices: undefined };
    this.#conversations.set(conversationId, entry);
    return entry;
  }

  /** Caches what a turn just committed on top of the row it read. */
  #remember(read: CachedConversation, state: ConversationState, plan: TurnPlan, idleDeadline: Date | null): void {
    const { conversation } = read;
    this.#conversations.set(conversation.id, {
      conversation: { ...conversation, state, status: plan.status, version: conversation.version + 1, lastSeq: plan.lastSeq, idleDeadline },
      offeredChoices: offeredChoicesOf(plan.messages) ?? read.offeredChoices,
    });
  }

  /** The stored answer to `clientMessageId`, or null when no such message was stored. */
  async #replayIfKnown(conversationId: string, clientMessageId: string): Promise<TurnOutcome | null> {
    const { store } = this.#options;
    const earlier = await store.customerMessage(conversationId, clientMessageId);
    if (!earlier) return null;
    const conversation = await store.conversation(conversationId);
    const end = earlier.replySeqEnd ?? earlier.seq;
    const messages = await store.messages(conversationId, earlier.seq, end, REPLAY_LIMIT);
    return { messages, status: conversation?.status ?? 'active', replayed: true };
  }

  /**
   * Questions the knowledge base could not answer, logged once the turn has committed (a
   * retried turn logs nothing twice). The turn stands even if logging fails.
   */
  async #logUnanswered(effects: readonly Effect[]): Promise<void> {
    const { kb, logger } = this.#options;
    for (const effect of effects) {
      const entry = unansweredOf(effect);
      if (!entry || !kb) continue;
      try {
        await kb().logUnanswered(entry);
      } catch (error) {
        logger.error({ err: error, kb: entry.kb }, 'could not log an unanswered question');
      }
    }
  }

  /** Published only after commit: subscribers never see a message that could vanish. `customerMessage` (a customer turn's own message) goes first. */
  #announce(conversationId: string, plan: Pick<TurnPlan, 'messages' | 'endedReason' | 'otherEffects'>, customerMessage?: NewMessage): void {
    const { bus } = this.#options;
    if (!bus.hasListeners(conversationId)) return;
    if (customerMessage) bus.publish({ type: 'message.created', conversationId, message: toApiMessage(customerMessage) });
    for (const message of plan.messages) bus.publish({ type: 'message.created', conversationId, message: toApiMessage(message) });
    for (const effect of plan.otherEffects) bus.publish({ type: 'conversation.effect', conversationId, effect });
    if (plan.endedReason !== null) bus.publish({ type: 'conversation.ended', conversationId, reason: plan.endedReason });
  }
}

/** The engine event and the stored message for what the customer sent. */
function customerSaid(input: CustomerTurnInput, offered: readonly Choice[] | null): { event: EngineEvent; message: { kind: string; body: MessageBody } } {
  if ('text' in input) return { event: { type: 'message', text: input.text }, message: { kind: 'text', body: { text: input.text } } };
  const label = input.label ?? offered?.find((choice) => choice.id === input.choiceId)?.label ?? input.choiceId;
  return {
    event: { type: 'choice', choiceId: input.choiceId, text: label },
    message: { kind: 'choice', body: { text: label, choiceId: input.choiceId } },
  };
}

/**
 * What the customer can pick after these messages: the choices of the last bot message
 * that could carry any (null if it carries none), undefined if no message could.
 */
function offeredChoicesOf(messages: readonly NewMessage[]): readonly Choice[] | null | undefined {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message && message.role === 'bot' && (message.kind === 'choices' || message.kind === 'text')) {
      return Array.isArray(message.body.choices) ? (message.body.choices as Choice[]) : null;
    }
  }
  return undefined;
}
