/**
 * Turns a flow document into React Flow nodes and edges. Node `data` holds only
 * serialisable facts (titles in every language, summary, ports, config): components
 * pick the language at render time and never receive callbacks through data.
 */
import type { FlowDocument, LocalizedText, NodeCatalogEntry, NodeCategory } from '@kefu/schemas';
import type { Edge, Node } from '@xyflow/react';
import { nodePorts, type PortView } from './node-ports';
import { summarizeConfig } from './summarize-config';

export interface KefuNodeData extends Record<string, unknown> {
  nodeType: string;
  typeVersion: number;
  /** Null when the node type is not in the catalog (e.g. an uninstalled plugin). */
  title: LocalizedText | null;
  label: string | null;
  icon: string;
  category: NodeCategory | null;
  summary: string;
  ports: PortView[];
  /** Whether the node has an incoming handle: only the start node is entered from outside. */
  hasInput: boolean;
  isStart: boolean;
  terminal: boolean;
  config: Record<string, unknown>;
  /** Problems the editor's live validation found on this node (shown as a badge). */
  problemCount?: number;
  /** The simulator's path through the flow: the active node, or a node already visited. */
  highlight?: 'active' | 'path' | null;
}

export type KefuFlowNode = Node<KefuNodeData, 'kefu'>;

/** The handle id every node is entered through. */
export const INPUT_HANDLE = 'in';

export function toReactFlow(
  document: FlowDocument,
  catalog: readonly NodeCatalogEntry[],
): { nodes: KefuFlowNode[]; edges: Edge[] } {
  const byType = new Map(catalog.map((entry) => [entry.type, entry]));
  const usedPorts = new Map<string, Set<string>>();
  const targeted = new Set<string>();
  for (const edge of document.edges) {
    const ports = usedPorts.get(edge.source) ?? new Set<string>();
    ports.add(edge.sourcePort);
    usedPorts.set(edge.source, ports);
    targeted.add(edge.target);
  }

  const nodes = document.nodes.map((node): KefuFlowNode => {
    const entry = byType.get(node.type);
    const isStart = node.id === document.startNodeId;
    return {
      id: node.id,
      type: 'kefu',
      position: node.position,
      data: {
        nodeType: node.type,
        typeVersion: node.typeVersion,
        title: entry?.title ?? null,
        label: node.label ?? null,
        icon: entry?.icon ?? 'unknown',
        category: entry?.category ?? null,
        summary: summarizeConfig(node.config, entry?.configSchema),
        ports: nodePorts(node, entry, usedPorts.get(node.id) ?? new Set()),
        hasInput: !isStart || targeted.has(node.id),
        isStart,
        terminal: entry?.terminal ?? false,
        config: node.config,
      },
    };
  });

  const edges = document.edges.map(
    (edge): Edge => ({
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourcePort,
      target: edge.target,
      targetHandle: INPUT_HANDLE,
      className: edge.sourcePort === 'error' ? 'kefu-edge-error' : undefined,
    }),
  );
  return { nodes, edges };
}
