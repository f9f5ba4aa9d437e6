import { EntitySchema } from '@mikro-orm/core';
import type { ConversationState } from '../../engine/types.js';

export type ConversationStatus = 'active' | 'ended';

/**
 * A conversation pinned to the bundle version it started on. `version` is the
 * optimistic-concurrency counter of the turn processor; `lastSeq` the last message seq.
 */
export interface ConversationRow {
  id: string;
  tokenHash: string;
  customerId: string | null;
  bundleVersion: number;
  locale: string;
  status: ConversationStatus;
  state: ConversationState;
  version: number;
  lastSeq: number;
  createdAt: Date;
  updatedAt: Date;
  /** Scopes the conversation to agents of this skill group; null = admins and QA only. */
  skillGroup: string | null;
  /**
   * The real `session-timeout` deadline when it is later than the timer row's due time
   * (chat/plan-idle-deadline.ts); null when the conversation has no session timer.
   */
  idleDeadline: Date | null;
}

export const Conversation = new EntitySchema<ConversationRow>({
  name: 'Conversation',
  tableName: 'conversations',
  properties: {
    id: { type: 'uuid', primary: true },
    tokenHash: { type: 'string', length: 64 },
    customerId: { type: 'uuid', nullable: true },
    bundleVersion: { type: 'integer' },
    locale: { type: 'string', length: 16 },
    status: { type: 'string', length: 16 },
    state: { type: 'json' },
    version: { type: 'integer' },
    lastSeq: { type: 'integer' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
    skillGroup: { type: 'string', length: 100, nullable: true },
    idleDeadline: { type: 'datetime', nullable: true },
  },
});
