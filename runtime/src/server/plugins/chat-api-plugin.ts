/**
 * The public chat API under `/api/v1` (the channel the widget and every later channel
 * use). Bodies are validated by the route schemas; domain errors map to HTTP in the
 * server's error handler. Starting conversations is rate limited per client IP (each
 * one creates rows, so it is the cheapest way to fill someone's database).
 */
import type { Locale } from '@kefu/schemas';
import type { FastifyPluginAsync } from 'fastify';
import type { ChatService } from '../../chat/chat-service.js';
import { KefuError } from '../../errors.js';
import { FixedWindowLimiter } from '../fixed-window-limiter.js';
import { bearerToken } from './bearer-token.js';
import { conversationParams, feedbackBody, listMessagesQuery, postMessageBody, startConversationBody } from './chat-api-schemas.js';

export interface ChatApiPluginOptions {
  chat: ChatService;
  /** Conversations one client IP may start per minute. */
  conversationsPerMinute: number;
}

interface StartBody {
  customer?: { externalId?: string; name?: string; phone?: string; email?: string };
  locale?: Locale;
}
interface FeedbackBody {
  messageSeq: number;
  rating: 'up' | 'down';
}
interface MessageBody {
  clientMessageId: string;
  text?: string;
  choiceId?: string;
}

export const chatApiPlugin: FastifyPluginAsync<ChatApiPluginOptions> = async (fastify, { chat, conversationsPerMinute }) => {
  const starts = new FixedWindowLimiter({ limit: conversationsPerMinute, windowMs: 60_000 });
  // The API speaks JSON only: anything else is a 415, not a string body that fails later.
  fastify.removeContentTypeParser(['text/plain']);

  fastify.post<{ Body: StartBody | undefined }>(
    '/conversations',
    {
      schema: { body: startConversationBody },
      // Counted before the body is even read.
      onRequest: async (request, reply) => {
        const waitSeconds = starts.hit(request.ip);
        if (waitSeconds > 0) {
          reply.header('retry-after', String(waitSeconds));
          throw new KefuError('KEFU_ERR_RATE_LIMITED', 'Too many new conversations from this address; try again later.');
        }
      },
      // Starting needs no input, so an empty request is an empty object.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const started = await chat.startConversation({
        ...(body.customer ? { customer: body.customer } : {}),
        ...(body.locale ? { locale: body.locale } : {}),
      });
      reply.code(201);
      return started;
    },
  );

  fastify.post<{ Params: { id: string }; Body: MessageBody }>(
    '/conversations/:id/messages',
    { schema: { params: conversationParams, body: postMessageBody } },
    async (request) => chat.postMessage(request.params.id, bearerToken(request), request.body),
  );

  fastify.get<{ Params: { id: string }; Querystring: { after?: string } }>(
    '/conversations/:id/messages',
    { schema: { params: conversationParams, querystring: listMessagesQuery } },
    async (request) => chat.listMessages(request.params.id, bearerToken(request), Number(request.query.after ?? 0)),
  );

  // 👍/👎 on an answer from the knowledge base; the first vote on a message is final.
  fastify.post<{ Params: { id: string }; Body: FeedbackBody }>(
    '/conversations/:id/feedback',
    { schema: { params: conversationParams, body: feedbackBody } },
    async (request) => chat.feedback(request.params.id, bearerToken(request), request.body),
  );
};
