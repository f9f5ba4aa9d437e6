import type { NodeCatalogEntry, Position } from '@kefu/schemas';
import { defaultConfig } from './default-config';
import type { DocumentChange, FlowNode } from './document-change';
import { freshId } from './fresh-id';

/** A new node of `entry`'s type at `position`, with a fresh id and its default config. */
export function createNode(entry: NodeCatalogEntry, position: Position, takenIds: ReadonlySet<string>): FlowNode {
  return {
    id: freshId(entry.type, takenIds),
    type: entry.type,
    typeVersion: entry.typeVersion,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    config: defaultConfig(entry.configSchema),
  };
}

export function addNode(node: FlowNode): DocumentChange {
  return (document) => ({ ...document, nodes: [...document.nodes, node] });
}
