import type { NodeExecutor, RegisteredNode } from './define-executor.js';

/** Indexes executors by node type; a later entry with the same type replaces an earlier one. */
export function executorMap(nodes: readonly RegisteredNode[]): ReadonlyMap<string, NodeExecutor> {
  return new Map(nodes.map((n) => [n.definition.type, n.executor]));
}
