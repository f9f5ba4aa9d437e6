import type { FieldProps } from './field-props';
import { problemsAt } from './form-problem';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';
import { useControlProps } from './use-control-props';

/** A checkbox; unticking an optional flag removes it. */
export function BooleanField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, problems } = useSchemaForm();
  const control = useControlProps(pointer);
  const help = fieldHelp(schema, locale);
  return (
    <div className="field schema-form__field">
      <label className="checkbox">
        <input type="checkbox" checked={value === true} {...control} onChange={(event) => onChange(event.target.checked ? true : required ? false : undefined)} />
        {label}
      </label>
      {help && (
        <div id={`${control.id}-help`} className="field__hint muted small">
          {help}
        </div>
      )}
      {problemsAt(problems, pointer).map((problem) => (
        <div key={problem.message} className="schema-form__problem small" role="alert">
          {problem.message}
        </div>
      ))}
    </div>
  );
}
