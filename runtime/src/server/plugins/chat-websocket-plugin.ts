/**
 * `GET /api/v1/conversations/:id/ws?token=…[&after=seq]`: pushes `{ type: 'message',
 * message }` for every message committed to the conversation (bot replies to turns
 * from any channel, timer messages), after first replaying messages newer than
 * `after`. The customer may also send `{ type: 'message', clientMessageId, text?,
 * choiceId? }`; the replies arrive as pushes, errors as `{ type: 'error', error }`.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { WebSocket } from 'ws';
import type { ApiMessage } from '../../chat/api-message.js';
import type { ChatService } from '../../chat/chat-service.js';
import { KefuError } from '../../errors.js';
import { toErrorResponse } from '../error-body.js';
import type { MetricsRegistry } from '../metrics-registry.js';
import { originAllowed } from '../widget-origin.js';
import { conversationParams, webSocketQuery } from './chat-api-schemas.js';

export interface ChatWebSocketPluginOptions {
  chat: ChatService;
  metrics: MetricsRegistry;
  /** Origins (besides the server's own) whose pages may connect; `*` = any. */
  widgetOrigins: readonly string[];
}

const MAX_INBOUND_BYTES = 64 * 1024;

export const chatWebSocketPlugin: FastifyPluginAsync<ChatWebSocketPluginOptions> = async (fastify, { chat, metrics, widgetOrigins }) => {
  fastify.get<{ Params: { id: string }; Querystring: { token?: string; after?: string } }>(
    '/conversations/:id/ws',
    {
      websocket: true,
      schema: { params: conversationParams, querystring: webSocketQuery },
      // Refuse before the upgrade, so a foreign page is a plain HTTP 403 and a bad token a 401/404.
      preValidation: async (request) => {
        if (!originAllowed(request.headers.origin, request.headers.host, widgetOrigins)) {
          throw new KefuError('KEFU_ERR_ORIGIN_FORBIDDEN', 'This page may not open the chat socket (see KEFU_WIDGET_ORIGINS).');
        }
        await chat.authorize(request.params.id, request.query.token ?? '');
      },
    },
    (socket, request) => {
      const conversationId = request.params.id;
      const token = request.query.token ?? '';
      metrics.webSocketOpened();
      let lastSent = 0;
      let backlogSent = false;
      const pending: ApiMessage[] = [];
      const push = (message: ApiMessage) => {
        if (message.seq <= lastSent || socket.readyState !== socket.OPEN) return;
        lastSent = message.seq;
        socket.send(JSON.stringify({ type: 'message', message }));
      };
      // Subscribe before reading the backlog so nothing committed in between is missed.
      const unsubscribe = chat.subscribe(conversationId, (message) => (backlogSent ? push(message) : pending.push(message)));
      const after = request.query.after;
      const backlog = after === undefined ? Promise.resolve([]) : chat.listMessages(conversationId, token, Number(after)).then((page) => page.messages);
      backlog
        .then((messages) => {
          if (after !== undefined) lastSent = Number(after);
          for (const message of messages) push(message);
          backlogSent = true;
          for (const message of pending.sort((a, b) => a.seq - b.seq)) push(message);
        })
        .catch((error: unknown) => sendError(socket, error));

      socket.on('message', (data, isBinary) => {
        void handleInbound(socket, chat, conversationId, token, data, isBinary);
      });
      socket.on('close', () => {
        unsubscribe();
        metrics.webSocketClosed();
      });
    },
  );
};

async function handleInbound(socket: WebSocket, chat: ChatService, conversationId: string, token: string, data: unknown, isBinary: boolean): Promise<void> {
  const text = Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : '';
  if (isBinary || text.length === 0 || text.length > MAX_INBOUND_BYTES) {
    socket.send(JSON.stringify({ type: 'error', error: { code: 'KEFU_ERR_BAD_REQUEST', message: 'Send JSON text frames up to 64 KiB.', path: '' } }));
    return;
  }
  try {
    const frame: unknown = JSON.parse(text);
    const input = parseInbound(frame);
    if (typeof input === 'string') {
      socket.send(JSON.stringify({ type: 'error', error: { code: 'KEFU_ERR_BAD_REQUEST', message: input, path: input.startsWith('/') ? input.split(' ')[0] : '' } }));
      return;
    }
    // The bot's replies reach this socket through the subscription.
    await chat.postMessage(conversationId, token, input);
  } catch (error) {
    sendError(socket, error);
  }
}

/** The inbound frame, or a message naming what is wrong with it. */
function parseInbound(frame: unknown): { clientMessageId: string; text?: string; choiceId?: string } | string {
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return 'The frame must be a JSON object.';
  const record = frame as Record<string, unknown>;
  if (record.type !== 'message') return '/type must be "message"';
  const { clientMessageId, text, choiceId } = record;
  if (typeof clientMessageId !== 'string' || clientMessageId.length === 0 || clientMessageId.length > 100) return '/clientMessageId must be a string of 1 to 100 characters';
  if (text !== undefined && (typeof text !== 'string' || text.length === 0 || text.length > 4000)) return '/text must be a string of 1 to 4000 characters';
  if (choiceId !== undefined && (typeof choiceId !== 'string' || choiceId.length === 0 || choiceId.length > 64)) return '/choiceId must be a string of 1 to 64 characters';
  return { clientMessageId, ...(typeof text === 'string' ? { text } : {}), ...(typeof choiceId === 'string' ? { choiceId } : {}) };
}

function sendError(socket: WebSocket, error: unknown): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.send(JSON.stringify({ type: 'error', ...toErrorResponse(error).body }));
}
