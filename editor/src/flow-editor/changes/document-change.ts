import type { FlowDocument } from '@kefu/schemas';

/**
 * Every edit of the flow editor is a pure function from one document to the next.
 * The document stays the single source of truth: the canvas, the forms and the JSON
 * view all apply changes, and undo/redo only keeps earlier documents.
 */
export type DocumentChange = (document: FlowDocument) => FlowDocument;

export type FlowNode = FlowDocument['nodes'][number];
export type FlowEdge = FlowDocument['edges'][number];
