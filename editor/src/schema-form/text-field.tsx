import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, readHints } from './ui-hints';
import { useControlProps } from './use-control-props';

const INPUT_TYPES: Record<string, string> = { email: 'email', uri: 'url', 'date-time': 'datetime-local', date: 'date' };

/**
 * A string: one line, several lines (`x-ui.widget: "multiline"` or a long `maxLength`),
 * an email or URL input by `format`, or a flow id with the bundle's flows suggested.
 * Clearing an optional field removes it instead of saving an empty text.
 */
export function TextField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, flows } = useSchemaForm();
  const control = useControlProps(pointer);
  const hints = readHints(schema, locale);
  const text = typeof value === 'string' ? value : '';
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  const change = (next: string) => onChange(next === '' && !required ? undefined : next);
  const multiline = hints.widget === 'multiline' || (maxLength !== undefined && maxLength > 500 && hints.widget !== 'flow');
  const listId = `${control.id}-flows`;
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)}>
      {multiline ? (
        <textarea className="input schema-form__textarea" rows={3} value={text} maxLength={maxLength} placeholder={hints.placeholder} {...control} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          className="input"
          type={(typeof schema.format === 'string' && INPUT_TYPES[schema.format]) || 'text'}
          value={text}
          maxLength={maxLength}
          placeholder={hints.placeholder}
          list={hints.widget === 'flow' ? listId : undefined}
          {...control}
          onChange={(event) => change(event.target.value)}
        />
      )}
      {hints.widget === 'flow' && (
        <datalist id={listId}>
          {flows.map((flow) => (
            <option key={flow.id} value={flow.id}>
              {flow.name}
            </option>
          ))}
        </datalist>
      )}
    </FieldFrame>
  );
}
