import type { Effect, OutgoingMessage, Vars, WaitSpec } from '../engine/types.js';

/**
 * What an executor returns. The engine applies it in this order: counters, vars,
 * say, effects, then exactly one of wait / call / end / port (default port `next`).
 */
export interface NodeResult {
  /** The port to leave through. Defaults to `next`. */
  port?: string;
  /** Messages to send to the customer, in order. */
  say?: OutgoingMessage[];
  /** Variables to set (merged into the conversation's variables). */
  vars?: Vars;
  /** New values of this node's visit counters (see `NodeContext.counter`). */
  counters?: Record<string, number>;
  effects?: Effect[];
  /** Stop the turn and wait for the customer; the node is called again with the input. */
  wait?: WaitSpec;
  /** Run another flow as a sub-flow; when it ends the engine leaves this node by `done`. */
  call?: { flowId: string };
  /** End the current flow: a sub-flow returns to its caller, the entry flow ends the conversation. */
  end?: { reason: string };
}
