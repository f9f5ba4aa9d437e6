import type { UnansweredInput } from '../kb/kb-types.js';
import type { Effect } from './types.js';

/**
 * A question the knowledge base could not answer, as an effect: the engine stays free
 * of side effects, and whoever commits the turn logs it exactly once (the chat's turn
 * processor after its transaction; conversation tests into their in-memory KB).
 */
export const KB_UNANSWERED = 'kb.unanswered';

export function unansweredEffect(entry: UnansweredInput): Effect {
  return { type: KB_UNANSWERED, entry };
}

/** The entry of a `kb.unanswered` effect, or null for any other effect. */
export function unansweredOf(effect: Effect): UnansweredInput | null {
  if (effect.type !== KB_UNANSWERED || !('entry' in effect)) return null;
  return effect.entry as UnansweredInput;
}
