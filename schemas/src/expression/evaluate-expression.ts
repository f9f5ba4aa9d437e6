/**
 * Evaluates an expression against a scope. Total by design: a well-formed expression
 * never throws at run time. Missing data reads as null, arithmetic on non-numbers and
 * division by zero give null, incomparable comparisons are false (rules in
 * compare-values.ts). Property reads are limited to own data properties of plain
 * objects and arrays (coerce.ts).
 */
import type { Expr, ExpressionScope, ExprValue } from './ast.js';
import { AstCache } from './ast-cache.js';
import { BUILTIN_FUNCTIONS } from './builtin-functions.js';
import { finiteOrNull, isTruthy, readProperty, toExprValue, toText } from './coerce.js';
import { compareValues, valuesEqual } from './compare-values.js';
import { parseExpression } from './parse-expression.js';

const cache = new AstCache<Expr>(2000);

/** Parses through a bounded cache; throws ExpressionError on bad syntax. */
export function parseExpressionCached(source: string): Expr {
  let expr = cache.get(source);
  if (expr === undefined) {
    expr = parseExpression(source);
    cache.set(source, expr);
  }
  return expr;
}

export function evaluateExpression(exprOrSource: Expr | string, scope: ExpressionScope): ExprValue {
  const expr = typeof exprOrSource === 'string' ? parseExpressionCached(exprOrSource) : exprOrSource;
  return toExprValue(evaluate(expr, scope));
}

function evaluate(expr: Expr, scope: ExpressionScope): unknown {
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'root':
      return scope[expr.name] ?? null;
    case 'member':
      return readProperty(evaluate(expr.object, scope), expr.property);
    case 'index': {
      const key = evaluate(expr.index, scope);
      if (typeof key !== 'string' && typeof key !== 'number') return null;
      return readProperty(evaluate(expr.object, scope), key);
    }
    case 'unary': {
      const value = evaluate(expr.argument, scope);
      if (expr.operator === '!') return !isTruthy(value);
      return typeof value === 'number' ? finiteOrNull(-value) : null;
    }
    case 'logical': {
      // Like JavaScript, returns an operand, so `vars.name || 'friend'` gives a default.
      const left = evaluate(expr.left, scope);
      if (expr.operator === '&&') return isTruthy(left) ? evaluate(expr.right, scope) : left;
      return isTruthy(left) ? left : evaluate(expr.right, scope);
    }
    case 'binary':
      return binary(expr.operator, evaluate(expr.left, scope), evaluate(expr.right, scope));
    case 'call':
      return BUILTIN_FUNCTIONS[expr.callee].call(expr.args.map((arg) => evaluate(arg, scope)));
  }
}

function binary(operator: Extract<Expr, { type: 'binary' }>['operator'], left: unknown, right: unknown): unknown {
  switch (operator) {
    case '==':
      return valuesEqual(left, right);
    case '!=':
      return !valuesEqual(left, right);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const order = compareValues(left, right);
      if (order === null) return false;
      if (operator === '<') return order < 0;
      if (operator === '<=') return order <= 0;
      if (operator === '>') return order > 0;
      return order >= 0;
    }
    case '+':
      if (typeof left === 'string' || typeof right === 'string') return toText(left) + toText(right);
      return typeof left === 'number' && typeof right === 'number' ? finiteOrNull(left + right) : null;
    default:
      return arithmetic(operator, left, right);
  }
}

function arithmetic(operator: '-' | '*' | '/' | '%', left: unknown, right: unknown): number | null {
  if (typeof left !== 'number' || typeof right !== 'number') return null;
  if ((operator === '/' || operator === '%') && right === 0) return null;
  if (operator === '-') return finiteOrNull(left - right);
  if (operator === '*') return finiteOrNull(left * right);
  if (operator === '/') return finiteOrNull(left / right);
  return finiteOrNull(left % right);
}
