/**
 * Turns an engine step's result into rows: numbered messages and timer changes.
 * Pure, so the transaction that writes them stays short.
 */
import type { ConversationStatus } from '../db/entities/conversation.js';
import { timeOrderedUuid } from '../db/time-ordered-id.js';
import type { Effect, OutgoingMessage, StepResult } from '../engine/types.js';
import type { MessageBody, NewMessage, TimerChange } from '../store/chat-records.js';

export interface TurnPlan {
  messages: NewMessage[];
  timers: TimerChange[];
  status: ConversationStatus;
  lastSeq: number;
  endedReason: string | null;
  /**
   * The skill group the conversation was handed to in this turn (the last
   * `handoff.requested`), null when none: it decides which agents see the conversation.
   */
  skillGroup: string | null;
  /** Effects other than timers and ending, for later capabilities (handoff, reports). */
  otherEffects: Effect[];
}

/** What `conversations.skill_group` holds (the handoff node's pattern); a plugin's odd value is not stored. */
const SKILL_GROUP = /^[A-Za-z0-9_-]{1,64}$/;

export function planTurn(result: StepResult, afterSeq: number, now: Date): TurnPlan {
  let seq = afterSeq;
  const messages = result.outputs.map((output): NewMessage => ({
    id: timeOrderedUuid(),
    seq: ++seq,
    role: output.kind === 'system' ? 'system' : 'bot',
    kind: output.kind,
    body: messageBody(output),
    clientMessageId: null,
    replySeqEnd: null,
    createdAt: now,
  }));
  const timers: TimerChange[] = [];
  const otherEffects: Effect[] = [];
  let endedReason: string | null = null;
  let skillGroup: string | null = null;
  for (const effect of result.effects) {
    if (effect.type === 'timer.set' && typeof effect.name === 'string' && typeof effect.dueInSeconds === 'number') {
      timers.push({ type: 'set', name: effect.name, dueAt: new Date(now.getTime() + effect.dueInSeconds * 1000) });
    } else if (effect.type === 'timer.cancel' && typeof effect.name === 'string') {
      timers.push({ type: 'cancel', name: effect.name });
    } else if (effect.type === 'conversation.ended') {
      endedReason = typeof effect.reason === 'string' ? effect.reason : 'ended';
    } else {
      if (effect.type === 'handoff.requested' && typeof effect.skillGroup === 'string' && SKILL_GROUP.test(effect.skillGroup)) skillGroup = effect.skillGroup;
      otherEffects.push(effect);
    }
  }
  const ended = endedReason !== null || result.state.status === 'ended';
  // An ended conversation keeps no timers, whatever the flow armed on its way out.
  if (ended) timers.push({ type: 'cancel-all' });
  return { messages, timers, status: ended ? 'ended' : 'active', lastSeq: seq, endedReason: ended ? (endedReason ?? 'ended') : null, skillGroup, otherEffects };
}

function messageBody(output: OutgoingMessage): MessageBody {
  const { kind: _kind, ...body } = output;
  return body;
}
