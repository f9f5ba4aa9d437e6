/** English strings of the generated config forms and the Monaco editors (spread into en.ts). */
export const formsEn = {
  'forms.required': 'Required',
  'forms.noSettings': 'This node has no settings.',
  'forms.add': 'Add',
  'forms.remove': 'Remove',
  'forms.moveUp': 'Move up',
  'forms.moveDown': 'Move down',
  'forms.item': '#{n}',
  'forms.emptyList': 'None yet.',
  'forms.choose': 'Choose…',
  'forms.insertVariable': 'Insert variable',
  'forms.noVariables': 'No variables are declared in this flow.',
  'forms.undeclaredVariable': '{name} (not declared)',
  'forms.scalarType': 'Value type',
  'forms.scalar.string': 'Text',
  'forms.scalar.number': 'Number',
  'forms.scalar.integer': 'Whole number',
  'forms.scalar.boolean': 'Yes / no',
  'forms.json.hint': 'Edited as JSON.',
  'forms.json.invalid': 'Not valid JSON yet: {message}',
  'forms.monaco.loading': 'Loading the editor…',
  'forms.monaco.jsonError': 'Line {line}, column {column}: {message}. The canvas keeps the last valid document until the JSON is fixed.',
  'forms.monaco.jsonLabel': 'Flow document (JSON)',
  'forms.monaco.expressionLabel': 'Expression',
  'forms.monaco.diffLabel': 'Differences between the documents',
} as const;

export type FormsMessageKey = keyof typeof formsEn;
