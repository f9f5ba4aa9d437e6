import { controlId } from './field-frame';
import { fieldTestId } from './json-pointer';
import { useSchemaForm } from './schema-form-context';

/** Id, test id, invalid state and focus reporting shared by every input of the form. */
export function useControlProps(pointer: string) {
  const { idPrefix, problems, onFocusField } = useSchemaForm();
  const id = controlId(idPrefix, pointer);
  const invalid = problems.some((problem) => problem.pointer === pointer);
  return {
    id,
    'data-testid': fieldTestId(pointer),
    'aria-invalid': invalid || undefined,
    'aria-describedby': `${id}-help`,
    onFocus: () => onFocusField(pointer),
  };
}
