import type { ReactNode } from 'react';
import { FieldFrame } from './field-frame';
import type { FieldProps } from './field-props';
import { appendPointer, fieldTestId } from './json-pointer';
import { ListItemControls } from './list-item-controls';
import { moveItem, removeItem } from './list-ops';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, readHints } from './ui-hints';
import { useControlProps } from './use-control-props';

/** A list of texts (e.g. synonyms): one input per item, add, remove and reorder. */
export function StringListField({ schema, pointer, value, onChange, label, required }: FieldProps) {
  const { locale, t } = useSchemaForm();
  const items = Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : String(item))) : [];
  const change = (next: string[]) => onChange(next.length === 0 && !required ? undefined : next);
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const testId = fieldTestId(pointer);
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)} group>
      <ol className="schema-form__list" data-testid={testId}>
        {items.map((item, index) => (
          <StringItem
            key={index}
            pointer={appendPointer(pointer, index)}
            label={`${label} ${t('forms.item', { n: index + 1 })}`}
            value={item}
            onChange={(text) => change(items.map((old, i) => (i === index ? text : old)))}
            controls={<ListItemControls index={index} count={items.length} testId={fieldTestId(appendPointer(pointer, index))} onMove={(from, to) => change(moveItem(items, from, to))} onRemove={(i) => change(removeItem(items, i))} />}
          />
        ))}
      </ol>
      <button type="button" className="button button--small" data-testid={`${testId}-add`} disabled={items.length >= max} onClick={() => change([...items, ''])}>
        + {readHints(schema, locale).addLabel ?? t('forms.add')}
      </button>
    </FieldFrame>
  );
}

function StringItem({ pointer, label, value, onChange, controls }: { pointer: string; label: string; value: string; onChange(text: string): void; controls: ReactNode }) {
  const control = useControlProps(pointer);
  return (
    <li className="schema-form__list-item schema-form__inline">
      <input className="input" aria-label={label} value={value} {...control} onChange={(event) => onChange(event.target.value)} />
      {controls}
    </li>
  );
}
