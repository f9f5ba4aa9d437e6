import { ajvErrorsToProblems } from './ajv-errors-to-problems.js';
import { configValidator } from './config-validators.js';
import type { FlowCheckContext } from './flow-check-context.js';

/**
 * Every node's type must be in the catalog, at a version the catalog can run, and
 * its config must satisfy the type's config schema.
 */
export function checkNodeTypes(ctx: FlowCheckContext): void {
  for (const node of ctx.shape.nodes) {
    if (node.type === null) continue;
    const entry = ctx.catalog.get(node.type);
    if (entry === undefined) {
      ctx.report('error', 'KEFU_FLOW_UNKNOWN_NODE_TYPE', `/nodes/${node.index}/type`, { type: node.type }, node.id);
      continue;
    }
    if (node.typeVersion !== null && node.typeVersion !== entry.typeVersion) {
      const params = { type: node.type, typeVersion: node.typeVersion, catalogVersion: entry.typeVersion };
      if (node.typeVersion > entry.typeVersion) {
        ctx.report('error', 'KEFU_FLOW_NODE_TYPE_VERSION_TOO_NEW', `/nodes/${node.index}/typeVersion`, params, node.id);
        continue;
      }
      ctx.report('warning', 'KEFU_FLOW_NODE_TYPE_VERSION_OLD', `/nodes/${node.index}/typeVersion`, params, node.id);
    }
    // A missing or non-object config is already a schema error of the flow document.
    if (node.config === null || typeof node.config !== 'object' || Array.isArray(node.config)) continue;
    const compiled = configValidator(entry);
    if (!compiled.ok) {
      ctx.report('error', 'KEFU_FLOW_CONFIG_SCHEMA_INVALID', `/nodes/${node.index}/type`, { type: node.type, detail: compiled.detail }, node.id);
      continue;
    }
    if (!compiled.validate(node.config)) {
      const extra = ctx.shape.id === null ? { nodeId: node.id } : { nodeId: node.id, flowId: ctx.shape.id };
      ctx.problems.push(...ajvErrorsToProblems(compiled.validate.errors, `/nodes/${node.index}/config`, extra));
    }
  }
}
