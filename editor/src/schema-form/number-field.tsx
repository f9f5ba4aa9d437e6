import { useEffect, useState } from 'react';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, readHints } from './ui-hints';
import { useControlProps } from './use-control-props';

/**
 * A number or integer with the schema's bounds. The text is kept while it does not
 * parse (`-`, `1.`) so typing is not fought; an empty optional field is removed.
 */
export function NumberField({ schema, pointer, value, onChange, label, required, integer }: FieldProps & { integer: boolean }) {
  const { locale } = useSchemaForm();
  const control = useControlProps(pointer);
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  useEffect(() => {
    if (typeof value === 'number' && Number(text) !== value) setText(String(value));
    if (value === undefined && text !== '' && !Number.isNaN(Number(text))) setText('');
    // Only an outside change of the value (undo, JSON view) resets the text.
  }, [value]);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') return onChange(undefined);
    const parsed = Number(next);
    if (!Number.isNaN(parsed)) onChange(parsed);
  };
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)}>
      <input
        className="input input--number"
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        step={integer ? 1 : 'any'}
        min={typeof schema.minimum === 'number' ? schema.minimum : undefined}
        max={typeof schema.maximum === 'number' ? schema.maximum : undefined}
        placeholder={readHints(schema, locale).placeholder ?? (typeof schema.default === 'number' ? String(schema.default) : undefined)}
        value={text}
        {...control}
        onChange={(event) => change(event.target.value)}
      />
    </FieldFrame>
  );
}
