import { useEffect, useRef } from 'react';
import { copyNodes, deleteSelection, disconnect, PASTE_OFFSET, pasteNodes, type Clipboard } from './changes';
import { useFlowEditor } from './flow-editor-context';

/** Typing in a field (or Monaco) keeps the field's own undo, copy and delete. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null;
}

/**
 * The editor's keys: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo, Ctrl+C / Ctrl+V
 * copy and paste the selection, Delete / Backspace delete it, Escape clears it, Ctrl+F
 * finds a node.
 */
export function useEditorShortcuts(selectedEdges: ReadonlySet<string>, onFind: () => void): void {
  const editor = useFlowEditor();
  const clipboard = useRef<Clipboard | null>(null);
  // The listener is installed once and reads the latest editor through the ref.
  const latest = useRef({ editor, selectedEdges, onFind });
  latest.current = { editor, selectedEdges, onFind };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { editor: current, selectedEdges: edges, onFind: find } = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'f') {
        event.preventDefault();
        find();
        return;
      }
      if (isTyping(event.target)) return;
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) current.redo();
        else current.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        current.redo();
      } else if (mod && key === 'c' && current.selection.size > 0) {
        clipboard.current = copyNodes(current.document, current.selection);
      } else if (mod && key === 'v' && clipboard.current) {
        event.preventDefault();
        const copied = clipboard.current;
        let pasted: string[] = [];
        current.apply(pasteNodes(copied, undefined, (ids) => (pasted = ids)));
        current.select(pasted);
        // Pasting again offsets from the copies, not on top of them.
        clipboard.current = { ...copied, nodes: copied.nodes.map((node) => ({ ...node, position: { x: node.position.x + PASTE_OFFSET, y: node.position.y + PASTE_OFFSET } })) };
      } else if (event.key === 'Escape' && current.selection.size > 0) {
        current.select([]);
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && (current.selection.size > 0 || edges.size > 0)) {
        event.preventDefault();
        current.apply(current.selection.size > 0 ? deleteSelection(current.selection, edges) : disconnect(edges));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
