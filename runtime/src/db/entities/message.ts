import { EntitySchema } from '@mikro-orm/core';

export type MessageRole = 'customer' | 'bot' | 'agent' | 'system';

/**
 * One message of a conversation, numbered by `seq` (consecutive per conversation) and
 * keyed by (conversationId, seq); `id` is the stable name the API gives it.
 * A customer message records `replySeqEnd`, the last seq of the bot's answer, so a
 * retried `clientMessageId` can be answered without running the turn again.
 */
export interface MessageRow {
  id: string;
  conversationId: string;
  seq: number;
  role: MessageRole;
  kind: string;
  body: Record<string, unknown>;
  clientMessageId: string | null;
  replySeqEnd: number | null;
  createdAt: Date;
}

export const Message = new EntitySchema<MessageRow>({
  name: 'Message',
  tableName: 'messages',
  properties: {
    conversationId: { type: 'uuid', primary: true },
    seq: { type: 'integer', primary: true },
    id: { type: 'uuid' },
    role: { type: 'string', length: 16 },
    kind: { type: 'string', length: 32 },
    body: { type: 'json' },
    clientMessageId: { type: 'string', length: 100, nullable: true },
    replySeqEnd: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime' },
  },
});
