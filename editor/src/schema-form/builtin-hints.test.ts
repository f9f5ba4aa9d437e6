import type { JsonSchema } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { isRecord } from './json-pointer';
import { schemas } from './test-schemas';
import { WIDGETS } from './ui-hints';

/** Every property schema of a config schema, with its pointer in the schema. */
function propertySchemas(schema: JsonSchema, at = ''): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isRecord(property)) continue;
    found.push([`${at}/${name}`, property], ...propertySchemas(property, `${at}/${name}`));
    if (isRecord(property.items)) found.push(...propertySchemas(property.items, `${at}/${name}/items`));
  }
  return found;
}

describe('x-ui hints of the built-in node schemas', () => {
  for (const [type, schema] of Object.entries(schemas)) {
    it(`${type}: every field has an en and zh-CN title, known widgets and a valid order`, () => {
      for (const [pointer, property] of propertySchemas(schema)) {
        const hints = isRecord(property['x-ui']) ? property['x-ui'] : {};
        const title = isRecord(hints.title) ? hints.title : {};
        expect({ pointer, en: typeof title.en, zh: typeof title['zh-CN'] }).toEqual({ pointer, en: 'string', zh: 'string' });
        if (hints.widget !== undefined) expect(WIDGETS).toContain(hints.widget);
        if (Array.isArray(hints.order)) {
          const names = Object.keys(isRecord(property.properties) ? property.properties : {});
          for (const name of hints.order) expect(names).toContain(name);
        }
      }
    });
  }
});
