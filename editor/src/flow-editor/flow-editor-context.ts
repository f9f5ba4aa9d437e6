/**
 * What the flow editor offers the panels around the canvas (config form, JSON view,
 * simulator, publish dialog): read the document, apply changes, undo, select, focus,
 * highlight. Panels never keep their own copy of the document.
 */
import type { FlowDocument, NodeCatalogEntry, Problem } from '@kefu/schemas';
import { createContext, useContext } from 'react';
import type { DocumentChange } from './changes';
import type { FocusRequest, Highlight } from './editor-state';
import type { DraftSaving } from './use-draft-saving';

export interface ApplyOptions {
  /** Consecutive changes with the same key are one undo step (e.g. `config:<nodeId>` while typing). */
  coalesceKey?: string;
}

export interface FlowEditor {
  document: FlowDocument;
  catalog: readonly NodeCatalogEntry[];
  apply(change: DocumentChange, options?: ApplyOptions): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  selection: ReadonlySet<string>;
  select(nodeIds: readonly string[]): void;
  /** Live validation of the document (debounced). */
  problems: Problem[];
  /** Selects the node, pans the canvas to it and opens its config (at `field`, a pointer inside its config). */
  focusNode(nodeId: string, field?: string): void;
  focus: FocusRequest | null;
  /** Marks nodes (the simulator's path) and the active one; empty clears. */
  highlight(nodeIds: readonly string[], activeId: string | null): void;
  highlighted: Highlight;
  /** Saving the draft: status, revision, save now (true when saved). */
  saving: DraftSaving;
}

export const FlowEditorContext = createContext<FlowEditor | null>(null);

export function useFlowEditor(): FlowEditor {
  const editor = useContext(FlowEditorContext);
  if (!editor) throw new Error('useFlowEditor must be used inside <FlowEditorProvider>');
  return editor;
}
