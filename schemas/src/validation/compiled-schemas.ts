import type { ValidateFunction } from 'ajv/dist/2020.js';
import { flowSchema, settingsSchema } from '../schemas.js';
import { createAjv } from './create-ajv.js';

interface Compiled {
  flow: ValidateFunction;
  settings: ValidateFunction;
}

let compiled: Compiled | null = null;

/** The flow and settings validators, compiled on first use and then reused. */
export function compiledSchemas(): Compiled {
  if (compiled === null) {
    const ajv = createAjv();
    // settings.schema.json refers to flow.schema.json#/$defs/… by $id.
    ajv.addSchema(flowSchema);
    const flow = ajv.getSchema(String(flowSchema.$id));
    if (flow === undefined) throw new Error('flow schema did not compile');
    compiled = { flow, settings: ajv.compile(settingsSchema) };
  }
  return compiled;
}
