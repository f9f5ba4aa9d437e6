/**
 * The public chat API under `/api/v1` (the channel the widget and every later channel
 * use). Bodies are validated by the route schemas; domain errors map to HTTP in the
 * server's error handler.
 */
import type { Locale } from '@kefu/schemas';
import type { FastifyPluginAsync } from 'fastify';
import type { ChatService } from '../../chat/chat-service.js';
import { bearerToken } from './bearer-token.js';
import { conversationParams, listMessagesQuery, postMessageBody, startConversationBody } from './chat-api-schemas.js';

export interface ChatApiPluginOptions {
  chat: ChatService;
}

interface StartBody {
  customer?: { externalId?: string; name?: string };
  locale?: Locale;
}
interface MessageBody {
  clientMessageId: string;
  text?: string;
  choiceId?: string;
}

export const chatApiPlugin: FastifyPluginAsync<ChatApiPluginOptions> = async (fastify, { chat }) => {
  // The API speaks JSON only: anything else is a 415, not a string body that fails later.
  fastify.removeContentTypeParser(['text/plain']);

  fastify.post<{ Body: StartBody | undefined }>(
    '/conversations',
    {
      schema: { body: startConversationBody },
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
};
