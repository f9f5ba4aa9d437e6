import { fieldTestId } from './json-pointer';

/**
 * Focuses and scrolls to the control of a config field, e.g. when a problem is clicked
 * in the problems panel. `pointer` is relative to the node's config. Returns false when
 * the field is not on screen (its form is not open).
 */
export function focusField(pointer: string, root: ParentNode = document): boolean {
  const element = root.querySelector<HTMLElement>(`[data-testid="${CSS.escape(fieldTestId(pointer))}"]`);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  const focusable = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, [tabindex], .monaco-editor textarea');
  (focusable ?? element).focus();
  return true;
}
