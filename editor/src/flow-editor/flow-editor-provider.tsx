import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { useCallback, useMemo, useReducer, type ReactNode } from 'react';
import type { DocumentChange } from './changes';
import { editorReducer, initialEditorState } from './editor-state';
import { FlowEditorContext, type ApplyOptions, type FlowEditor } from './flow-editor-context';
import { useDraftSaving } from './use-draft-saving';
import { useLiveValidation } from './use-live-validation';

interface FlowEditorProviderProps {
  document: FlowDocument;
  revision: number;
  catalog: readonly NodeCatalogEntry[];
  children: ReactNode;
}

/** Holds one draft being edited and gives it to every panel through `useFlowEditor()`. */
export function FlowEditorProvider({ document: initial, revision, catalog, children }: FlowEditorProviderProps) {
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initialEditorState(initial, revision));
  const document = state.history.present;
  const problems = useLiveValidation(document, catalog);
  const saving = useDraftSaving(state, dispatch);

  const apply = useCallback((change: DocumentChange, options: ApplyOptions = {}) => dispatch({ kind: 'apply', change, coalesceKey: options.coalesceKey ?? null }), []);
  const undo = useCallback(() => dispatch({ kind: 'undo' }), []);
  const redo = useCallback(() => dispatch({ kind: 'redo' }), []);
  const select = useCallback((nodeIds: readonly string[]) => dispatch({ kind: 'select', nodeIds }), []);
  const focusNode = useCallback((nodeId: string, field?: string) => dispatch({ kind: 'focus', nodeId, field: field ?? null }), []);
  const highlight = useCallback((nodeIds: readonly string[], activeId: string | null) => dispatch({ kind: 'highlight', highlight: { nodeIds, activeId } }), []);

  const editor = useMemo<FlowEditor>(
    () => ({
      document,
      catalog,
      apply,
      undo,
      redo,
      canUndo: state.history.past.length > 0,
      canRedo: state.history.future.length > 0,
      selection: state.selection,
      select,
      problems,
      focusNode,
      focus: state.focus,
      highlight,
      highlighted: state.highlight,
      saving,
    }),
    [document, catalog, apply, undo, redo, state.history, state.selection, select, problems, focusNode, state.focus, highlight, state.highlight, saving],
  );
  return <FlowEditorContext.Provider value={editor}>{children}</FlowEditorContext.Provider>;
}
