/**
 * What changed between two versions of one flow, node by node: the list the publish
 * dialog shows beside the side-by-side document diff. Nodes are matched by id, edges
 * by what they connect (source, port, target), so an edge the editor re-created with a
 * new id is not reported as removed and added.
 */
import { canonicalJson, type FlowDocument, type FlowEdge, type FlowNode } from '@kefu/schemas';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface NodeChange {
  nodeId: string;
  type: string;
  label: string | null;
  change: ChangeKind;
  /** For `changed`: which fields differ (`label`, `position`, `type`, `typeVersion`, `config.<key>`). */
  fields: string[];
}

export interface EdgeChange {
  change: Exclude<ChangeKind, 'changed'>;
  source: string;
  sourcePort: string;
  target: string;
}

export interface FlowChanges {
  /** Flow-level fields that differ: name, description, locale, variables, startNodeId. */
  flowFields: string[];
  nodes: NodeChange[];
  edges: EdgeChange[];
}

const FLOW_FIELDS = ['name', 'description', 'locale', 'variables', 'startNodeId'] as const;

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function changedFields(before: FlowNode, after: FlowNode): string[] {
  const fields = (['label', 'type', 'typeVersion', 'position'] as const).filter((key) => !same(before[key], after[key]));
  const a = (before.config ?? {}) as Record<string, unknown>;
  const b = (after.config ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return [...fields, ...keys.filter((key) => !same(a[key], b[key])).map((key) => `config.${key}`)];
}

function nodeChange(node: FlowNode, change: ChangeKind, fields: string[] = []): NodeChange {
  return { nodeId: node.id, type: node.type, label: node.label ?? null, change, fields };
}

const edgeKey = (edge: FlowEdge) => `${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}`;

/** `before` null: every node is added; `after` null: every node is removed. */
export function diffFlows(before: FlowDocument | null, after: FlowDocument | null): FlowChanges {
  const oldNodes = new Map((before?.nodes ?? []).map((node) => [node.id, node]));
  const newNodes = new Map((after?.nodes ?? []).map((node) => [node.id, node]));
  const nodes: NodeChange[] = [];
  for (const node of after?.nodes ?? []) {
    const old = oldNodes.get(node.id);
    if (!old) nodes.push(nodeChange(node, 'added'));
    else {
      const fields = changedFields(old, node);
      if (fields.length > 0) nodes.push(nodeChange(node, 'changed', fields));
    }
  }
  for (const node of before?.nodes ?? []) if (!newNodes.has(node.id)) nodes.push(nodeChange(node, 'removed'));

  const oldEdges = new Set((before?.edges ?? []).map(edgeKey));
  const newEdges = new Set((after?.edges ?? []).map(edgeKey));
  const connection = ({ source, sourcePort, target }: FlowEdge) => ({ source, sourcePort, target });
  const edges: EdgeChange[] = [
    ...(after?.edges ?? []).filter((edge) => !oldEdges.has(edgeKey(edge))).map((edge) => ({ change: 'added' as const, ...connection(edge) })),
    ...(before?.edges ?? []).filter((edge) => !newEdges.has(edgeKey(edge))).map((edge) => ({ change: 'removed' as const, ...connection(edge) })),
  ];
  const flowFields = before && after ? FLOW_FIELDS.filter((key) => !same(before[key], after[key])) : [];
  return { flowFields, nodes, edges };
}
