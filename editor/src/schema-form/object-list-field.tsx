import type { JsonSchema } from '@kefu/schemas';
import { defaultValue } from './default-value';
import { freshItemId } from './fresh-item-id';
import { FieldFrame } from './field-frame';
import { problemsAt } from './form-problem';
import type { FieldProps } from './field-props';
import { appendPointer, fieldTestId, isRecord } from './json-pointer';
import { ListItemControls } from './list-item-controls';
import { moveItem, removeItem } from './list-ops';
import { ObjectProperties } from './object-properties';
import { useSchemaForm } from './schema-form-context';
import { fieldHelp, readHints } from './ui-hints';

/**
 * A list of objects (buttons, branches, choices, assignments): one sub-form per item,
 * with add, remove and reorder. A new item starts with its required fields filled by
 * `defaultValue`, so its inputs show at once.
 */
export function ObjectListField({ schema, pointer, value, onChange, label, required, items: itemSchema }: FieldProps & { items: JsonSchema }) {
  const { locale, t, root, problems } = useSchemaForm();
  const items = Array.isArray(value) ? value : [];
  const change = (next: unknown[]) => onChange(next.length === 0 && !required ? undefined : next);
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const testId = fieldTestId(pointer);
  return (
    <FieldFrame pointer={pointer} label={label} required={required} help={fieldHelp(schema, locale)} group>
      {items.length === 0 && <p className="muted small">{t('forms.emptyList')}</p>}
      <ol className="schema-form__list" data-testid={testId}>
        {items.map((item, index) => {
          const itemPointer = appendPointer(pointer, index);
          return (
            <li key={index} className="schema-form__card" data-testid={fieldTestId(itemPointer)}>
              <div className="schema-form__card-head">
                <span className="muted small">{itemTitle(item, index, t('forms.item', { n: index + 1 }))}</span>
                <ListItemControls index={index} count={items.length} testId={fieldTestId(itemPointer)} onMove={(from, to) => change(moveItem(items, from, to))} onRemove={(i) => change(removeItem(items, i))} />
              </div>
              {problemsAt(problems, itemPointer).map((problem) => (
                <div key={problem.message} className="schema-form__problem small" role="alert">
                  {problem.message}
                </div>
              ))}
              <ObjectProperties schema={itemSchema} pointer={itemPointer} value={item} onChange={(next) => change(items.map((old, i) => (i === index ? next : old)))} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" data-testid={`${testId}-add`} disabled={items.length >= max} onClick={() => change([...items, newItem(itemSchema, root, pointer, items)])}>
        + {readHints(schema, locale).addLabel ?? t('forms.add')}
      </button>
    </FieldFrame>
  );
}

/** The item's defaults; an empty required `id` gets a fresh one (`button3`). */
function newItem(itemSchema: JsonSchema, root: JsonSchema, pointer: string, items: readonly unknown[]): unknown {
  const item = defaultValue(itemSchema, root);
  return isRecord(item) && item.id === '' ? { ...item, id: freshItemId(pointer, items) } : item;
}

/** "#2 · Yes" — the item's number and its label or id, so a long list stays readable. */
function itemTitle(item: unknown, index: number, numbered: string): string {
  if (!isRecord(item)) return numbered;
  const name = [item.label, item.title, item.name, item.id].find((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
  return typeof name === 'string' ? `${numbered} · ${name}` : numbered;
}
