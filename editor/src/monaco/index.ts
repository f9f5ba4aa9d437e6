/**
 * Monaco editors of the console, each loaded on first use so Monaco (several MB) stays
 * out of the main bundle: the JSON view of a flow, the expression input and the diff.
 */
export { JsonDocumentEditor, ExpressionInput, DiffEditor, prefetchEditors } from './lazy-editors';
export type { JsonDocumentEditorProps } from './json-document-editor-props';
export type { ExpressionInputProps } from './expression-input-props';
export type { DiffEditorProps } from './diff-editor-props';
