import { useSchemaForm } from './schema-form-context';

interface ListItemControlsProps {
  index: number;
  count: number;
  testId: string;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

/** Move up, move down and remove buttons of one list item. */
export function ListItemControls({ index, count, testId, onMove, onRemove }: ListItemControlsProps) {
  const { t } = useSchemaForm();
  return (
    <span className="schema-form__item-controls">
      <button type="button" className="icon-button" disabled={index === 0} aria-label={t('forms.moveUp')} title={t('forms.moveUp')} data-testid={`${testId}-up`} onClick={() => onMove(index, index - 1)}>
        ↑
      </button>
      <button type="button" className="icon-button" disabled={index === count - 1} aria-label={t('forms.moveDown')} title={t('forms.moveDown')} data-testid={`${testId}-down`} onClick={() => onMove(index, index + 1)}>
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={t('forms.remove')} title={t('forms.remove')} data-testid={`${testId}-remove`} onClick={() => onRemove(index)}>
        ×
      </button>
    </span>
  );
}
