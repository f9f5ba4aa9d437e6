import type { FlowCheckContext } from './flow-check-context.js';
import { nodePorts, type PortInstance } from './node-ports.js';

/**
 * Edges must join existing nodes through ports the source node has; a port leads to
 * one place; a terminal node has no way out; every required port is connected; the
 * ports a config declares have distinct names.
 */
export function checkEdges(ctx: FlowCheckContext): void {
  const portsByNode = new Map<string, PortInstance[]>();
  for (const [nodeId, entry] of ctx.entries) {
    const node = ctx.nodesById.get(nodeId);
    if (node === undefined) continue;
    const ports = nodePorts(entry, node.config);
    portsByNode.set(nodeId, ports);
    const named = new Set<string>();
    for (const port of ports) {
      if (named.has(port.name) && port.pointer !== undefined) {
        ctx.report('error', 'KEFU_FLOW_DUPLICATE_PORT', `/nodes/${node.index}/config${port.pointer}`, { port: port.name }, nodeId);
      }
      named.add(port.name);
    }
  }

  const connected = new Map<string, string>();
  for (const edge of ctx.shape.edges) {
    const source = edge.source === null ? undefined : ctx.nodesById.get(edge.source);
    if (edge.source !== null && source === undefined) {
      ctx.report('error', 'KEFU_FLOW_EDGE_UNKNOWN_SOURCE', `/edges/${edge.index}/source`, { id: edge.source });
    }
    if (edge.target !== null && !ctx.nodesById.has(edge.target)) {
      ctx.report('error', 'KEFU_FLOW_EDGE_UNKNOWN_TARGET', `/edges/${edge.index}/target`, { id: edge.target });
    }
    if (source === undefined || edge.sourcePort === null) continue;
    const entry = ctx.entries.get(source.id);
    if (entry === undefined) continue;
    if (entry.terminal === true) {
      ctx.report('error', 'KEFU_FLOW_TERMINAL_NODE_HAS_EDGES', `/edges/${edge.index}`, { node: source.id }, source.id);
      continue;
    }
    const ports = portsByNode.get(source.id) ?? [];
    if (!ports.some((port) => port.name === edge.sourcePort)) {
      const names = [...new Set(ports.map((port) => port.name))].join(', ');
      ctx.report('error', 'KEFU_FLOW_EDGE_UNKNOWN_PORT', `/edges/${edge.index}/sourcePort`, { node: source.id, port: edge.sourcePort, ports: names }, source.id);
      continue;
    }
    const key = `${source.id}\u0000${edge.sourcePort}`;
    const first = connected.get(key);
    if (first !== undefined) {
      ctx.report('error', 'KEFU_FLOW_PORT_MULTIPLE_EDGES', `/edges/${edge.index}/sourcePort`, { node: source.id, port: edge.sourcePort, firstEdge: first }, source.id);
      continue;
    }
    connected.set(key, edge.id ?? `#${edge.index}`);
  }

  for (const [nodeId, ports] of portsByNode) {
    const node = ctx.nodesById.get(nodeId);
    if (node === undefined) continue;
    const reported = new Set<string>();
    for (const port of ports) {
      if (port.optional || reported.has(port.name) || connected.has(`${nodeId}\u0000${port.name}`)) continue;
      reported.add(port.name);
      ctx.report('error', 'KEFU_FLOW_PORT_NOT_CONNECTED', `/nodes/${node.index}`, { node: nodeId, port: port.name }, nodeId);
    }
  }
}
