import type { JsonSchema, Locale } from '@kefu/schemas';
import { useId, useMemo } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { mergeProblems, problemsAt, relativeToConfig, type FormProblem } from './form-problem';
import { isRecord } from './json-pointer';
import { ObjectProperties } from './object-properties';
import { SchemaField } from './schema-field';
import { SchemaFormContext, type FlowOption, type SchemaFormContextValue } from './schema-form-context';
import { formCatalogEntry } from './form-catalog-entry';
import { validateConfig } from './validate-config';
import './schema-form.css';

export interface SchemaFormProps {
  /** The node type's config schema (`catalog[i].configSchema`), built-in or plugin. */
  schema: JsonSchema;
  /** The node's `config`. */
  value: unknown;
  onChange(next: unknown): void;
  /** Problems from the editor's whole-flow check, relative to the config (or absolute under `pathPrefix`). */
  problems?: readonly FormProblem[];
  /** Declared flow variable names, for the variable picker and select. */
  variables?: readonly string[];
  locale: Locale;
  /** Where the config sits in the flow document, e.g. `/nodes/3/config`. */
  pathPrefix?: string;
  /** Called with the field's pointer in the document (`pathPrefix` + field) when a field gets focus. */
  onFocusField?(pointer: string): void;
  /** Flows of the bundle, suggested by `x-ui.widget: "flow"` fields. */
  flows?: readonly FlowOption[];
}

const NO_PROBLEMS: readonly FormProblem[] = [];
const NO_NAMES: readonly string[] = [];

/**
 * A node's config form generated from its JSON Schema and `x-ui` hints (docs/plugins.md),
 * so plugin node types get a form with no editor code. It validates the value as you
 * type with the publish rules and shows each problem at its field.
 */
export function SchemaForm({ schema, value, onChange, problems = NO_PROBLEMS, variables = NO_NAMES, locale, pathPrefix = '', onFocusField, flows = [] }: SchemaFormProps) {
  const { t } = useI18n();
  const idPrefix = useId().replace(/:/g, '');
  const local = useMemo(() => validateConfig(formCatalogEntry(schema), value, variables, locale), [schema, value, variables, locale]);
  const context = useMemo<SchemaFormContextValue>(
    () => ({
      locale,
      t,
      root: schema,
      problems: mergeProblems(relativeToConfig(problems, pathPrefix), local),
      variables,
      flows,
      idPrefix: `${idPrefix}-`,
      onFocusField: (pointer) => onFocusField?.(pathPrefix + pointer),
    }),
    [locale, t, schema, problems, pathPrefix, local, variables, flows, idPrefix, onFocusField],
  );
  const isObject = isRecord(schema.properties) || schema.type === 'object';
  const empty = isObject && (!isRecord(schema.properties) || Object.keys(schema.properties).length === 0);
  return (
    <SchemaFormContext.Provider value={context}>
      <div className="schema-form" data-testid="schema-form">
        {problemsAt(context.problems, '').map((problem) => (
          <div key={problem.message} className="schema-form__problem small" role="alert">
            {problem.message}
          </div>
        ))}
        {empty && <p className="muted">{t('forms.noSettings')}</p>}
        {isObject ? (
          <ObjectProperties schema={schema} pointer="" value={value} onChange={onChange} />
        ) : (
          <SchemaField schema={schema} pointer="" value={value} onChange={onChange} label={typeof schema.title === 'string' ? schema.title : ''} required />
        )}
      </div>
    </SchemaFormContext.Provider>
  );
}
