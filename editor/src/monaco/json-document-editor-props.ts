import type { NodeCatalogEntry } from '@kefu/schemas';

/** Props of `<JsonDocumentEditor>`. */
export interface JsonDocumentEditorProps {
  /** The whole flow document. */
  value: unknown;
  /** Called with the parsed document whenever the text is valid JSON (schema problems or not). */
  onChange(document: unknown): void;
  /** Node types whose config schemas check each node's `config`. */
  catalog: readonly NodeCatalogEntry[];
  readOnly?: boolean;
  /** CSS height of the editor; default fills its container. */
  height?: string;
}
