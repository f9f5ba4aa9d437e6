/** Config forms generated from JSON Schema and `x-ui` hints (see docs/plugins.md). */
export { SchemaForm, type SchemaFormProps } from './schema-form';
export type { FormProblem } from './form-problem';
export type { FlowOption } from './schema-form-context';
export { focusField } from './focus-field';
export { fieldTestId } from './json-pointer';
export { validateConfig } from './validate-config';
