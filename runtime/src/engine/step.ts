import type { NodeInput } from '../nodes/node-context.js';
import { TIMERS } from './engine-codes.js';
import { runUntilWait } from './run-until-wait.js';
import { systemMessage } from './system-messages.js';
import { Turn } from './turn.js';
import type { ConversationState, EngineEvent, Services, StepResult } from './types.js';

function ignored(state: ConversationState, event: EngineEvent, reason: string): StepResult {
  return {
    state,
    outputs: [],
    effects: [{ type: 'report', name: 'event.ignored', data: { event: event.type, reason } }],
  };
}

/** The input a waiting node is resumed with, or null when the event does not resume one. */
function resumeInput(event: EngineEvent): Exclude<NodeInput, null> | null {
  switch (event.type) {
    case 'message':
      return { kind: 'message', text: event.text };
    case 'choice':
      return { kind: 'choice', choiceId: event.choiceId, text: event.text ?? event.choiceId };
    case 'timer':
      return event.name === TIMERS.node ? { kind: 'timer', name: event.name } : null;
    default:
      return null;
  }
}

/**
 * Advances a conversation by one event. Pure with respect to storage: the caller
 * persists the returned state, outputs and effects together. The given state is never
 * mutated. Events that do not apply (a message while nothing waits, anything after
 * the end) change nothing and yield one `report` effect `event.ignored`.
 */
export async function step(state: ConversationState, event: EngineEvent, services: Services): Promise<StepResult> {
  if (state.status === 'ended') return ignored(state, event, 'conversation-ended');
  const turn = new Turn(state, services);

  if (event.type === 'closed') {
    turn.end(event.reason);
    return turn.result();
  }
  if (event.type === 'timer' && event.name === TIMERS.session) {
    const text = services.bundle.settings.sessionTimeoutMessage?.[state.locale] ?? systemMessage('sessionTimeout', state.locale);
    turn.say({ kind: 'system', text });
    turn.end('session-timeout');
    return turn.result();
  }

  if (event.type === 'start') {
    if (state.waitingFor !== null || state.nodeId === null) return ignored(state, event, 'already-started');
    await runUntilWait(turn, null);
  } else {
    const input = resumeInput(event);
    if (input === null) return ignored(state, event, 'not-handled');
    if (state.waitingFor === null) return ignored(state, event, 'nothing-waiting');
    if (input.kind === 'timer' && !state.waitingFor.timeoutSeconds) return ignored(state, event, 'no-node-timeout');
    if (input.kind !== 'timer') turn.update({ lastMessage: input.text });
    await runUntilWait(turn, input);
  }

  if (turn.state.status === 'active') {
    turn.effect({ type: 'timer.set', name: TIMERS.session, dueInSeconds: services.bundle.settings.sessionTimeoutSeconds });
  }
  return turn.result();
}
