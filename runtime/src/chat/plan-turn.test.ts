import { describe, expect, it } from 'vitest';
import type { ConversationState, Effect, StepResult } from '../engine/types.js';
import { planTurn } from './plan-turn.js';

const state = { status: 'active' } as unknown as ConversationState;
const plan = (effects: Effect[]) => planTurn({ state, outputs: [], effects } as StepResult, 0, new Date(0));

describe('planTurn: the skill group a turn hands the conversation to', () => {
  it('is the last handoff request of the turn, or null without one', () => {
    expect(plan([]).skillGroup).toBeNull();
    expect(plan([{ type: 'handoff.requested', skillGroup: 'billing' }, { type: 'handoff.requested', skillGroup: 'after-sales' }]).skillGroup).toBe('after-sales');
  });

  it('ignores a value the column cannot hold (a plugin may send anything), keeping the last valid one', () => {
    expect(plan([{ type: 'handoff.requested', skillGroup: 'x'.repeat(65) }]).skillGroup).toBeNull();
    expect(plan([{ type: 'handoff.requested', skillGroup: 'vip' }, { type: 'handoff.requested', skillGroup: 'no spaces' }]).skillGroup).toBe('vip');
    expect(plan([{ type: 'handoff.requested', skillGroup: 42 }]).skillGroup).toBeNull();
  });
});
