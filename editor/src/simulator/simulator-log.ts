/**
 * The simulator's transcript and the path it took, as a pure reducer over the
 * server's answers (`simulator.start` / `simulator.send`), so it is tested without a
 * browser.
 */
import type { RouterOutputs } from '../api/trpc';

export type SimulationStep = RouterOutputs['simulator']['start'];
export type SimulatorMessage = SimulationStep['messages'][number];

export type LogEntry = { from: 'customer'; text: string } | { from: 'bot'; message: SimulatorMessage; turn: number } | { from: 'note'; text: 'ignored' };

export interface SimulatorLog {
  entries: LogEntry[];
  /** The last answer: the state to send back, variables, the active node. */
  last: SimulationStep | null;
  /** Nodes of the simulated flow visited so far, in order, each once. */
  path: string[];
  turn: number;
}

export const emptyLog: SimulatorLog = { entries: [], last: null, path: [], turn: 0 };

/** Adds the server's answer to `customerText` (null for the start) to the log. */
export function appendStep(log: SimulatorLog, customerText: string | null, step: SimulationStep, flowId: string): SimulatorLog {
  const turn = log.turn + 1;
  const entries: LogEntry[] = [...log.entries];
  if (customerText !== null) entries.push({ from: 'customer', text: customerText });
  if (step.ignored) entries.push({ from: 'note', text: 'ignored' });
  for (const message of step.messages) entries.push({ from: 'bot', message, turn });
  const seen = new Set(log.path);
  const path = [...log.path];
  for (const node of step.visited) {
    if (node.flowId === flowId && !seen.has(node.nodeId)) {
      seen.add(node.nodeId);
      path.push(node.nodeId);
    }
  }
  return { entries, last: step, path, turn };
}

/** The node to mark as active on the canvas: only when the conversation waits in this flow. */
export function activeNodeOf(log: SimulatorLog, flowId: string): string | null {
  const last = log.last;
  return last && last.activeFlowId === flowId ? last.activeNodeId : null;
}
