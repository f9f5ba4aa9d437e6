import { describe, expect, it } from 'vitest';
import { classifySchema } from './classify-schema';
import { defaultValue } from './default-value';
import { objectVariants, selectVariant } from './object-variants';
import { resolveSchema } from './resolve-schema';
import { schemas } from './test-schemas';
import { fieldHelp, fieldLabel, orderedProperties } from './ui-hints';

const property = (type: keyof typeof schemas, ...path: string[]) => {
  let schema = schemas[type];
  for (const segment of path) schema = (schema as Record<string, Record<string, unknown>>)[segment] as typeof schema;
  return schema;
};

describe('classifySchema over the built-in node schemas', () => {
  it('finds the widget kind of every field the built-ins use', () => {
    const ask = schemas.ask;
    expect(classifySchema(ask, ask).kind).toBe('object');
    expect(classifySchema(property('ask', 'properties', 'prompt'), ask).kind).toBe('string');
    expect(classifySchema(property('ask', 'properties', 'retries'), ask)).toEqual({ kind: 'number', integer: true });
    expect(classifySchema(property('ask', 'properties', 'validation', 'properties', 'kind'), ask)).toMatchObject({ kind: 'enum' });
    expect(classifySchema(property('ask', 'properties', 'validation', 'properties', 'choices'), ask).kind).toBe('object-list');
    const choice = property('ask', 'properties', 'validation', 'properties', 'choices', 'items');
    expect(classifySchema(property('ask', 'properties', 'validation', 'properties', 'choices', 'items', 'properties', 'synonyms'), choice).kind).toBe('string-list');
    expect(classifySchema(property('ask', 'properties', 'validation', 'properties', 'choices', 'items', 'properties', 'value'), choice)).toEqual({
      kind: 'scalar',
      types: ['string', 'number', 'boolean'],
    });
    expect(classifySchema(property('message', 'properties', 'buttons'), schemas.message).kind).toBe('object-list');
  });

  it('falls back to json for shapes it does not render', () => {
    expect(classifySchema({ type: 'array', items: { type: 'array' } }, {}).kind).toBe('json');
    expect(classifySchema({}, {}).kind).toBe('json');
    expect(classifySchema({ type: 'string', 'x-ui': { widget: 'hidden' } }, {}).kind).toBe('hidden');
  });

  it('resolves local $refs, keeping keywords beside them', () => {
    const root = { $defs: { id: { type: 'string', title: 'Id' } } };
    expect(resolveSchema({ $ref: '#/$defs/id', title: 'Choice id' }, root)).toEqual({ type: 'string', title: 'Choice id' });
    expect(resolveSchema({ $ref: '#/$defs/missing' }, root)).toEqual({ $ref: '#/$defs/missing' });
  });
});

describe('object variants', () => {
  const schema = {
    oneOf: [
      { type: 'object', properties: { kind: { const: 'email' }, address: { type: 'string' } }, required: ['kind', 'address'] },
      { type: 'object', properties: { kind: { const: 'ticket' }, queue: { type: 'string', default: 'support' } }, required: ['kind', 'queue'] },
    ],
  };

  it('finds the discriminator and picks the alternative of a value', () => {
    const variants = objectVariants(schema, schema);
    expect(variants?.discriminator).toBe('kind');
    expect(variants?.options.map((option) => option.value)).toEqual(['email', 'ticket']);
    expect(selectVariant(variants!, { kind: 'ticket' }).value).toBe('ticket');
    expect(selectVariant(variants!, { kind: 'other' }).value).toBe('email');
    expect(classifySchema(schema, schema).kind).toBe('variants');
  });

  it('is not a variant set without a distinct const in every alternative', () => {
    expect(objectVariants({ oneOf: [{ properties: { a: { type: 'string' } } }] }, {})).toBeNull();
    expect(objectVariants({ anyOf: [{ properties: { k: { const: 1 } } }, { properties: { k: { const: 1 } } }] }, {})).toBeNull();
  });

  it('defaults to the first alternative with its required fields', () => {
    expect(defaultValue(schema, schema)).toEqual({ kind: 'email', address: '' });
  });
});

describe('defaultValue', () => {
  it('fills the required fields of a new list item', () => {
    expect(defaultValue(property('message', 'properties', 'buttons', 'items'), schemas.message)).toEqual({ id: '', label: '' });
    expect(defaultValue(property('condition', 'properties', 'branches', 'items'), schemas.condition)).toEqual({ id: '', when: '' });
  });

  it('uses default, const, enum and minimum', () => {
    expect(defaultValue(property('ask', 'properties', 'retries'), schemas.ask)).toBe(2);
    expect(defaultValue({ const: 'x' }, {})).toBe('x');
    expect(defaultValue(property('ask', 'properties', 'validation'), schemas.ask)).toEqual({ kind: 'text' });
    expect(defaultValue({ type: 'integer', minimum: 5 }, {})).toBe(5);
    expect(defaultValue({ type: 'boolean' }, {})).toBe(false);
  });
});

describe('labels and order from x-ui', () => {
  const schema = {
    type: 'object',
    'x-ui': { order: ['b', 'missing'] },
    properties: {
      a: { type: 'string', title: 'A' },
      b: { type: 'string', description: 'plain help', 'x-ui': { title: { en: 'Bee', 'zh-CN': '蜜蜂' }, description: { en: 'Help', 'zh-CN': '帮助' } } },
      c: { type: 'string' },
    },
  };

  it('orders x-ui.order first, then declaration order, ignoring unknown names', () => {
    expect(orderedProperties(schema)).toEqual(['b', 'a', 'c']);
  });

  it('labels from x-ui.title in the locale, then title, then the property name', () => {
    expect(fieldLabel(schema.properties.b, 'b', 'zh-CN')).toBe('蜜蜂');
    expect(fieldLabel(schema.properties.b, 'b', 'en')).toBe('Bee');
    expect(fieldLabel(schema.properties.a, 'a', 'zh-CN')).toBe('A');
    expect(fieldLabel(schema.properties.c, 'c', 'en')).toBe('c');
    expect(fieldHelp(schema.properties.b, 'zh-CN')).toBe('帮助');
    expect(fieldHelp({ description: 'plain' }, 'zh-CN')).toBe('plain');
  });
});
