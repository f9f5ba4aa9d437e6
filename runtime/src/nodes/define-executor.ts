import type { NodeDefinition } from './define-node.js';
import type { NodeContext } from './node-context.js';
import type { NodeResult } from './node-result.js';

/** The server-side half of a node type. */
export interface NodeExecutor<Config = unknown> {
  readonly type: string;
  readonly typeVersion: number;
  readonly definition: NodeDefinition<Config>;
  /**
   * Runs the node. `config` has already been validated against the type's config
   * schema at publish time. Method syntax on purpose: a registry holds executors of
   * many config types side by side.
   */
  run(ctx: NodeContext, config: Config): NodeResult | Promise<NodeResult>;
}

/** A node type as the registry holds it: the isomorphic definition plus its executor. */
export interface RegisteredNode {
  definition: NodeDefinition;
  executor: NodeExecutor;
}

/** Binds an executor function to its definition, so the config type flows from the schema. */
export function defineExecutor<Config>(
  definition: NodeDefinition<Config>,
  fn: (ctx: NodeContext, config: Config) => NodeResult | Promise<NodeResult>,
): NodeExecutor<Config> {
  return Object.freeze({
    type: definition.type,
    typeVersion: definition.typeVersion,
    definition,
    run: fn,
  });
}
