import type { DocumentChange } from './document-change';
import { freshId } from './fresh-id';

/**
 * Connects `source`'s `port` to `target`. A port leads to one place, so an edge
 * already leaving that port is replaced (undo brings it back).
 */
export function connect(source: string, port: string, target: string): DocumentChange {
  return (document) => {
    const kept = document.edges.filter((edge) => !(edge.source === source && edge.sourcePort === port));
    const id = freshId(`e-${source}-${port}`, new Set(kept.map((edge) => edge.id)));
    return { ...document, edges: [...kept, { id, source, sourcePort: port, target }] };
  };
}

export function disconnect(edgeIds: ReadonlySet<string>): DocumentChange {
  return (document) => ({ ...document, edges: document.edges.filter((edge) => !edgeIds.has(edge.id)) });
}
