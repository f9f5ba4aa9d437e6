import { useRef } from 'react';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, readHints } from './ui-hints';
import { useControlProps } from './use-control-props';
import { insertAt } from './insert-at';

/**
 * A text with `{{ }}` placeholders (`x-ui.widget: "template"`) and a picker that inserts
 * `{{vars.name}}` at the cursor, so staff never type the placeholder syntax by hand.
 */
export function TemplateField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, t, variables } = useSchemaForm();
  const control = useControlProps(pointer);
  const area = useRef<HTMLTextAreaElement>(null);
  const text = typeof value === 'string' ? value : '';
  const change = (next: string) => onChange(next === '' && !required ? undefined : next);
  const insert = (name: string) => {
    const element = area.current;
    const { text: next, cursor } = insertAt(text, `{{vars.${name}}}`, element?.selectionStart ?? text.length, element?.selectionEnd ?? text.length);
    change(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(cursor, cursor);
    });
  };
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)}>
      <textarea
        ref={area}
        className="input schema-form__textarea"
        rows={3}
        value={text}
        maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
        placeholder={readHints(schema, locale).placeholder}
        {...control}
        onChange={(event) => change(event.target.value)}
      />
      <div className="schema-form__picker">
        <select
          className="input input--small"
          aria-label={t('forms.insertVariable')}
          data-testid={`${control['data-testid']}-insert-variable`}
          value=""
          disabled={variables.length === 0}
          title={variables.length === 0 ? t('forms.noVariables') : undefined}
          onChange={(event) => event.target.value && insert(event.target.value)}
        >
          <option value="">{t('forms.insertVariable')}…</option>
          {variables.map((name) => (
            <option key={name} value={name}>
              {`{{vars.${name}}}`}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}
