import { ajvErrorsToProblems } from './ajv-errors-to-problems.js';
import { compiledSchemas } from './compiled-schemas.js';
import { toValidationResult, type ValidationResult } from './problem.js';

/** Validates bundle settings against settings.schema.json. */
export function validateSettings(doc: unknown): ValidationResult {
  const { settings } = compiledSchemas();
  return toValidationResult(settings(doc) ? [] : ajvErrorsToProblems(settings.errors));
}
