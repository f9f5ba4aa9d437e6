import { BooleanField } from './boolean-field';
import { classifySchema } from './classify-schema';
import { EnumField } from './enum-field';
import { ExpressionField } from './expression-field';
import type { FieldProps } from './field-props';
import { JsonField } from './json-field';
import { NumberField } from './number-field';
import { ObjectField } from './object-field';
import { ObjectListField } from './object-list-field';
import { ScalarField } from './scalar-field';
import { useSchemaForm } from './schema-form-context';
import { StringListField } from './string-list-field';
import { TemplateField } from './template-field';
import { TextField } from './text-field';
import { readHints } from './ui-hints';
import { VariableField } from './variable-field';
import { VariantField } from './variant-field';

/** Picks the control for one schema: by `x-ui.widget` for strings, else by the schema's shape. */
export function SchemaField(props: FieldProps) {
  const { root, locale } = useSchemaForm();
  const kind = classifySchema(props.schema, root);
  switch (kind.kind) {
    case 'hidden':
      return null;
    case 'string':
      return <StringWidget {...props} widget={readHints(props.schema, locale).widget} />;
    case 'enum':
      return <EnumField {...props} options={kind.options} />;
    case 'number':
      return <NumberField {...props} integer={kind.integer} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'scalar':
      return <ScalarField {...props} types={kind.types} />;
    case 'object':
      return <ObjectField {...props} />;
    case 'string-list':
      return <StringListField {...props} />;
    case 'object-list':
      return <ObjectListField {...props} items={kind.items} />;
    case 'variants':
      return <VariantField {...props} variants={kind.variants} />;
    default:
      return <JsonField {...props} />;
  }
}

function StringWidget({ widget, ...props }: FieldProps & { widget: string | undefined }) {
  switch (widget) {
    case 'template':
      return <TemplateField {...props} />;
    case 'expression':
      return <ExpressionField {...props} />;
    case 'variable':
      return <VariableField {...props} />;
    case 'json':
      return <JsonField {...props} />;
    default:
      return <TextField {...props} />;
  }
}
