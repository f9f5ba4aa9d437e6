/**
 * Conversations as the console reads them (lists and transcripts), always through a
 * viewer scope: an agent's queries can only ever return their skill groups' rows.
 */
import type { ApiMessage } from '../chat/api-message.js';
import type { ViewerScope } from './viewer-scope.js';

export interface ConversationSummary {
  id: string;
  customerId: string | null;
  status: string;
  locale: string;
  skillGroup: string | null;
  bundleVersion: number;
  lastSeq: number;
  /** ISO-8601 UTC. */
  createdAt: string;
  updatedAt: string;
}

export interface ConversationPage {
  /** Newest first. */
  conversations: ConversationSummary[];
  nextCursor: string | null;
}

export interface ConversationDirectory {
  list(scope: ViewerScope, page?: { limit?: number; cursor?: string }): Promise<ConversationPage>;
  /** The conversation with its transcript, or null when missing or outside `scope`. */
  get(id: string, scope: ViewerScope): Promise<{ conversation: ConversationSummary; messages: ApiMessage[] } | null>;
}

export const CONVERSATION_PAGE_DEFAULT = 50;
export const CONVERSATION_PAGE_MAX = 200;
/** Transcripts longer than this are cut (newest dropped) — far beyond a real chat. */
export const TRANSCRIPT_MAX_MESSAGES = 5000;
