/**
 * The raw JSON Schemas (draft 2020-12), e.g. for the editor's JSON editor
 * (Monaco) and for anyone validating documents with their own tools.
 */
import type { JsonSchema } from './catalog.js';
import flowSchemaJson from './json/flow.schema.json' with { type: 'json' };
import nodeDefinitionSchemaJson from './json/node-definition.schema.json' with { type: 'json' };
import settingsSchemaJson from './json/settings.schema.json' with { type: 'json' };

export const flowSchema: JsonSchema = flowSchemaJson;
export const settingsSchema: JsonSchema = settingsSchemaJson;
/** What a node type's definition (built-in or plugin) must look like. */
export const nodeDefinitionSchema: JsonSchema = nodeDefinitionSchemaJson;
