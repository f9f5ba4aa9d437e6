import type { ScalarType } from './classify-schema';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';
import { useControlProps } from './use-control-props';

/** A value of several scalar types (`"type": ["string", "number", "boolean"]`): a type select and an input. */
export function ScalarField({ schema, pointer, value, onChange, label, required, types }: FieldProps & { types: readonly ScalarType[] }) {
  const { locale, t } = useSchemaForm();
  const control = useControlProps(pointer);
  const current = currentType(value, types);
  const convert = (type: ScalarType): unknown => {
    if (type === 'boolean') return value === true || value === 'true';
    if (type === 'number' || type === 'integer') {
      const parsed = Number(value);
      return Number.isFinite(parsed) ? (type === 'integer' ? Math.trunc(parsed) : parsed) : 0;
    }
    return value === undefined ? '' : String(value);
  };
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)}>
      <div className="schema-form__inline">
        <select className="input input--small" aria-label={t('forms.scalarType')} data-testid={`${control['data-testid']}-type`} value={current} onChange={(event) => onChange(convert(event.target.value as ScalarType))}>
          {types.map((type) => (
            <option key={type} value={type}>
              {t(`forms.scalar.${type}`)}
            </option>
          ))}
        </select>
        {current === 'boolean' ? (
          <input type="checkbox" checked={value === true} {...control} onChange={(event) => onChange(event.target.checked)} />
        ) : (
          <input
            className="input"
            type={current === 'string' ? 'text' : 'number'}
            value={value === undefined ? '' : String(value)}
            {...control}
            onChange={(event) => {
              const text = event.target.value;
              if (text === '' && !required) return onChange(undefined);
              onChange(current === 'string' ? text : Number(text));
            }}
          />
        )}
      </div>
    </FieldFrame>
  );
}

function currentType(value: unknown, types: readonly ScalarType[]): ScalarType {
  if (typeof value === 'boolean' && types.includes('boolean')) return 'boolean';
  if (typeof value === 'number') return types.includes('number') ? 'number' : 'integer';
  return types.includes('string') ? 'string' : (types[0] as ScalarType);
}
