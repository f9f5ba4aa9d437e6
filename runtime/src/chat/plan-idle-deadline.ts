/**
 * The session timer without a timer-row write per turn. Every customer turn pushes the
 * `session-timeout` deadline later; rewriting the indexed timer row each time was a
 * large share of a turn's SQLite page writes. Instead the conversation row (written by
 * every turn anyway) carries the real deadline in `idle_deadline`, and the timer row
 * keeps an earlier due time. When that row comes due, the timer turn sees the later
 * `idle_deadline` and re-arms the row to it instead of firing (turn-processor.ts).
 *
 * Invariant, kept by every write: when `idle_deadline` is set, the conversation's
 * `session-timeout` row exists and is due no later than `idle_deadline`. So a new
 * deadline at or after `idle_deadline` can skip the row; anything else (an earlier
 * deadline, a cancel, an unknown `idle_deadline`) writes the row as before.
 */
import { TIMERS } from '../engine/engine-codes.js';
import type { TimerChange } from '../store/chat-records.js';

export interface IdleDeadlinePlan {
  /** The timer changes that still need a timer-row write. */
  timers: TimerChange[];
  /** The conversation's `idle_deadline` after the turn (null: no session timer). */
  idleDeadline: Date | null;
}

/**
 * `current` is the `idle_deadline` the turn read; `firedSessionTimer` is true when the
 * turn consumes (deletes) the conversation's `session-timeout` row.
 */
export function planIdleDeadline(current: Date | null, changes: readonly TimerChange[], firedSessionTimer = false): IdleDeadlinePlan {
  let deadline = firedSessionTimer ? null : current;
  const timers: TimerChange[] = [];
  for (const change of changes) {
    if (change.type === 'cancel-all' || (change.type === 'cancel' && change.name === TIMERS.session)) {
      deadline = null;
    } else if (change.type === 'set' && change.name === TIMERS.session) {
      const onlyLater = deadline !== null && change.dueAt.getTime() >= deadline.getTime();
      deadline = change.dueAt;
      if (onlyLater) continue;
    }
    timers.push(change);
  }
  return { timers, idleDeadline: deadline };
}
