import { collectVariableRefs } from '../expression/collect-variable-refs.js';
import { ExpressionError } from '../expression/expression-error.js';
import { collectWidgetFields } from './collect-widget-fields.js';
import type { FlowCheckContext } from './flow-check-context.js';

/**
 * Templates and expressions in node configs must parse, and every variable they read
 * or a `variable` field writes must be declared in the flow. Problems point at the
 * exact field, e.g. `/nodes/4/config/text`.
 */
export function checkConfigFields(ctx: FlowCheckContext): void {
  const declared = new Set(ctx.shape.variables.map((variable) => variable.name));
  for (const [nodeId, entry] of ctx.entries) {
    const node = ctx.nodesById.get(nodeId);
    if (node === undefined) continue;
    for (const field of collectWidgetFields(node.config, entry.configSchema)) {
      const path = `/nodes/${node.index}/config${field.pointer}`;
      if (typeof field.value !== 'string') continue;
      if (field.widget === 'variable') {
        if (field.value !== '' && !declared.has(field.value)) {
          ctx.report('error', 'KEFU_FLOW_UNDECLARED_VARIABLE', path, { name: field.value }, nodeId);
        }
        continue;
      }
      if (field.widget !== 'template' && field.widget !== 'expression') continue;
      // The schema already says "must not be empty"; a second problem on the same field is noise.
      if (field.value === '' && (field.minLength ?? 0) >= 1) continue;
      try {
        const reported = new Set<string>();
        for (const ref of collectVariableRefs(field.value, field.widget)) {
          if (declared.has(ref.name) || reported.has(ref.name)) continue;
          reported.add(ref.name);
          ctx.report('error', 'KEFU_FLOW_UNDECLARED_VARIABLE', path, { name: ref.name, column: ref.position + 1 }, nodeId);
        }
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        ctx.report('error', 'KEFU_FLOW_EXPRESSION_SYNTAX', path, { reason: error.reason, column: error.column, code: error.code }, nodeId);
      }
    }
  }
}
