import { useEffect, useState } from 'react';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';
import { useControlProps } from './use-control-props';

/**
 * The fallback for schema shapes the form does not render: the value as JSON text.
 * Text that does not parse stays in the box with its error; the value changes only
 * when it parses, so nothing half-typed reaches the document.
 */
export function JsonField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, t } = useSchemaForm();
  const control = useControlProps(pointer);
  const [text, setText] = useState(() => toText(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null && text !== toText(value)) setText(toText(value));
    // Only an outside change of the value resets the text.
  }, [value]);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setError(null);
      return onChange(undefined);
    }
    try {
      onChange(JSON.parse(next) as unknown);
      setError(null);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale) ?? t('forms.json.hint')}>
      <textarea className="input schema-form__textarea schema-form__json" rows={4} spellCheck={false} value={text} {...control} onChange={(event) => change(event.target.value)} />
      {error !== null && (
        <div className="schema-form__problem small" role="alert">
          {t('forms.json.invalid', { message: error })}
        </div>
      )}
    </FieldFrame>
  );
}

function toText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
