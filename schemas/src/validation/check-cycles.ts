import type { FlowCheckContext } from './flow-check-context.js';
import { findCyclicComponents } from './find-strongly-connected.js';

/**
 * A loop in which no node waits for the customer would run until the per-turn step
 * limit stops it. Reported once per loop, at the loop's first node in the document.
 * Nodes of unknown type are assumed to wait (their type is reported already).
 */
export function checkCycles(ctx: FlowCheckContext, successors: ReadonlyMap<string, readonly string[]>): void {
  for (const component of findCyclicComponents([...ctx.nodesById.keys()], successors)) {
    const waits = component.some((id) => ctx.entries.get(id)?.waitsForInput ?? true);
    if (waits) continue;
    const nodes = component.map((id) => ctx.nodesById.get(id)).filter((node) => node !== undefined);
    nodes.sort((a, b) => a.index - b.index);
    const first = nodes[0];
    if (first === undefined) continue;
    ctx.report('error', 'KEFU_FLOW_CYCLE_WITHOUT_INPUT', `/nodes/${first.index}`, { nodes: nodes.map((node) => `"${node.id}"`).join(', ') }, first.id);
  }
}
