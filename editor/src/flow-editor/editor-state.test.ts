import { describe, expect, it } from 'vitest';
import { addNode, deleteSelection, updateConfig } from './changes';
import { editorReducer, initialEditorState } from './editor-state';
import { testFlow, testNode } from './test-flow';

const doc = testFlow([testNode('start', 'start')]);
const hello = testNode('hello', 'message', 200, { text: '' });

describe('editorReducer', () => {
  it('applies, undoes and redoes changes; selection forgets nodes that are gone', () => {
    let state = initialEditorState(doc, 3);
    state = editorReducer(state, { kind: 'apply', change: addNode(hello), coalesceKey: null });
    state = editorReducer(state, { kind: 'select', nodeIds: ['hello'] });
    state = editorReducer(state, { kind: 'undo' });
    expect(state.history.present.nodes).toHaveLength(1);
    expect(state.selection.size).toBe(0);
    state = editorReducer(state, { kind: 'redo' });
    expect(state.history.present.nodes.map((node) => node.id)).toEqual(['start', 'hello']);
    state = editorReducer(state, { kind: 'apply', change: deleteSelection(new Set(['hello'])), coalesceKey: null });
    expect(state.history.present.nodes).toHaveLength(1);
  });

  it('coalesces typing in one field into one undo step', () => {
    let state = editorReducer(initialEditorState(doc, 1), { kind: 'apply', change: addNode(hello), coalesceKey: null });
    for (const text of ['H', 'He', 'Hey']) state = editorReducer(state, { kind: 'apply', change: updateConfig('hello', { text }), coalesceKey: 'config:hello' });
    state = editorReducer(state, { kind: 'undo' });
    expect(state.history.present.nodes[1]?.config).toEqual({ text: '' });
  });

  it('remembers the saved revision, and a load starts a fresh history', () => {
    let state = editorReducer(initialEditorState(doc, 1), { kind: 'apply', change: addNode(hello), coalesceKey: null });
    state = editorReducer(state, { kind: 'saved', document: state.history.present, revision: 2 });
    expect(state).toMatchObject({ revision: 2, saved: state.history.present });
    state = editorReducer(state, { kind: 'load', document: doc, revision: 5 });
    expect(state.history.past).toEqual([]);
    expect(state.revision).toBe(5);
  });

  it('focusing a node selects it and counts requests', () => {
    let state = editorReducer(initialEditorState(doc, 1), { kind: 'focus', nodeId: 'start', field: null });
    state = editorReducer(state, { kind: 'focus', nodeId: 'start', field: '/text' });
    expect(state.focus).toEqual({ nodeId: 'start', field: '/text', seq: 2 });
    expect([...state.selection]).toEqual(['start']);
  });
});
