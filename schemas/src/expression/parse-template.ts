/**
 * Templates: text with `{{ expression }}` placeholders, e.g. `Hello {{vars.name}}!`.
 * A `}}` inside a quoted string of the expression does not close the placeholder.
 * Text outside placeholders is literal; a lone `}}` in it is kept as is.
 */
import type { Expr } from './ast.js';
import { ExpressionError } from './expression-error.js';
import { MAX_EXPRESSION_LENGTH, parseExpression } from './parse-expression.js';

export type TemplatePart =
  | { kind: 'text'; text: string }
  /** `position` is the offset of the expression's source within the template. */
  | { kind: 'expr'; expr: Expr; source: string; position: number };

/** Templates are longer than expressions (whole messages), but still bounded. */
export const MAX_TEMPLATE_LENGTH = 20_000;

export function parseTemplate(source: string): TemplatePart[] {
  if (typeof source !== 'string') throw new ExpressionError('Template must be text', 0);
  if (source.length > MAX_TEMPLATE_LENGTH) {
    throw new ExpressionError(`Template is longer than ${MAX_TEMPLATE_LENGTH} characters`, MAX_TEMPLATE_LENGTH, 'KEFU_EXPR_TOO_LONG');
  }
  const parts: TemplatePart[] = [];
  let cursor = 0;
  for (;;) {
    const open = source.indexOf('{{', cursor);
    if (open === -1) break;
    if (open > cursor) parts.push({ kind: 'text', text: source.slice(cursor, open) });
    const close = findClose(source, open + 2);
    if (close === -1) throw new ExpressionError("Unclosed '{{', expected '}}'", open);
    const inner = source.slice(open + 2, close);
    const leading = inner.length - inner.trimStart().length;
    const exprSource = inner.trim();
    const position = open + 2 + leading;
    if (exprSource === '') throw new ExpressionError("Empty '{{ }}'", open);
    if (exprSource.length > MAX_EXPRESSION_LENGTH) {
      throw new ExpressionError(`Expression is longer than ${MAX_EXPRESSION_LENGTH} characters`, position, 'KEFU_EXPR_TOO_LONG');
    }
    parts.push({ kind: 'expr', expr: parseShifted(exprSource, position), source: exprSource, position });
    cursor = close + 2;
  }
  if (cursor < source.length) parts.push({ kind: 'text', text: source.slice(cursor) });
  return parts;
}

/** Parses a placeholder and reports errors at their offset in the whole template. */
function parseShifted(exprSource: string, offset: number): Expr {
  try {
    return parseExpression(exprSource);
  } catch (error) {
    if (error instanceof ExpressionError) throw new ExpressionError(error.reason, offset + error.position, error.code);
    throw error;
  }
}

/** Index of the `}}` closing a placeholder, skipping quoted strings; -1 if none. */
function findClose(source: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '}' && source[i + 1] === '}') {
      return i;
    }
  }
  return -1;
}
