import { ExpressionInput } from '../monaco';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp } from './ui-hints';
import { useControlProps } from './use-control-props';

/** An expression of the safe language (`x-ui.widget: "expression"`), in the Monaco expression input. */
export function ExpressionField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, variables } = useSchemaForm();
  const control = useControlProps(pointer);
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)}>
      <ExpressionInput
        id={control.id}
        testId={control['data-testid']}
        ariaLabel={label}
        value={typeof value === 'string' ? value : ''}
        onChange={(next) => onChange(next === '' && !required ? undefined : next)}
        onFocus={control.onFocus}
        variables={variables}
      />
    </FieldFrame>
  );
}
