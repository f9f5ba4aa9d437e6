import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, localized } from './ui-hints';
import { isRecord } from './json-pointer';
import { useControlProps } from './use-control-props';

/**
 * One of the schema's `enum` values. Option labels come from `x-ui.enumTitles`
 * (`{ "email": { "en": "Email", "zh-CN": "邮箱" } }`), else the value itself.
 */
export function EnumField({ schema, pointer, value, onChange, label, required, options }: FieldProps & { options: readonly (string | number | boolean)[] }) {
  const { locale, t } = useSchemaForm();
  const control = useControlProps(pointer);
  const titles = isRecord(schema['x-ui']) && isRecord(schema['x-ui'].enumTitles) ? schema['x-ui'].enumTitles : {};
  const index = options.findIndex((option) => option === value);
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)}>
      <select className="input" value={index === -1 ? '' : String(index)} {...control} onChange={(event) => onChange(event.target.value === '' ? undefined : options[Number(event.target.value)])}>
        {(index === -1 || !required) && <option value="">{t('forms.choose')}</option>}
        {options.map((option, i) => (
          <option key={String(option)} value={String(i)}>
            {localized(titles[String(option)], locale) ?? String(option)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
