export * from './catalog.js';
export * from './expression/index.js';
export type { FlowDocument, FlowEdge, FlowNode, Position, VariableDeclaration } from './generated/flow.js';
export type { BundleSettings } from './generated/settings.js';
export { DEFAULT_SETTINGS, type BundleDocument } from './bundle.js';
export { canonicalJson } from './canonical-json.js';
export { bundleHash } from './bundle-hash.js';
export { flowSchema, nodeDefinitionSchema, settingsSchema } from './schemas.js';
export * from './validation/index.js';
