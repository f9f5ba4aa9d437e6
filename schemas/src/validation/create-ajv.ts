import { Ajv2020 } from 'ajv/dist/2020.js';
import { FORMATS } from './formats.js';

/**
 * One configuration for every validator: all errors (a form shows them all at once),
 * `verbose` so messages can quote the failing schema (limits, known fields), strict
 * mode so a typo in a schema keyword fails loudly, and `x-ui` known as an annotation.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
  });
  ajv.addVocabulary(['x-ui']);
  for (const [name, validate] of Object.entries(FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}
