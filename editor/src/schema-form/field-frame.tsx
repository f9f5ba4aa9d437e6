import type { ReactNode } from 'react';
import { fieldTestId } from './json-pointer';
import { problemsAt } from './form-problem';
import { useSchemaForm } from './schema-form-context';

interface FieldFrameProps {
  pointer: string;
  label: string;
  required: boolean;
  help?: string;
  children: ReactNode;
  /** Fieldsets (lists, nested objects) label with a legend instead of a <label for>. */
  group?: boolean;
}

/** The label, required mark, help and problems around one field's control. */
export function FieldFrame({ pointer, label, required, help, children, group = false }: FieldFrameProps) {
  const { problems, t, idPrefix } = useSchemaForm();
  const here = problemsAt(problems, pointer);
  const inputId = controlId(idPrefix, pointer);
  const helpId = `${inputId}-help`;
  const caption = (
    <>
      {label}
      {required && (
        <span className="schema-form__required" title={t('forms.required')} aria-label={t('forms.required')}>
          *
        </span>
      )}
    </>
  );
  const helpText = help && (
    <div id={helpId} className="field__hint muted small">
      {help}
    </div>
  );
  // A group's help goes under its legend (before a long list); a field's under its input.
  const body = (
    <>
      {group && helpText}
      {children}
      {!group && helpText}
      {here.map((problem) => (
        <div key={`${problem.pointer}:${problem.message}`} className="schema-form__problem small" role="alert" data-testid={`problem-${fieldTestId(problem.pointer)}`}>
          {problem.message}
        </div>
      ))}
    </>
  );
  const invalid = here.length > 0 ? ' schema-form__field--invalid' : '';
  if (group) {
    return (
      <fieldset className={`schema-form__group${invalid}`}>
        <legend className="field__label">{caption}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className={`field schema-form__field${invalid}`}>
      <label className="field__label" htmlFor={inputId}>
        {caption}
      </label>
      {body}
    </div>
  );
}

/** The element id of a field's control; labels and `aria-describedby` use it. */
export function controlId(idPrefix: string, pointer: string): string {
  return `${idPrefix}${fieldTestId(pointer)}`;
}
