import type { FlowCheckContext } from './flow-check-context.js';
import { findCyclicComponents } from './find-strongly-connected.js';

/**
 * A loop in which no node waits for the customer would run until the per-turn step
 * limit stops it. Waiting nodes break loops, so the check looks for cycles in the
 * graph of the nodes that do NOT wait: a non-waiting loop hidden inside a larger loop
 * that does wait (a menu, say) is still found. Reported once per loop, at the loop's
 * first node in the document. Nodes of unknown type are assumed to wait (their type
 * is reported already).
 */
export function checkCycles(ctx: FlowCheckContext, successors: ReadonlyMap<string, readonly string[]>): void {
  const waits = (id: string) => ctx.entries.get(id)?.waitsForInput ?? true;
  const nonWaiting = [...ctx.nodesById.keys()].filter((id) => !waits(id));
  const keep = new Set(nonWaiting);
  const restricted = new Map<string, string[]>();
  for (const id of nonWaiting) restricted.set(id, (successors.get(id) ?? []).filter((target) => keep.has(target)));
  for (const component of findCyclicComponents(nonWaiting, restricted)) {
    const nodes = component.map((id) => ctx.nodesById.get(id)).filter((node) => node !== undefined);
    nodes.sort((a, b) => a.index - b.index);
    const first = nodes[0];
    if (first === undefined) continue;
    ctx.report('error', 'KEFU_FLOW_CYCLE_WITHOUT_INPUT', `/nodes/${first.index}`, { nodes: nodes.map((node) => `"${node.id}"`).join(', ') }, first.id);
  }
}
