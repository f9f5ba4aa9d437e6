import type { InputHTMLAttributes } from 'react';

type FormFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  testId: string;
};

/** A labelled text input of the console's forms. */
export function FormField({ label, hint, testId, id, ...input }: FormFieldProps) {
  const inputId = id ?? `field-${testId}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <input id={inputId} className="input" data-testid={testId} {...input} />
      {hint && <div className="field__hint muted small">{hint}</div>}
    </div>
  );
}
