import type { ExpressionScope } from './ast.js';
import { AstCache } from './ast-cache.js';
import { toText } from './coerce.js';
import { evaluateExpression } from './evaluate-expression.js';
import { parseTemplate, type TemplatePart } from './parse-template.js';

const cache = new AstCache<TemplatePart[]>(2000);

/** Parses through a bounded cache; throws ExpressionError on bad syntax. */
export function parseTemplateCached(source: string): TemplatePart[] {
  let parts = cache.get(source);
  if (parts === undefined) {
    parts = parseTemplate(source);
    cache.set(source, parts);
  }
  return parts;
}

/** Renders a template: null renders as '', objects and arrays as JSON. */
export function renderTemplate(source: string, scope: ExpressionScope): string {
  let out = '';
  for (const part of parseTemplateCached(source)) {
    out += part.kind === 'text' ? part.text : toText(evaluateExpression(part.expr, scope));
  }
  return out;
}
