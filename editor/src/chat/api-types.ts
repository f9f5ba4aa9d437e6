/**
 * The public chat API's shapes as the widget uses them (runtime/src/chat/api-message.ts
 * is the source; the widget talks HTTP, so it restates them instead of importing code).
 */
export interface ApiChoice {
  id: string;
  label: string;
}

export interface ApiMessage {
  id: string;
  seq: number;
  role: 'customer' | 'bot' | 'agent' | 'system';
  kind: string;
  text: string;
  choices?: ApiChoice[];
  title?: string;
  imageUrl?: string;
  url?: string;
  code?: string;
  /** `kb-answer` messages: markdown-subset `text`, where it came from, and whether it can be rated. */
  kb?: string;
  articleId?: string;
  question?: string;
  feedback?: boolean;
  rating?: Rating;
  createdAt: string;
}

export type Rating = 'up' | 'down';

export type ConversationStatus = 'active' | 'ended' | (string & {});

export interface StartedConversation {
  conversationId: string;
  token: string;
  messages: ApiMessage[];
  status?: ConversationStatus;
}

export interface TurnResult {
  messages: ApiMessage[];
  status: ConversationStatus;
}

/** An error answer of the API: `{ error: { code, message, path? } }` or Fastify's `{ code, message }`. */
export class ChatApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ChatApiError';
  }
}
