import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { ObjectProperties } from './object-properties';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';

/** A nested object (e.g. `ask`'s accepted answers) as a titled group of its fields. */
export function ObjectField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale } = useSchemaForm();
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)} group>
      <ObjectProperties schema={schema} pointer={pointer} value={value} onChange={onChange} />
    </FieldFrame>
  );
}
