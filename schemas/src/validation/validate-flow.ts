import type { NodeCatalogEntry } from '../catalog.js';
import { ajvErrorsToProblems } from './ajv-errors-to-problems.js';
import { checkConfigFields } from './check-config-fields.js';
import { checkCycles } from './check-cycles.js';
import { checkEdges } from './check-edges.js';
import { checkIds } from './check-ids.js';
import { checkNodeTypes } from './check-node-types.js';
import { checkReachability } from './check-reachability.js';
import { compiledSchemas } from './compiled-schemas.js';
import { createFlowCheckContext } from './flow-check-context.js';
import { flowGraph } from './flow-graph.js';
import { toValidationResult, type Problem, type ValidationResult } from './problem.js';
import { readFlowShape } from './read-flow-shape.js';

/**
 * Validates one flow document: the flow schema, each node's config against its
 * type's schema from `catalog`, then the semantic checks (ids, types, edges and
 * ports, variables and expressions, reachability, loops without input). Semantic
 * checks run on whatever parts are well-formed, so one pass shows every problem.
 */
export function validateFlow(doc: unknown, catalog: readonly NodeCatalogEntry[]): ValidationResult {
  const { flow } = compiledSchemas();
  const shape = readFlowShape(doc);
  const extra = shape.id === null ? {} : { flowId: shape.id };
  const problems: Problem[] = flow(doc) ? [] : ajvErrorsToProblems(flow.errors, '', extra);
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
    const ctx = createFlowCheckContext(shape, catalog);
    checkIds(ctx);
    checkNodeTypes(ctx);
    checkEdges(ctx);
    checkConfigFields(ctx);
    const successors = flowGraph(ctx);
    checkReachability(ctx, successors);
    checkCycles(ctx, successors);
    problems.push(...ctx.problems);
  }
  // Structural problems inside a node name it too, so the editor can highlight it.
  const nodeIds = new Map(shape.nodes.map((node) => [String(node.index), node.id]));
  for (const problem of problems) {
    if (problem.nodeId !== undefined) continue;
    const nodeId = nodeIds.get(/^\/nodes\/(\d+)(\/|$)/.exec(problem.path)?.[1] ?? '');
    if (nodeId !== undefined) problem.nodeId = nodeId;
  }
  return toValidationResult(problems);
}
