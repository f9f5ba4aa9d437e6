import type { FlowDocument, Locale } from '@kefu/schemas';

/** A new flow: one start node, nothing else; the editor's palette adds the rest. */
export function blankFlow(id: string, name: string, locale: Locale): FlowDocument {
  return {
    schemaVersion: 1,
    id,
    name,
    locale,
    variables: [],
    startNodeId: 'start',
    nodes: [{ id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} }],
    edges: [],
  };
}
