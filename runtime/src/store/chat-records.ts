/** Shapes the chat store reads and writes; independent of the SQL dialect. */
import type { ProtectedCustomerFields } from '../customers/customer-protector.js';
import type { ConversationState } from '../engine/types.js';
import type { ConversationStatus } from '../db/entities/conversation.js';
import type { MessageRole } from '../db/entities/message.js';

export interface StoredConversation {
  id: string;
  tokenHash: string;
  customerId: string | null;
  bundleVersion: number;
  locale: string;
  status: ConversationStatus;
  state: ConversationState;
  version: number;
  lastSeq: number;
  /** The real `session-timeout` deadline (chat/plan-idle-deadline.ts); null when none is known. */
  idleDeadline: Date | null;
}

/** What a message says, without its kind: `{ text, choices? }`, `{ title, … }`, … */
export type MessageBody = Record<string, unknown>;

export interface StoredMessage {
  id: string;
  seq: number;
  role: MessageRole;
  kind: string;
  body: MessageBody;
  createdAt: Date;
}

export interface NewMessage extends StoredMessage {
  clientMessageId: string | null;
  replySeqEnd: number | null;
}

export type TimerChange = { type: 'set'; name: string; dueAt: Date } | { type: 'cancel'; name: string } | { type: 'cancel-all' };

/** PII columns arrive already encrypted and blind-indexed (customers/customer-protector.ts). */
export interface NewCustomer extends ProtectedCustomerFields {
  id: string;
  externalId: string | null;
}

export interface NewConversation {
  id: string;
  tokenHash: string;
  customerId: string | null;
  bundleVersion: number;
  locale: string;
  status: ConversationStatus;
  state: ConversationState;
  messages: NewMessage[];
  timers: TimerChange[];
  idleDeadline: Date | null;
  /** `conversations.skill_group`: the team it was handed to; null while it has none. */
  skillGroup: string | null;
  now: Date;
}

/** A fired timer being consumed by this turn: its row is deleted only if still ours. */
export interface FiredTimer {
  id: string;
  leaseUntil: Date;
}

export interface TurnWrite {
  conversationId: string;
  /** The `version` the turn read; the write applies only if it is still current. */
  expectedVersion: number;
  state: ConversationState;
  status: ConversationStatus;
  lastSeq: number;
  messages: NewMessage[];
  timers: TimerChange[];
  /** Written to `conversations.idle_deadline` (chat/plan-idle-deadline.ts). */
  idleDeadline: Date | null;
  firedTimer: FiredTimer | null;
  /** A new `conversations.skill_group` (a handoff in this turn); null leaves it as it is. */
  skillGroup: string | null;
  now: Date;
}

/** Moves a claimed timer to a later due time instead of firing it. */
export interface TimerRearm {
  timer: FiredTimer;
  conversationId: string;
  /** The conversation `version` the due time was read from. */
  expectedVersion: number;
  dueAt: Date;
}

export interface ClaimedTimer {
  id: string;
  conversationId: string;
  name: string;
  dueAt: Date;
  leaseUntil: Date;
}
