import { builtinExecutors } from '../nodes/builtin-nodes.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import { DEFAULT_MAX_STEPS_PER_TURN, TIMERS } from './engine-codes.js';
import type { ConversationState, Effect, OutgoingMessage, Services, StepResult, Vars } from './types.js';

function counterPrefix(flowId: string, nodeId: string): string {
  return `${flowId}/${nodeId}/`;
}

/**
 * The working set of one `step()`: the latest state (every change replaces the state
 * object, the caller's state is never mutated), and the outputs and effects so far.
 */
export class Turn {
  state: ConversationState;
  readonly outputs: OutgoingMessage[] = [];
  readonly effects: Effect[] = [];
  /** Nodes run so far in this turn (step limit). */
  steps = 0;
  readonly executors: ReadonlyMap<string, NodeExecutor>;
  readonly maxSteps: number;

  constructor(
    initial: ConversationState,
    readonly services: Services,
  ) {
    this.state = initial;
    this.executors = services.executors ?? builtinExecutors;
    this.maxSteps = services.bundle.settings.maxStepsPerTurn ?? DEFAULT_MAX_STEPS_PER_TURN;
  }

  update(patch: Partial<ConversationState>): void {
    this.state = { ...this.state, ...patch };
  }

  setVars(vars: Vars): void {
    if (Object.keys(vars).length > 0) this.update({ vars: { ...this.state.vars, ...vars } });
  }

  counter(nodeId: string, name: string): number {
    return this.state.counters[`${counterPrefix(this.state.flowId, nodeId)}${name}`] ?? 0;
  }

  setCounters(nodeId: string, counters: Record<string, number>): void {
    const prefix = counterPrefix(this.state.flowId, nodeId);
    const next = { ...this.state.counters };
    for (const [name, value] of Object.entries(counters)) next[`${prefix}${name}`] = value;
    this.update({ counters: next });
  }

  /** Counters are per visit: a node that leaves forgets them (a menu loop starts fresh). */
  clearCounters(nodeId: string): void {
    const prefix = counterPrefix(this.state.flowId, nodeId);
    const keys = Object.keys(this.state.counters).filter((k) => k.startsWith(prefix));
    if (keys.length === 0) return;
    const next = { ...this.state.counters };
    for (const key of keys) delete next[key];
    this.update({ counters: next });
  }

  say(...messages: OutgoingMessage[]): void {
    this.outputs.push(...messages);
  }

  effect(...effects: Effect[]): void {
    this.effects.push(...effects);
  }

  /** Ends the conversation: nothing waits any more, and both timers are cancelled. */
  end(reason: string, code?: string): void {
    this.update({ nodeId: null, waitingFor: null, stack: [], status: 'ended' });
    this.effect(
      { type: 'timer.cancel', name: TIMERS.node },
      { type: 'timer.cancel', name: TIMERS.session },
      code ? { type: 'conversation.ended', reason, code } : { type: 'conversation.ended', reason },
    );
  }

  result(): StepResult {
    return { state: this.state, outputs: this.outputs, effects: this.effects };
  }
}
