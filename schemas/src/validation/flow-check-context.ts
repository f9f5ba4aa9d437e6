import type { NodeCatalogEntry } from '../catalog.js';
import { makeProblem } from './make-problem.js';
import type { Problem, Severity } from './problem.js';
import type { FlowShape, NodeShape } from './read-flow-shape.js';

/** What every semantic check of one flow reads, and where it reports. */
export interface FlowCheckContext {
  shape: FlowShape;
  catalog: ReadonlyMap<string, NodeCatalogEntry>;
  /** First node with each id (a repeated id is itself reported). */
  nodesById: ReadonlyMap<string, NodeShape>;
  /** Catalog entry of each node whose type is known. */
  entries: ReadonlyMap<string, NodeCatalogEntry>;
  problems: Problem[];
  report(severity: Severity, code: string, path: string, params?: Record<string, string | number>, nodeId?: string): void;
}

export function createFlowCheckContext(shape: FlowShape, catalog: readonly NodeCatalogEntry[]): FlowCheckContext {
  const catalogByType = new Map(catalog.map((entry) => [entry.type, entry]));
  const nodesById = new Map<string, NodeShape>();
  const entries = new Map<string, NodeCatalogEntry>();
  for (const node of shape.nodes) {
    if (nodesById.has(node.id)) continue;
    nodesById.set(node.id, node);
    const entry = node.type === null ? undefined : catalogByType.get(node.type);
    if (entry !== undefined) entries.set(node.id, entry);
  }
  const problems: Problem[] = [];
  const flowId = shape.id ?? undefined;
  return {
    shape,
    catalog: catalogByType,
    nodesById,
    entries,
    problems,
    report(severity, code, path, params = {}, nodeId) {
      const extra: Pick<Problem, 'flowId' | 'nodeId'> = {};
      if (flowId !== undefined) extra.flowId = flowId;
      if (nodeId !== undefined) extra.nodeId = nodeId;
      problems.push(makeProblem(severity, code, path, params, extra));
    },
  };
}
