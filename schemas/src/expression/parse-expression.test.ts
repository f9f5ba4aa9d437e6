import { describe, expect, it } from 'vitest';
import { ExpressionError } from './expression-error.js';
import { MAX_EXPRESSION_DEPTH, parseExpression } from './parse-expression.js';

function errorOf(source: string): ExpressionError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`expected ${source} to fail`);
}

describe('parseExpression', () => {
  it('binds * tighter than + and + tighter than comparison', () => {
    const expr = parseExpression('1 + 2 * 3 > 4');
    expect(expr).toMatchObject({
      type: 'binary',
      operator: '>',
      left: { type: 'binary', operator: '+', right: { type: 'binary', operator: '*' } },
    });
  });

  it('binds && tighter than ||, and comparison tighter than &&', () => {
    expect(parseExpression('vars.a || vars.b && vars.c == 1')).toMatchObject({
      type: 'logical',
      operator: '||',
      right: { type: 'logical', operator: '&&', right: { type: 'binary', operator: '==' } },
    });
  });

  it('is left-associative', () => {
    expect(parseExpression('10 - 4 - 3')).toMatchObject({ operator: '-', left: { operator: '-' }, right: { value: 3 } });
  });

  it('reads member chains, literal indexes and computed indexes', () => {
    expect(parseExpression("vars.order['id']")).toMatchObject({
      type: 'member',
      property: 'id',
      object: { type: 'member', property: 'order', object: { type: 'root', name: 'vars' } },
    });
    expect(parseExpression('vars.items[vars.i]')).toMatchObject({ type: 'index', index: { type: 'member', property: 'i' } });
  });

  it('decodes string escapes in both quote styles', () => {
    expect(parseExpression(String.raw`'it\'s\n\t\\ \u4F60'`)).toMatchObject({ value: "it's\n\t\\ 你" });
    expect(parseExpression(String.raw`"say \"hi\""`)).toMatchObject({ value: 'say "hi"' });
  });

  it('reads numbers with fractions and exponents', () => {
    expect(parseExpression('1.5e3')).toMatchObject({ value: 1500 });
  });

  it('reports the column of an unexpected token', () => {
    const error = errorOf('(1 + 2))');
    expect(error.message).toBe("Unexpected ')' at column 8");
    expect(error.position).toBe(7);
    expect(error.column).toBe(8);
  });

  it.each([
    ['vars.a +', 'Unexpected end of expression at column 9'],
    ['vars.a = 1', "Unexpected '=', use '==' to compare at column 8"],
    ['vars.a === 1', "'===' is not supported, use '==' at column 8"],
    ["'abc", 'Unterminated string at column 1'],
    [String.raw`'\x'`, String.raw`Invalid escape '\x' at column 2`],
    ['foo == 1', "Unknown name 'foo' (use vars.foo for a flow variable) at column 1"],
    ['shout(vars.a)', "Unknown function 'shout' at column 1"],
    ['contains(vars.a)', 'contains() takes 2 arguments, got 1 at column 1'],
    ['lower(vars.a, 1)', 'lower() takes 1 argument, got 2 at column 1'],
    ['message.txt', "'message' has no property 'txt' (known: text) at column 9"],
    ['vars', "'vars' must be followed by a property, e.g. vars.orderId at column 1"],
    ['vars.a(1)', 'Only the built-in functions can be called at column 7'],
    ['12abc', "Invalid number '12a' at column 1"],
    ['', 'Expression is empty at column 1'],
    ['1 # 2', "Unexpected character '#' at column 3"],
  ])('rejects %s', (source, message) => {
    expect(errorOf(source).message).toBe(message);
  });

  it.each(['vars.__proto__', 'vars.a.constructor', "vars['prototype']", 'vars.x["__proto__"].y'])(
    'rejects prototype access in %s at parse time',
    (source) => {
      expect(errorOf(source).code).toBe('KEFU_EXPR_FORBIDDEN');
    },
  );

  it('limits the source length', () => {
    expect(errorOf(`'${'a'.repeat(2000)}'`).code).toBe('KEFU_EXPR_TOO_LONG');
    expect(() => parseExpression(`'${'a'.repeat(1990)}'`)).not.toThrow();
  });

  it('limits nesting depth of parentheses, unary operators and operator chains', () => {
    const ok = `${'('.repeat(20)}1${')'.repeat(20)}`;
    expect(() => parseExpression(ok)).not.toThrow();
    expect(errorOf(`${'('.repeat(500)}1${')'.repeat(500)}`).code).toBe('KEFU_EXPR_TOO_DEEP');
    expect(errorOf(`${'!'.repeat(100)}true`).code).toBe('KEFU_EXPR_TOO_DEEP');
    expect(errorOf(Array.from({ length: MAX_EXPRESSION_DEPTH + 1 }, () => '1').join(' + ')).code).toBe('KEFU_EXPR_TOO_DEEP');
    expect(() => parseExpression(Array.from({ length: MAX_EXPRESSION_DEPTH - 1 }, () => '1').join(' + '))).not.toThrow();
  });
});
