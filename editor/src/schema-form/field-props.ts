import type { JsonSchema } from '@kefu/schemas';

/** The props every field component takes: its schema, address and value. */
export interface FieldProps {
  schema: JsonSchema;
  /** JSON Pointer relative to the config, e.g. `/buttons/0/label`. */
  pointer: string;
  value: unknown;
  /** `undefined` removes the property (an optional field left empty). */
  onChange(next: unknown): void;
  label: string;
  required: boolean;
}
