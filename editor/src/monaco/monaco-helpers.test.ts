import { flowSchema, type NodeCatalogEntry } from '@kefu/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../schema-form/test-schemas';
import { composeFlowSchema } from './compose-flow-schema';
import { expressionCompletions } from './expression-completions';
import { expressionProblems } from './expression-problems';
import { parseJsonText } from './parse-json-text';

const flow = (config: unknown, type = 'message') => ({
  schemaVersion: 1,
  id: 'f',
  name: 'F',
  locale: 'en',
  variables: [],
  startNodeId: 'a',
  nodes: [{ id: 'a', type, typeVersion: 1, position: { x: 0, y: 0 }, config }],
  edges: [],
});

describe('composeFlowSchema', () => {
  const withRefs: NodeCatalogEntry = {
    ...catalogEntry('message'),
    type: 'acme/lookup',
    configSchema: { $schema: 'x', type: 'object', properties: { order: { $ref: '#/$defs/id' } }, required: ['order'], additionalProperties: false, $defs: { id: { type: 'string', pattern: '^[0-9]+$' } } },
  };
  const validate = new Ajv2020({ strict: false }).compile(composeFlowSchema(flowSchema, [catalogEntry('message'), withRefs]));

  it('checks each node config against its type schema', () => {
    expect(validate(flow({ text: 'Hi' }))).toBe(true);
    expect(validate(flow({ text: 'Hi', oops: 1 }))).toBe(false);
    expect(validate(flow({}))).toBe(false);
  });

  it('keeps a plugin schema local $refs working', () => {
    expect(validate(flow({ order: '42' }, 'acme/lookup'))).toBe(true);
    expect(validate(flow({ order: 'x' }, 'acme/lookup'))).toBe(false);
  });

  it('leaves unknown node types to the semantic checker', () => {
    expect(validate(flow({ anything: true }, 'unknown'))).toBe(true);
  });
});

describe('expressionCompletions', () => {
  const labels = (text: string) => expressionCompletions(text, ['tier', 'age']).map((item) => item.label);

  it('offers declared variables after vars.', () => {
    expect(labels('vars.')).toEqual(['tier', 'age']);
    expect(expressionCompletions('len(vars.ti', ['tier'])[0]).toMatchObject({ label: 'tier', replace: 2 });
  });

  it('offers message.text, functions and literals elsewhere', () => {
    const all = labels('contains(');
    expect(all).toEqual(expect.arrayContaining(['vars.tier', 'message.text', 'conversation.locale', 'lower', 'startsWith', 'true']));
    expect(labels('message.')).toEqual(['text']);
    expect(expressionCompletions('low', [])[0]?.replace).toBe(3);
    expect(expressionCompletions('', []).find((item) => item.label === 'lower')?.insertText).toBe('lower($1)');
  });

  it('offers nothing inside a string', () => {
    expect(labels("contains(message.text, 'va")).toEqual([]);
    expect(labels("'it\\'s' == vars.")).toEqual(['tier', 'age']);
  });
});

describe('expressionProblems', () => {
  it('marks the syntax error at its column', () => {
    expect(expressionProblems('vars.a ==', ['a'])).toEqual([{ start: 9, end: 10, message: expect.any(String) }]);
    expect(expressionProblems('vars.a = 1', ['a'])[0]?.start).toBe(7);
  });

  it('marks undeclared variables and accepts declared ones', () => {
    expect(expressionProblems('vars.a > 1 && vars.b', ['a'])).toEqual([{ start: 14, end: 20, message: expect.stringContaining('"b"') }]);
    expect(expressionProblems("lower(message.text) == 'hi'", [])).toEqual([]);
    expect(expressionProblems('  ', [])).toEqual([]);
  });
});

describe('parseJsonText', () => {
  it('returns the value or the line and column of the error', () => {
    expect(parseJsonText('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const broken = parseJsonText('{\n  "a": 1,\n  "b": }');
    expect(broken).toMatchObject({ ok: false, line: 3 });
    if (!broken.ok) expect(broken.column).toBeGreaterThan(5);
  });
});
