import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { isRecord } from './json-pointer';
import { ObjectProperties } from './object-properties';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';

/** A nested object (e.g. `ask`'s accepted answers) as a titled group of its fields. */
export function ObjectField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale } = useSchemaForm();
  const shown = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)} shownChildren={shown} group>
      <ObjectProperties schema={schema} pointer={pointer} value={value} onChange={onChange} />
    </FieldFrame>
  );
}
