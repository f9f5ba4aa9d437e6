import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';
import { useControlProps } from './use-control-props';

/**
 * A declared flow variable (`x-ui.widget: "variable"`). A value naming no declared
 * variable stays selectable and is marked, so opening an older flow changes nothing.
 */
export function VariableField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, t, variables } = useSchemaForm();
  const control = useControlProps(pointer);
  const current = typeof value === 'string' ? value : '';
  const undeclared = current !== '' && !variables.includes(current);
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale) ?? (variables.length === 0 ? t('forms.noVariables') : undefined)}>
      <select className="input" value={current} {...control} onChange={(event) => onChange(event.target.value === '' && !required ? undefined : event.target.value)}>
        <option value="">{t('forms.choose')}</option>
        {undeclared && <option value={current}>{t('forms.undeclaredVariable', { name: current })}</option>}
        {variables.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
