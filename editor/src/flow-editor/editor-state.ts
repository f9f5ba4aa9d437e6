/**
 * The editor's state as one reducer: the document's undo history, the selection, the
 * draft revision it was last saved as, and what other panels asked the canvas to show
 * (a node to focus, nodes highlighted by the simulator).
 */
import type { FlowDocument } from '@kefu/schemas';
import type { DocumentChange } from './changes';
import { record, redo, startHistory, undo, type History } from './history';

export interface FocusRequest {
  nodeId: string;
  /** JSON Pointer inside the node's config of the field to open, when known. */
  field: string | null;
  /** Grows with each request, so focusing the same node twice still pans to it. */
  seq: number;
}

export interface Highlight {
  nodeIds: readonly string[];
  activeId: string | null;
}

export interface EditorState {
  history: History<FlowDocument>;
  selection: ReadonlySet<string>;
  /** The draft revision `saved` belongs to. */
  revision: number;
  /** The document as last saved (or loaded): the editor is dirty while they differ. */
  saved: FlowDocument;
  focus: FocusRequest | null;
  highlight: Highlight;
}

export type EditorAction =
  | { kind: 'apply'; change: DocumentChange; coalesceKey: string | null }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'select'; nodeIds: readonly string[] }
  | { kind: 'saved'; document: FlowDocument; revision: number }
  | { kind: 'load'; document: FlowDocument; revision: number }
  | { kind: 'focus'; nodeId: string; field: string | null }
  | { kind: 'highlight'; highlight: Highlight };

export function initialEditorState(document: FlowDocument, revision: number): EditorState {
  return { history: startHistory(document), selection: new Set(), revision, saved: document, focus: null, highlight: { nodeIds: [], activeId: null } };
}

function sameSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((id) => a.has(id));
}

/** Drops selected ids whose node no longer exists (after an undo, a delete, a rename). */
function keepExisting(selection: ReadonlySet<string>, document: FlowDocument): ReadonlySet<string> {
  if (selection.size === 0) return selection;
  const ids = new Set(document.nodes.map((node) => node.id));
  const kept = [...selection].filter((id) => ids.has(id));
  return kept.length === selection.size ? selection : new Set(kept);
}

function withHistory(state: EditorState, history: History<FlowDocument>): EditorState {
  if (history === state.history) return state;
  return { ...state, history, selection: keepExisting(state.selection, history.present) };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.kind) {
    case 'apply':
      return withHistory(state, record(state.history, action.change(state.history.present), action.coalesceKey));
    case 'undo':
      return withHistory(state, undo(state.history));
    case 'redo':
      return withHistory(state, redo(state.history));
    case 'select':
      return sameSet(state.selection, action.nodeIds) ? state : { ...state, selection: new Set(action.nodeIds) };
    case 'saved':
      return { ...state, saved: action.document, revision: action.revision };
    case 'load':
      return { ...initialEditorState(action.document, action.revision), highlight: state.highlight };
    case 'focus':
      return { ...state, selection: new Set([action.nodeId]), focus: { nodeId: action.nodeId, field: action.field, seq: (state.focus?.seq ?? 0) + 1 } };
    case 'highlight':
      return { ...state, highlight: action.highlight };
  }
}
