import { EntitySchema } from '@mikro-orm/core';

/** `claimed` rows are being fired by some instance until `leaseUntil`; then anyone may retry. */
export type TimerStatus = 'pending' | 'claimed';

/** A durable timer of a conversation; one per (conversation, name). */
export interface TimerRow {
  id: string;
  conversationId: string;
  name: string;
  dueAt: Date;
  status: TimerStatus;
  leaseUntil: Date | null;
  createdAt: Date;
}

export const Timer = new EntitySchema<TimerRow>({
  name: 'Timer',
  tableName: 'timers',
  properties: {
    id: { type: 'uuid', primary: true },
    conversationId: { type: 'uuid' },
    name: { type: 'string', length: 100 },
    dueAt: { type: 'datetime' },
    status: { type: 'string', length: 16 },
    leaseUntil: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
});
