/**
 * The customer-facing chat operations behind the public API, the WebSocket and the
 * terminal `kefu chat`. Authorisation is by conversation token; messages come back in
 * API shape.
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '@kefu/schemas';
import type { EventBus, KefuEventHandler } from '../bus/event-bus.js';
import { conversationTokenMatches, createConversationToken } from '../crypto/conversation-token.js';
import type { CustomerProtector } from '../customers/customer-protector.js';
import type { ConversationStatus } from '../db/entities/conversation.js';
import { KefuError } from '../errors.js';
import type { KbRuntime } from '../kb/kb-types.js';
import type { ClaimedTimer, StoredConversation } from '../store/chat-records.js';
import type { ChatStore } from '../store/chat-store.js';
import { toApiMessage, type ApiMessage } from './api-message.js';
import { readRatedMessage, swapMessageBody, type Rating } from './answer-rating.js';
import { transcriptLines } from './transcript-lines.js';
import type { CustomerTurnInput, TurnProcessor } from './turn-processor.js';

export interface StartConversationInput {
  /** Name, phone and email are encrypted at rest; phone/email are validated (400 with a pointer). */
  customer?: { externalId?: string; name?: string; phone?: string; email?: string };
  locale?: Locale;
}

export interface PostMessageInput {
  clientMessageId: string;
  text?: string;
  choiceId?: string;
}

export interface FeedbackRequest {
  messageSeq: number;
  rating: Rating;
}

export interface ChatServiceOptions {
  store: ChatStore;
  processor: TurnProcessor;
  customers: CustomerProtector;
  bus: EventBus;
  /** Where answer feedback goes; resolved per call so it may be wired later. */
  kb?: () => KbRuntime;
}

const PAGE_LIMIT = 500;
/** Messages before a rated answer kept as the feedback's context. */
const FEEDBACK_CONTEXT = 5;

export class ChatService {
  readonly #options: ChatServiceOptions;

  constructor(options: ChatServiceOptions) {
    this.#options = options;
  }

  async startConversation(input: StartConversationInput = {}): Promise<{ conversationId: string; token: string; messages: ApiMessage[]; status: ConversationStatus }> {
    const { store, processor, customers } = this.#options;
    let customerId: string | null = null;
    const customer = input.customer ?? {};
    if (Object.values(customer).some((value) => value !== undefined)) {
      // An existing external customer keeps their stored data: a caller claiming an
      // external id must not be able to overwrite someone's contact details.
      const fields = customers.protect(customer, '/customer');
      customerId = await store.ensureCustomer({ id: randomUUID(), externalId: customer.externalId ?? null, ...fields }, new Date());
    }
    const { token, hash } = createConversationToken();
    const started = await processor.start({ customerId, tokenHash: hash, ...(input.locale ? { locale: input.locale } : {}) });
    return { conversationId: started.conversationId, token, messages: started.messages.map(toApiMessage), status: started.status };
  }

  postMessage(conversationId: string, token: string, input: PostMessageInput): Promise<{ messages: ApiMessage[]; status: ConversationStatus }> {
    let turn: CustomerTurnInput;
    if (input.choiceId !== undefined) {
      turn = { clientMessageId: input.clientMessageId, choiceId: input.choiceId, ...(input.text !== undefined ? { label: input.text } : {}) };
    } else if (input.text !== undefined) {
      turn = { clientMessageId: input.clientMessageId, text: input.text };
    } else {
      return Promise.reject(new KefuError('KEFU_ERR_BAD_REQUEST', 'Send "text" or "choiceId".', { path: '/text' }));
    }
    return this.#options.processor
      .customerTurn(conversationId, (conversation) => this.#authorize(conversation, token), turn)
      .then((outcome) => ({ messages: outcome.messages.map(toApiMessage), status: outcome.status }));
  }

  /** Messages after `afterSeq` (catch-up after a reconnect), oldest first. */
  async listMessages(conversationId: string, token: string, afterSeq = 0): Promise<{ messages: ApiMessage[]; status: ConversationStatus; lastSeq: number }> {
    const conversation = await this.authorize(conversationId, token);
    const messages = await this.#options.store.messages(conversationId, afterSeq, conversation.lastSeq, PAGE_LIMIT);
    return { messages: messages.map(toApiMessage), status: conversation.status, lastSeq: conversation.lastSeq };
  }

  /**
   * A customer's 👍/👎 on a `kb-answer` message of their conversation. The first vote on
   * a message is final: a repeat changes nothing and answers `recorded: false` with the
   * rating that stands (a thumbs-down already sits in the unanswered queue).
   */
  async feedback(conversationId: string, token: string, input: FeedbackRequest): Promise<{ recorded: boolean; rating: Rating }> {
    const { store, kb } = this.#options;
    await this.authorize(conversationId, token);
    const message = await readRatedMessage(store.db, conversationId, input.messageSeq);
    const body: Record<string, unknown> = message?.body ?? {};
    if (!message || message.kind !== 'kb-answer' || typeof body.kb !== 'string' || typeof body.articleId !== 'string') {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', `Message ${input.messageSeq} of this conversation is not an answer that can be rated.`, {
        path: '/messageSeq',
      });
    }
    if (body.rating === 'up' || body.rating === 'down') return { recorded: false, rating: body.rating };
    if (!kb) throw new Error('No knowledge base is wired to record feedback');
    if (!(await swapMessageBody(store.db, conversationId, input.messageSeq, message.raw, { ...body, rating: input.rating }))) {
      const current = (await readRatedMessage(store.db, conversationId, input.messageSeq))?.body.rating;
      return { recorded: false, rating: current === 'down' ? 'down' : 'up' };
    }
    const earlier = await store.messages(conversationId, Math.max(0, input.messageSeq - 1 - FEEDBACK_CONTEXT), input.messageSeq - 1, FEEDBACK_CONTEXT);
    try {
      await kb().recordFeedback({
        kb: body.kb,
        articleId: body.articleId,
        rating: input.rating,
        question: typeof body.question === 'string' ? body.question : '',
        conversationId,
        context: transcriptLines(earlier),
      });
    } catch (error) {
      // Not recorded, so not final: take the mark back and let the customer retry.
      await swapMessageBody(store.db, conversationId, input.messageSeq, JSON.stringify({ ...body, rating: input.rating }), body);
      throw error;
    }
    return { recorded: true, rating: input.rating };
  }

  /** Fires a claimed timer (the scheduler calls this); `false` when it no longer applied. */
  fireTimer(timer: ClaimedTimer): Promise<boolean> {
    return this.#options.processor.timerTurn(timer);
  }

  /** Checks the token of a conversation; throws 404/401 KefuErrors. */
  async authorize(conversationId: string, token: string): Promise<StoredConversation> {
    const conversation = await this.#options.store.conversation(conversationId);
    if (!conversation) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such conversation.', { path: '/id' });
    this.#authorize(conversation, token);
    return conversation;
  }

  /** New messages of one conversation as they commit (WebSocket push). */
  subscribe(conversationId: string, handler: (message: ApiMessage) => void): () => void {
    const onEvent: KefuEventHandler = (event) => {
      if (event.type === 'message.created') handler(event.message);
    };
    return this.#options.bus.subscribeConversation(conversationId, onEvent);
  }

  #authorize(conversation: StoredConversation, token: string): void {
    if (!token || !conversationTokenMatches(conversation.tokenHash, token)) {
      throw new KefuError('KEFU_ERR_UNAUTHORIZED', 'The conversation token is missing or wrong.');
    }
  }
}
