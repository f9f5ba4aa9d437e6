import { describe, expect, it } from 'vitest';
import { collectVariableRefs } from './collect-variable-refs.js';
import { ExpressionError } from './expression-error.js';
import { parseTemplate } from './parse-template.js';
import { renderTemplate } from './render-template.js';

const scope = { vars: { name: 'Ada', n: null, order: { id: 'AB1' }, tags: ['x'] }, message: { text: 'hi' } };

describe('templates', () => {
  it('renders placeholders; null as empty, objects as JSON', () => {
    expect(renderTemplate('Hello {{vars.name}}!', scope)).toBe('Hello Ada!');
    expect(renderTemplate('[{{ vars.n }}]', scope)).toBe('[]');
    expect(renderTemplate('{{vars.order}} {{vars.tags}}', scope)).toBe('{"id":"AB1"} ["x"]');
    expect(renderTemplate('{{ 1 + 1 }}{{ true }}', scope)).toBe('2true');
    expect(renderTemplate('no placeholders }} here', scope)).toBe('no placeholders }} here');
    expect(renderTemplate('', scope)).toBe('');
  });

  it("does not close a placeholder on '}}' inside a string", () => {
    expect(renderTemplate("a{{ '}}' + vars.name }}b", scope)).toBe('a}}Adab');
  });

  it('splits into parts with expression positions in the template', () => {
    const parts = parseTemplate('Hi {{  vars.name }}.');
    expect(parts).toHaveLength(3);
    expect(parts[1]).toMatchObject({ kind: 'expr', source: 'vars.name', position: 7 });
  });

  it('reports errors at their column in the whole template', () => {
    expect(() => parseTemplate('Hello {{ vars.name + }}')).toThrow('Unexpected end of expression at column 21');
    expect(() => parseTemplate('Hello {{ vars.name')).toThrow("Unclosed '{{', expected '}}' at column 7");
    expect(() => parseTemplate('x {{ }}')).toThrow("Empty '{{ }}' at column 3");
    try {
      parseTemplate('ab {{ vars.__proto__ }}');
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).code).toBe('KEFU_EXPR_FORBIDDEN');
      expect((error as ExpressionError).position).toBe(11);
    }
    expect.assertions(6);
  });
});

describe('collectVariableRefs', () => {
  it('lists vars references with their access path, skipping other roots', () => {
    expect(collectVariableRefs("vars.order.id == 'x' && contains(message.text, vars.word) || vars.list[vars.i].name", 'expression')).toEqual([
      { name: 'order', path: 'vars.order.id', position: 0 },
      { name: 'word', path: 'vars.word', position: 47 },
      { name: 'list', path: 'vars.list', position: 61 },
      { name: 'i', path: 'vars.i', position: 71 },
    ]);
  });

  it('finds references in templates at their template offset', () => {
    expect(collectVariableRefs('Order {{vars.order.id}} for {{ vars.name }}', 'template')).toEqual([
      { name: 'order', path: 'vars.order.id', position: 8 },
      { name: 'name', path: 'vars.name', position: 31 },
    ]);
  });

  it('throws on bad syntax', () => {
    expect(() => collectVariableRefs('vars.a +', 'expression')).toThrow(ExpressionError);
  });
});
