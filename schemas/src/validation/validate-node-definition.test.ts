import { describe, expect, it } from 'vitest';
import { validateNodeDefinition } from './validate-node-definition.js';

const closedConfig = {
  type: 'object',
  additionalProperties: false,
  required: ['orderVariable'],
  properties: { orderVariable: { type: 'string', minLength: 1 } },
};

function definition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'acme/order-status',
    typeVersion: 1,
    title: { en: 'Order status', 'zh-CN': '订单状态' },
    category: 'integration',
    icon: 'package',
    ports: [
      { name: 'found', title: { en: 'Found', 'zh-CN': '找到' } },
      { name: 'not-found', title: { en: 'Not found', 'zh-CN': '未找到' } },
    ],
    waitsForInput: false,
    configSchema: closedConfig,
    ...overrides,
  };
}

const paths = (value: unknown) => validateNodeDefinition(value).problems.map((problem) => `${problem.path}: ${problem.message}`);

describe('validateNodeDefinition', () => {
  it('accepts a complete definition with a closed config schema', () => {
    expect(validateNodeDefinition(definition())).toEqual({ ok: true, problems: [] });
  });

  it('points at each field of the shape that is wrong', () => {
    const problems = paths(definition({ type: 'Acme/Order', typeVersion: 0, title: { en: 'Order' }, category: 'crm', ports: [{ name: 'found' }], colour: 'red' }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/type: /),
        expect.stringMatching(/^\/typeVersion: /),
        expect.stringMatching(/^\/title: .*zh-CN/),
        expect.stringMatching(/^\/category: /),
        expect.stringMatching(/^\/ports\/0: .*title/),
        expect.stringMatching(/^\/colour: |^: .*colour/),
      ]),
    );
  });

  it('reports config-schema problems together with shape problems', () => {
    expect(paths(definition({ category: 'crm', configSchema: { type: 'object' } }))).toEqual([
      expect.stringMatching(/^\/category: /),
      '/configSchema/additionalProperties: the config schema must be closed ("additionalProperties": false), so a misspelt field is an error',
    ]);
  });

  it('refuses a declared error port and a port declared twice', () => {
    const title = { en: 'x', 'zh-CN': 'x' };
    expect(paths(definition({ ports: [{ name: 'found', title }, { name: 'error', title }, { name: 'found', title }] }))).toEqual([
      '/ports/1/name: the "error" port is implicit on every node and must not be declared',
      '/ports/2/name: port "found" is already declared by /ports/0',
    ]);
  });

  it('wants the config schema to be a closed object that compiles', () => {
    expect(paths(definition({ configSchema: { type: 'string' } }))).toEqual(['/configSchema/type: the config schema must describe an object ("type": "object")']);
    expect(paths(definition({ configSchema: { type: 'object', properties: {} } }))).toEqual([
      '/configSchema/additionalProperties: the config schema must be closed ("additionalProperties": false), so a misspelt field is an error',
    ]);
    const broken = paths(definition({ type: 'acme/broken', configSchema: { type: 'object', additionalProperties: false, properties: { n: { type: 'integer', minimum: 'one' } } } }));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^\/configSchema: the config schema does not compile: /);
  });
});
