import type { JsonSchema, Locale } from '@kefu/schemas';
import { createContext, useContext } from 'react';
import type { MessageKey } from '../i18n/en';
import type { TranslateParams } from '../i18n/translate';
import type { FormProblem } from './form-problem';

/** What every field of one form shares; fields read it instead of threading props. */
export interface SchemaFormContextValue {
  locale: Locale;
  t(key: MessageKey, params?: TranslateParams): string;
  /** The node type's whole config schema, for local `$ref`s. */
  root: JsonSchema;
  /** Problems relative to the config (the editor's and the form's own). */
  problems: readonly FormProblem[];
  variables: readonly string[];
  flows: readonly FlowOption[];
  /** Prefix of element ids, unique per form on the page. */
  idPrefix: string;
  onFocusField(pointer: string): void;
}

export interface FlowOption {
  id: string;
  name: string;
}

export const SchemaFormContext = createContext<SchemaFormContextValue | null>(null);

export function useSchemaForm(): SchemaFormContextValue {
  const context = useContext(SchemaFormContext);
  if (!context) throw new Error('form fields must be rendered inside <SchemaForm>');
  return context;
}
