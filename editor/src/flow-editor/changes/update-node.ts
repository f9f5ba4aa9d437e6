import type { DocumentChange, FlowNode } from './document-change';

/** Replaces a node's config (what the generated form edits). */
export function updateConfig(nodeId: string, config: Record<string, unknown>): DocumentChange {
  return updateNode(nodeId, (node) => ({ ...node, config }));
}

/** Sets or clears (empty text) the label shown on the node card. */
export function updateLabel(nodeId: string, label: string): DocumentChange {
  return updateNode(nodeId, (node) => {
    const { label: _old, ...rest } = node;
    return label.trim() === '' ? rest : { ...rest, label };
  });
}

function updateNode(nodeId: string, update: (node: FlowNode) => FlowNode): DocumentChange {
  return (document) => ({ ...document, nodes: document.nodes.map((node) => (node.id === nodeId ? update(node) : node)) });
}
