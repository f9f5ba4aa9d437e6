/** The flow editor's public surface for other panels (simulator, publish, forms, JSON view). */
export * from './changes';
export { useFlowEditor, type ApplyOptions, type FlowEditor } from './flow-editor-context';
export type { FocusRequest, Highlight } from './editor-state';
export type { DraftSaving, SaveStatus } from './use-draft-saving';
export { FlowEditorProvider } from './flow-editor-provider';
export { FlowEditorView, type FlowEditorSlots } from './flow-editor-view';
