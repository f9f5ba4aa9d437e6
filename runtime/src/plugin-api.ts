/**
 * What a plugin package imports from `@kefu/runtime/plugin`: the helpers and types of
 * the node contract the built-in nodes use (docs/plugins.md). Plain JavaScript plugins
 * need none of it; the types give TypeScript and JSDoc authors a checked executor.
 */
export { defineNode, type NodeDefinition } from './nodes/define-node.js';
export { defineExecutor, type NodeExecutor } from './nodes/define-executor.js';
export type { NodeContext, NodeInput } from './nodes/node-context.js';
export type { NodeResult } from './nodes/node-result.js';
export type { Effect, OutgoingMessage, Vars, VarValue, WaitSpec } from './engine/types.js';
export { PLUGIN_API_VERSION } from './plugins/load-node-types.js';
export type { HttpClient } from './net/http-client.js';
export type { GuardedRequest, GuardedResponse } from './net/guarded-request.js';
