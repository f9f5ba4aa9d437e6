import { defaultValue } from './default-value';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { appendPointer, isRecord } from './json-pointer';
import { ObjectProperties } from './object-properties';
import { selectVariant, type ObjectVariants } from './object-variants';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, fieldLabel, localized } from './ui-hints';
import { useControlProps } from './use-control-props';

/**
 * A `oneOf`/`anyOf` of objects: a select of the discriminator (its label from the
 * alternative's `title`/`x-ui.title`), then the chosen alternative's fields. Choosing
 * another alternative keeps the fields both share and fills the new required ones.
 */
export function VariantField({ schema, pointer, value, onChange, label, required, variants }: FieldProps & { variants: ObjectVariants }) {
  const { locale, root } = useSchemaForm();
  const chosen = selectVariant(variants, value);
  const record = isRecord(value) ? value : {};
  const discriminatorPointer = appendPointer(pointer, variants.discriminator);
  const control = useControlProps(discriminatorPointer);
  const choose = (index: number) => {
    const option = variants.options[index];
    if (!option) return;
    const fresh = defaultValue(option.schema, root) as Record<string, unknown>;
    const known = isRecord(option.schema.properties) ? option.schema.properties : {};
    const kept = Object.fromEntries(Object.entries(record).filter(([name]) => Object.hasOwn(known, name)));
    onChange({ ...fresh, ...kept, [variants.discriminator]: option.value });
  };
  const discriminatorSchema = isRecord(chosen.schema.properties) ? chosen.schema.properties[variants.discriminator] : undefined;
  const discriminatorLabel = isRecord(discriminatorSchema) ? fieldLabel(discriminatorSchema, variants.discriminator, locale) : variants.discriminator;
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)} group>
      <div className="field">
        <label className="field__label" htmlFor={control.id}>
          {discriminatorLabel}
        </label>
        <select className="input" value={String(variants.options.indexOf(chosen))} {...control} onChange={(event) => choose(Number(event.target.value))}>
          {variants.options.map((option, i) => (
            <option key={String(option.value)} value={String(i)}>
              {localized(isRecord(option.schema['x-ui']) ? option.schema['x-ui'].title : undefined, locale) ?? (typeof option.schema.title === 'string' ? option.schema.title : String(option.value))}
            </option>
          ))}
        </select>
      </div>
      <ObjectProperties schema={chosen.schema} pointer={pointer} value={record} onChange={onChange} skip={[variants.discriminator]} />
    </FieldFrame>
  );
}
