import { describe, expect, it } from 'vitest';
import type { ExpressionScope } from './ast.js';
import { evaluateExpression } from './evaluate-expression.js';
import { parseExpression } from './parse-expression.js';

const scope: ExpressionScope = {
  vars: {
    name: 'Ada',
    age: 42,
    ageText: '42',
    empty: '',
    blank: '   ',
    zero: 0,
    items: ['a', 'b'],
    order: { id: 'AB123456', lines: [{ sku: 'x', qty: 2 }] },
    nothing: null,
    undef: undefined,
  },
  message: { text: 'I want a REFUND please' },
  conversation: { locale: 'zh-CN' },
};
const ev = (source: string, s: ExpressionScope = scope) => evaluateExpression(source, s);

describe('evaluateExpression', () => {
  it('follows precedence', () => {
    expect(ev('1 + 2 * 3')).toBe(7);
    expect(ev('(1 + 2) * 3')).toBe(9);
    expect(ev('10 - 4 - 3')).toBe(3);
    expect(ev('-2 * 3')).toBe(-6);
    expect(ev('!false && false')).toBe(false);
    expect(ev('true || false && false')).toBe(true);
    expect(ev('7 % 4')).toBe(3);
  });

  it('reads roots and nested data', () => {
    expect(ev('vars.name')).toBe('Ada');
    expect(ev('vars.order.lines[0].qty')).toBe(2);
    expect(ev('vars.items[1]')).toBe('b');
    expect(ev('vars.items[vars.zero]')).toBe('a');
    expect(ev('message.text')).toBe('I want a REFUND please');
    expect(ev('conversation.locale')).toBe('zh-CN');
    expect(ev('vars.order')).toEqual({ id: 'AB123456', lines: [{ sku: 'x', qty: 2 }] });
  });

  it('reads anything missing as null', () => {
    expect(ev('vars.unknown')).toBeNull();
    expect(ev('vars.unknown.deeper.still')).toBeNull();
    expect(ev('vars.undef')).toBeNull();
    expect(ev('vars.items[5]')).toBeNull();
    expect(ev('vars.items[-1]')).toBeNull();
    expect(ev('vars.name.length')).toBeNull();
    expect(ev('message.text', { vars: {} })).toBeNull();
  });

  it('concatenates when either side of + is text, null as empty', () => {
    expect(ev("'Hi ' + vars.name")).toBe('Hi Ada');
    expect(ev("vars.age + '!'")).toBe('42!');
    expect(ev("'x' + vars.nothing")).toBe('x');
    expect(ev("'list: ' + vars.items")).toBe('list: ["a","b"]');
    expect(ev('vars.age + 1')).toBe(43);
    expect(ev('vars.nothing + 1')).toBeNull();
    expect(ev('true + 1')).toBeNull();
  });

  it('gives null for division by zero and non-numeric arithmetic', () => {
    expect(ev('1 / 0')).toBeNull();
    expect(ev('1 % 0')).toBeNull();
    expect(ev("'a' * 2")).toBeNull();
    expect(ev('-vars.name')).toBeNull();
    expect(ev('1e308 * 10')).toBeNull();
  });

  it('compares numbers with numeric text, but not with booleans or null', () => {
    expect(ev('vars.age == 42')).toBe(true);
    expect(ev("vars.age == '42'")).toBe(true);
    expect(ev("vars.ageText == 42.0")).toBe(true);
    expect(ev("vars.age == '42abc'")).toBe(false);
    expect(ev('vars.zero == false')).toBe(false);
    expect(ev("vars.empty == null")).toBe(false);
    expect(ev('vars.nothing == null')).toBe(true);
    expect(ev('vars.unknown == null')).toBe(true);
    expect(ev("vars.name != 'Ada'")).toBe(false);
    expect(ev("vars.items == vars.items")).toBe(true);
    expect(ev("vars.order.lines[0] == vars.order.lines[0]")).toBe(true);
  });

  it('orders numbers, numeric text and text; incomparable pairs are false', () => {
    expect(ev('vars.age > 40')).toBe(true);
    expect(ev("vars.ageText >= 42")).toBe(true);
    expect(ev("'b' > 'a'")).toBe(true);
    expect(ev("'10' < '9'")).toBe(true);
    expect(ev('vars.nothing < 1')).toBe(false);
    expect(ev('vars.nothing >= 1')).toBe(false);
    expect(ev('true > false')).toBe(false);
    expect(ev("vars.name < 5")).toBe(false);
    expect(ev("vars.name >= 5")).toBe(false);
  });

  it('short-circuits and returns an operand like JavaScript', () => {
    expect(ev("vars.nothing || 'friend'")).toBe('friend');
    expect(ev("vars.name || 'friend'")).toBe('Ada');
    expect(ev('vars.zero && vars.name')).toBe(0);
    expect(ev('!vars.empty')).toBe(true);
    expect(ev('!vars.items')).toBe(false);
  });

  it('provides the built-in functions', () => {
    expect(ev("contains(lower(message.text), 'refund')")).toBe(true);
    expect(ev("contains(vars.items, 'b')")).toBe(true);
    expect(ev("contains(vars.nothing, 'b')")).toBe(false);
    expect(ev("startsWith(vars.order.id, 'AB')")).toBe(true);
    expect(ev("endsWith(vars.order.id, '56')")).toBe(true);
    expect(ev('upper(vars.name)')).toBe('ADA');
    expect(ev("trim('  x ')")).toBe('x');
    expect(ev("len('你好')")).toBe(2);
    expect(ev('len(vars.items)')).toBe(2);
    expect(ev('len(vars.nothing)')).toBe(0);
    expect(ev('isEmpty(vars.blank)')).toBe(true);
    expect(ev('isEmpty(vars.unknown)')).toBe(true);
    expect(ev('isEmpty(vars.zero)')).toBe(false);
    expect(ev("number(' 12.5 ')")).toBe(12.5);
    expect(ev("number('12 apples')")).toBeNull();
    expect(ev('string(vars.age) + 1')).toBe('421');
    expect(ev('string(vars.nothing)')).toBe('');
  });

  it('never reaches prototypes or getters at run time', () => {
    const hostile: ExpressionScope = {
      vars: {
        key: '__proto__',
        ctor: 'constructor',
        obj: {},
        arr: [1],
        date: new Date(0),
        fn: () => 'called',
        withGetter: Object.defineProperty({}, 'secret', { get: () => 'leaked', enumerable: true }),
        inherited: Object.create({ secret: 'leaked' }) as object,
      },
    };
    expect(ev('vars.obj[vars.key]', hostile)).toBeNull();
    expect(ev('vars.obj[vars.ctor]', hostile)).toBeNull();
    expect(ev('vars.arr[vars.ctor]', hostile)).toBeNull();
    expect(ev('vars.date', hostile)).toBeNull();
    expect(ev('vars.fn', hostile)).toBeNull();
    expect(ev('vars.withGetter.secret', hostile)).toBeNull();
    expect(ev('vars.inherited.secret', hostile)).toBeNull();
    expect(ev("vars.obj['toString']", hostile)).toBeNull();
  });

  it('accepts a parsed tree as well as source text', () => {
    expect(evaluateExpression(parseExpression('vars.age * 2'), scope)).toBe(84);
  });
});
