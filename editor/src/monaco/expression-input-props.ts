/** Props of `<ExpressionInput>`; shared by the Monaco editor and its plain fallback. */
export interface ExpressionInputProps {
  value: string;
  onChange(next: string): void;
  /** Declared flow variable names offered after `vars.`. */
  variables: readonly string[];
  id?: string;
  testId?: string;
  ariaLabel?: string;
  onFocus?(): void;
}
