import type { FlowDocument } from '@kefu/schemas';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a document typed in the JSON view can be drawn and edited on the canvas:
 * nodes with string ids, numeric positions and object configs, edges with string
 * ends. Anything the schema says beyond that is the problems panel's job, so a
 * half-finished but drawable document is accepted and its problems are listed.
 */
export function isDrawableFlow(value: unknown): value is FlowDocument {
  if (!isRecord(value) || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return false;
  if (typeof value.id !== 'string' || typeof value.startNodeId !== 'string') return false;
  const nodesOk = value.nodes.every(
    (node) =>
      isRecord(node) &&
      typeof node.id === 'string' &&
      typeof node.type === 'string' &&
      isRecord(node.position) &&
      typeof node.position.x === 'number' &&
      typeof node.position.y === 'number' &&
      isRecord(node.config),
  );
  const edgesOk = value.edges.every(
    (edge) => isRecord(edge) && typeof edge.id === 'string' && typeof edge.source === 'string' && typeof edge.sourcePort === 'string' && typeof edge.target === 'string',
  );
  return nodesOk && edgesOk && Array.isArray(value.variables);
}
