import type { JsonSchema } from '@kefu/schemas';
import { problemsAt } from './form-problem';
import { appendPointer, fieldTestId, isRecord } from './json-pointer';
import { resolveSchema } from './resolve-schema';
import { SchemaField } from './schema-field';
import { useSchemaForm } from './schema-form-context';
import { fieldLabel, orderedProperties } from './ui-hints';

interface ObjectPropertiesProps {
  schema: JsonSchema;
  pointer: string;
  value: unknown;
  onChange(next: Record<string, unknown>): void;
  /** Properties another control already renders (a variant's discriminator). */
  skip?: readonly string[];
}

/**
 * The fields of an object, in `x-ui.order` then schema order, each marked when
 * required. Problems about properties the schema does not know (a closed schema's
 * unknown field) are shown above the fields.
 */
export function ObjectProperties({ schema, pointer, value, onChange, skip = [] }: ObjectPropertiesProps) {
  const { locale, root, problems } = useSchemaForm();
  const record = isRecord(value) ? value : {};
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const names = orderedProperties(schema).filter((name) => !skip.includes(name));
  const stray = problemsAt(problems, pointer, [...names, ...skip]).filter((problem) => problem.pointer !== pointer);
  return (
    <div className="schema-form__object">
      {stray.map((problem) => (
        <div key={`${problem.pointer}:${problem.message}`} className="schema-form__problem small" role="alert" data-testid={`problem-${fieldTestId(problem.pointer)}`}>
          {problem.message}
        </div>
      ))}
      {names.map((name) => {
        const propertySchema = resolveSchema(properties[name], root);
        return (
          <SchemaField
            key={name}
            schema={propertySchema}
            pointer={appendPointer(pointer, name)}
            value={record[name]}
            label={fieldLabel(propertySchema, name, locale)}
            required={required.includes(name)}
            onChange={(next) => {
              const { [name]: _old, ...others } = record;
              onChange(next === undefined ? others : { ...record, [name]: next });
            }}
          />
        );
      })}
    </div>
  );
}
