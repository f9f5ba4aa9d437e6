import type { Expr } from './ast.js';
import { parseExpressionCached } from './evaluate-expression.js';
import { parseTemplateCached } from './render-template.js';

export interface VariableRef {
  /** The flow variable, e.g. `order` for `vars.order.id`. */
  name: string;
  /** The static access path as written, e.g. `vars.order.id`. */
  path: string;
  /** Offset of the reference in the source (for templates: in the whole template). */
  position: number;
}

/**
 * The `vars.<name>` references of an expression or template, in source order, for
 * the "variable used but never declared" check. Throws ExpressionError on bad syntax.
 */
export function collectVariableRefs(source: string, kind: 'expression' | 'template'): VariableRef[] {
  const refs: VariableRef[] = [];
  if (kind === 'expression') {
    walk(parseExpressionCached(source), 0, refs);
  } else {
    for (const part of parseTemplateCached(source)) {
      if (part.kind === 'expr') walk(part.expr, part.position, refs);
    }
  }
  return refs;
}

function walk(expr: Expr, offset: number, refs: VariableRef[]): void {
  switch (expr.type) {
    case 'member': {
      const chain = staticChain(expr);
      if (chain !== null && chain.root === 'vars' && chain.properties[0] !== undefined) {
        refs.push({ name: chain.properties[0], path: ['vars', ...chain.properties].join('.'), position: offset + chain.position });
        return;
      }
      walk(expr.object, offset, refs);
      return;
    }
    case 'index':
      walk(expr.object, offset, refs);
      walk(expr.index, offset, refs);
      return;
    case 'unary':
      walk(expr.argument, offset, refs);
      return;
    case 'binary':
    case 'logical':
      walk(expr.left, offset, refs);
      walk(expr.right, offset, refs);
      return;
    case 'call':
      for (const arg of expr.args) walk(arg, offset, refs);
      return;
    default:
      return;
  }
}

/**
 * `vars.a.b` → root vars, properties [a, b]; null when the chain starts at a computed
 * index (`vars.list[vars.i].name`), whose own parts the walk then visits.
 */
function staticChain(expr: Expr): { root: string; properties: string[]; position: number } | null {
  const properties: string[] = [];
  let current: Expr = expr;
  while (current.type === 'member') {
    properties.unshift(current.property);
    current = current.object;
  }
  return current.type === 'root' ? { root: current.name, properties, position: current.position } : null;
}
