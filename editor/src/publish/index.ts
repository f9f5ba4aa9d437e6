/** Publishing from the editor, and the flow diff the version pages reuse. */
export { PublishButton } from './publish-button';
export { PublishDialog } from './publish-dialog';
export { FlowDiffView } from './flow-diff-view';
export { PublishingEditorView } from './publishing-editor-view';
export { CompareWithCurrent } from './compare-with-current';
