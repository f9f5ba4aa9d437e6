/**
 * The editor's view of the document for React Flow: the read-only mapping plus what
 * only the editor knows (selection, problem counts, the simulator's highlight).
 */
import type { FlowDocument, NodeCatalogEntry, Problem } from '@kefu/schemas';
import type { Edge } from '@xyflow/react';
import { ERROR_PORT, ERROR_PORT_VIEW, type PortView } from '../canvas/node-ports';
import { toReactFlow, type KefuFlowNode } from '../canvas/to-react-flow';
import type { Highlight } from './editor-state';

export function problemCounts(problems: readonly Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of problems) if (problem.nodeId !== undefined) counts.set(problem.nodeId, (counts.get(problem.nodeId) ?? 0) + 1);
  return counts;
}

/**
 * A selected node also shows its implicit `error` port (when not yet connected), so a
 * failure route can be drawn without cluttering every card with a port rarely used.
 */
function withErrorPort(ports: PortView[], show: boolean): PortView[] {
  return show && !ports.some((port) => port.name === ERROR_PORT) ? [...ports, ERROR_PORT_VIEW] : ports;
}

/**
 * Adds what only the editor knows to the drawn graph. The graph itself (`toReactFlow`,
 * with a config summary per node) is derived once per document; selecting, problems and
 * highlights only run this cheap pass.
 */
export function decorateGraph(
  graph: { nodes: KefuFlowNode[]; edges: Edge[] },
  selection: ReadonlySet<string>,
  problems: ReadonlyMap<string, number>,
  highlight: Highlight,
): { nodes: KefuFlowNode[]; edges: Edge[] } {
  const visited = new Set(highlight.nodeIds);
  return {
    nodes: graph.nodes.map((node) => ({
      ...node,
      selected: selection.has(node.id),
      data: {
        ...node.data,
        ports: withErrorPort(node.data.ports, selection.has(node.id) && !node.data.terminal),
        problemCount: problems.get(node.id) ?? 0,
        highlight: highlight.activeId === node.id ? 'active' : visited.has(node.id) ? 'path' : null,
      },
    })),
    edges: graph.edges,
  };
}

/** The editor's graph of a document in one call (tests, and anything without a cached base). */
export function toEditorGraph(
  document: FlowDocument,
  catalog: readonly NodeCatalogEntry[],
  selection: ReadonlySet<string>,
  problems: ReadonlyMap<string, number>,
  highlight: Highlight,
): { nodes: KefuFlowNode[]; edges: Edge[] } {
  return decorateGraph(toReactFlow(document, catalog), selection, problems, highlight);
}

function samePorts(a: readonly PortView[], b: readonly PortView[]): boolean {
  return a.length === b.length && a.every((port, index) => port.name === b[index]?.name && port.title === b[index]?.title && port.unknown === b[index]?.unknown);
}

/** Same drawing: React Flow and the memoised card can skip a node whose object is reused. */
function sameNode(next: KefuFlowNode, before: KefuFlowNode): boolean {
  if (next.selected !== before.selected || next.position.x !== before.position.x || next.position.y !== before.position.y) return false;
  const a = next.data;
  const b = before.data;
  for (const key of Object.keys(a) as (keyof typeof a)[]) {
    if (key === 'ports' ? !samePorts(a.ports, b.ports) : a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * Reconciles freshly derived nodes with the ones on screen: an unchanged node keeps its
 * very object (so typing in one node's form redraws that card only, even in a flow of a
 * thousand nodes), a changed one keeps what React Flow measured.
 */
export function reconcileNodes(next: KefuFlowNode[], previous: readonly KefuFlowNode[]): KefuFlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  return next.map((node) => {
    const before = byId.get(node.id);
    if (!before) return node;
    if (sameNode(node, before)) return before;
    return before.measured ? { ...node, measured: before.measured } : node;
  });
}
