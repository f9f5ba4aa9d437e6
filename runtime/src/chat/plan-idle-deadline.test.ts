import { describe, expect, it } from 'vitest';
import { planIdleDeadline } from './plan-idle-deadline.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
const session = (seconds: number) => ({ type: 'set' as const, name: 'session-timeout', dueAt: at(seconds) });

describe('planIdleDeadline', () => {
  it('writes the session row when no deadline is known, and records it', () => {
    expect(planIdleDeadline(null, [session(600)])).toEqual({ timers: [session(600)], idleDeadline: at(600) });
  });

  it('skips the row when the deadline only moves later', () => {
    expect(planIdleDeadline(at(600), [session(610)])).toEqual({ timers: [], idleDeadline: at(610) });
    expect(planIdleDeadline(at(600), [session(600)])).toEqual({ timers: [], idleDeadline: at(600) });
  });

  it('writes the row when the deadline moves earlier', () => {
    expect(planIdleDeadline(at(600), [session(300)])).toEqual({ timers: [session(300)], idleDeadline: at(300) });
  });

  it('forgets the deadline on cancel and keeps other timers as they are', () => {
    const node = { type: 'set' as const, name: 'node-timeout', dueAt: at(700) };
    expect(planIdleDeadline(at(600), [node, { type: 'cancel', name: 'session-timeout' }])).toEqual({
      timers: [node, { type: 'cancel', name: 'session-timeout' }],
      idleDeadline: null,
    });
    expect(planIdleDeadline(at(600), [{ type: 'cancel-all' }]).idleDeadline).toBeNull();
    expect(planIdleDeadline(at(600), [{ type: 'cancel', name: 'node-timeout' }]).idleDeadline).toEqual(at(600));
  });

  it('writes the row again after the fired session timer consumed it', () => {
    expect(planIdleDeadline(at(600), [session(900)], true)).toEqual({ timers: [session(900)], idleDeadline: at(900) });
    expect(planIdleDeadline(at(600), [], true).idleDeadline).toBeNull();
  });

  it('keeps the row no later than the deadline across several sets in one turn', () => {
    expect(planIdleDeadline(null, [session(500), session(650)])).toEqual({ timers: [session(500)], idleDeadline: at(650) });
  });
});
