import { flowSchema, type JsonSchema } from '@kefu/schemas';
import { jsonDefaults } from './load-monaco';

/**
 * The composed flow schema registered with Monaco's JSON service. Flow documents
 * carry `"$schema": "https://kefu.dev/schemas/flow.schema.json"`, and a document's
 * `$schema` wins over file associations, so the composed schema is registered under
 * that very URI (nothing is fetched) and also matched to every open flow model.
 */
const FLOW_SCHEMA_URI = typeof flowSchema.$id === 'string' ? flowSchema.$id : 'https://kefu.dev/schemas/flow.schema.json';
const models = new Set<string>();
let current: JsonSchema = flowSchema;

export function registerFlowSchema(modelUri: string, schema: JsonSchema): void {
  models.add(modelUri);
  current = schema;
  apply();
}

export function unregisterFlowSchema(modelUri: string): void {
  models.delete(modelUri);
  apply();
}

function apply(): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: FLOW_SCHEMA_URI, fileMatch: [...models], schema: current }],
  });
}
